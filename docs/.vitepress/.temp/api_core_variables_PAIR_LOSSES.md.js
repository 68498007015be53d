import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PAIR_LOSSES","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/PAIR_LOSSES.md","filePath":"api/core/variables/PAIR_LOSSES.md"}');
const _sfc_main = { name: "api/core/variables/PAIR_LOSSES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-pair-losses" tabindex="-1">Variable: PAIR_LOSSES <a class="header-anchor" href="#variable-pair-losses" aria-label="Permalink to &quot;Variable: PAIR\\_LOSSES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PAIR_LOSSES</strong>: readonly <a href="./../type-aliases/PairLossName.html"><code>PairLossName</code></a>[]</p></blockquote><p>Every <a href="./../type-aliases/PairLossName.html">PairLossName</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/PAIR_LOSSES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PAIR_LOSSES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PAIR_LOSSES as default
};
