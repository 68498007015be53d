import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TfTensor","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/TfTensor.md","filePath":"api/tfjs/type-aliases/TfTensor.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/TfTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-tftensor" tabindex="-1">Type Alias: TfTensor <a class="header-anchor" href="#type-alias-tftensor" aria-label="Permalink to &quot;Type Alias: TfTensor&quot;">​</a></h1><blockquote><p><strong>TfTensor</strong> = <code>Tensor</code></p></blockquote><p>The tfjs tensor type the adapter&#39;s backend hands to core.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/TfTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TfTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TfTensor as default
};
