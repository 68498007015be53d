import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PairLossName","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/PairLossName.md","filePath":"api/core/type-aliases/PairLossName.md"}');
const _sfc_main = { name: "api/core/type-aliases/PairLossName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-pairlossname" tabindex="-1">Type Alias: PairLossName <a class="header-anchor" href="#type-alias-pairlossname" aria-label="Permalink to &quot;Type Alias: PairLossName&quot;">​</a></h1><blockquote><p><strong>PairLossName</strong> = <code>&quot;mma&quot;</code> | <code>&quot;cosine&quot;</code></p></blockquote><p>The losses whose value depends on one partner per row, so their pairs can be cached.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/PairLossName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PairLossName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PairLossName as default
};
