import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OrthogonalOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/OrthogonalOptions.md","filePath":"api/core/type-aliases/OrthogonalOptions.md"}');
const _sfc_main = { name: "api/core/type-aliases/OrthogonalOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-orthogonaloptions" tabindex="-1">Type Alias: OrthogonalOptions <a class="header-anchor" href="#type-alias-orthogonaloptions" aria-label="Permalink to &quot;Type Alias: OrthogonalOptions&quot;">​</a></h1><blockquote><p><strong>OrthogonalOptions</strong> = <a href="./../interfaces/BaseLossOptions.html"><code>BaseLossOptions</code></a></p></blockquote><p>Options of the <code>orthogonal</code> loss (paper eq. 14).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/OrthogonalOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OrthogonalOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OrthogonalOptions as default
};
