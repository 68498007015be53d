import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TfNamespace","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/TfNamespace.md","filePath":"api/tfjs/type-aliases/TfNamespace.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/TfNamespace.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-tfnamespace" tabindex="-1">Type Alias: TfNamespace <a class="header-anchor" href="#type-alias-tfnamespace" aria-label="Permalink to &quot;Type Alias: TfNamespace&quot;">​</a></h1><blockquote><p><strong>TfNamespace</strong> = <em>typeof</em> <code>tfDefault</code></p></blockquote><p>A TensorFlow.js namespace: <code>@tensorflow/tfjs</code>, <code>@tensorflow/tfjs-node</code> or <code>-node-gpu</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/TfNamespace.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TfNamespace = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TfNamespace as default
};
