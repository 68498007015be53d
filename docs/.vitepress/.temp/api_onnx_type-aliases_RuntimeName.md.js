import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RuntimeName","description":"","frontmatter":{"prev":{"text":"@mmareg/onnx","link":"/api/onnx/"},"next":false},"headers":[],"relativePath":"api/onnx/type-aliases/RuntimeName.md","filePath":"api/onnx/type-aliases/RuntimeName.md"}');
const _sfc_main = { name: "api/onnx/type-aliases/RuntimeName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-runtimename" tabindex="-1">Type Alias: RuntimeName <a class="header-anchor" href="#type-alias-runtimename" aria-label="Permalink to &quot;Type Alias: RuntimeName&quot;">​</a></h1><blockquote><p><strong>RuntimeName</strong> = <code>&quot;web&quot;</code> | <code>&quot;node&quot;</code></p></blockquote><p>The runtimes <code>createOnnxBackend</code> can import by name: <code>&quot;web&quot;</code> is <code>onnxruntime-web</code>, <code>&quot;node&quot;</code> is <code>onnxruntime-node</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx/type-aliases/RuntimeName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RuntimeName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RuntimeName as default
};
