import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MmaOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/MmaOptions.md","filePath":"api/core/type-aliases/MmaOptions.md"}');
const _sfc_main = { name: "api/core/type-aliases/MmaOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-mmaoptions" tabindex="-1">Type Alias: MmaOptions <a class="header-anchor" href="#type-alias-mmaoptions" aria-label="Permalink to &quot;Type Alias: MmaOptions&quot;">​</a></h1><blockquote><p><strong>MmaOptions</strong> = <a href="./../interfaces/BaseLossOptions.html"><code>BaseLossOptions</code></a></p></blockquote><p>Options of the <code>mma</code> loss (paper eq. 6).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/MmaOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MmaOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MmaOptions as default
};
