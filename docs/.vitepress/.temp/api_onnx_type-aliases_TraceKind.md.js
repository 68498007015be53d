import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TraceKind","description":"","frontmatter":{"prev":{"text":"@mmareg/onnx","link":"/api/onnx/"},"next":false},"headers":[],"relativePath":"api/onnx/type-aliases/TraceKind.md","filePath":"api/onnx/type-aliases/TraceKind.md"}');
const _sfc_main = { name: "api/onnx/type-aliases/TraceKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-tracekind" tabindex="-1">Type Alias: TraceKind <a class="header-anchor" href="#type-alias-tracekind" aria-label="Permalink to &quot;Type Alias: TraceKind&quot;">​</a></h1><blockquote><p><strong>TraceKind</strong> = <code>&quot;float&quot;</code> | <code>&quot;index&quot;</code></p></blockquote><p>What a tensor holds: floats, or row numbers (int64 in ONNX).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx/type-aliases/TraceKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TraceKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TraceKind as default
};
