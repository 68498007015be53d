import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TieBreak","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/TieBreak.md","filePath":"api/tfjs/type-aliases/TieBreak.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/TieBreak.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-tiebreak" tabindex="-1">Type Alias: TieBreak <a class="header-anchor" href="#type-alias-tiebreak" aria-label="Permalink to &quot;Type Alias: TieBreak&quot;">​</a></h1><blockquote><p><strong>TieBreak</strong> = <code>&quot;auto&quot;</code> | <code>&quot;argmax&quot;</code> | <code>&quot;masked&quot;</code></p></blockquote><p>How a row max finds its lowest index among equal maxima.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/TieBreak.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TieBreak = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TieBreak as default
};
