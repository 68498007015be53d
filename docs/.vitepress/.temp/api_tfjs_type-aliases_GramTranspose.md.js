import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: GramTranspose","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/GramTranspose.md","filePath":"api/tfjs/type-aliases/GramTranspose.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/GramTranspose.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-gramtranspose" tabindex="-1">Type Alias: GramTranspose <a class="header-anchor" href="#type-alias-gramtranspose" aria-label="Permalink to &quot;Type Alias: GramTranspose&quot;">​</a></h1><blockquote><p><strong>GramTranspose</strong> = <code>&quot;auto&quot;</code> | <code>&quot;explicit&quot;</code> | <code>&quot;flag&quot;</code></p></blockquote><p>How the Gram product <code>A Aᵀ</code> is formed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/GramTranspose.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GramTranspose = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GramTranspose as default
};
