import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CosineOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/CosineOptions.md","filePath":"api/core/type-aliases/CosineOptions.md"}');
const _sfc_main = { name: "api/core/type-aliases/CosineOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-cosineoptions" tabindex="-1">Type Alias: CosineOptions <a class="header-anchor" href="#type-alias-cosineoptions" aria-label="Permalink to &quot;Type Alias: CosineOptions&quot;">​</a></h1><blockquote><p><strong>CosineOptions</strong> = <a href="./../interfaces/BaseLossOptions.html"><code>BaseLossOptions</code></a></p></blockquote><p>Options of the <code>cosine</code> loss (paper eq. 5).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/CosineOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CosineOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CosineOptions as default
};
