import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MmaRegularizerOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/MmaRegularizerOptions.md","filePath":"api/tfjs/type-aliases/MmaRegularizerOptions.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/MmaRegularizerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-mmaregularizeroptions" tabindex="-1">Type Alias: MmaRegularizerOptions <a class="header-anchor" href="#type-alias-mmaregularizeroptions" aria-label="Permalink to &quot;Type Alias: MmaRegularizerOptions&quot;">​</a></h1><blockquote><p><strong>MmaRegularizerOptions</strong> = <code>Omit</code>&lt;<a href="./../interfaces/AngularRegularizerOptions.html"><code>AngularRegularizerOptions</code></a>, <code>&quot;loss&quot;</code> | <code>&quot;s&quot;</code> | <code>&quot;halfSpace&quot;</code> | <code>&quot;batch&quot;</code>&gt;</p></blockquote><p>Options of <a href="./../functions/mmaRegularizer.html">mmaRegularizer</a>: the angular options without the loss (always <code>mma</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/MmaRegularizerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MmaRegularizerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MmaRegularizerOptions as default
};
