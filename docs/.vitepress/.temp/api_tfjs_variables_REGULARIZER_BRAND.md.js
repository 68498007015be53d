import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: REGULARIZER_BRAND","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/variables/REGULARIZER_BRAND.md","filePath":"api/tfjs/variables/REGULARIZER_BRAND.md"}');
const _sfc_main = { name: "api/tfjs/variables/REGULARIZER_BRAND.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-regularizer-brand" tabindex="-1">Variable: REGULARIZER_BRAND <a class="header-anchor" href="#variable-regularizer-brand" aria-label="Permalink to &quot;Variable: REGULARIZER\\_BRAND&quot;">​</a></h1><blockquote><p><code>const</code> <strong>REGULARIZER_BRAND</strong>: <em>typeof</em> <code>REGULARIZER_BRAND</code></p></blockquote><p>Marks our classes, so a second copy of this package recognizes them in the registry.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/variables/REGULARIZER_BRAND.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const REGULARIZER_BRAND = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  REGULARIZER_BRAND as default
};
