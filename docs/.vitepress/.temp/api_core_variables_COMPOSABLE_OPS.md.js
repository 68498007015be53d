import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: COMPOSABLE_OPS","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/COMPOSABLE_OPS.md","filePath":"api/core/variables/COMPOSABLE_OPS.md"}');
const _sfc_main = { name: "api/core/variables/COMPOSABLE_OPS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-composable-ops" tabindex="-1">Variable: COMPOSABLE_OPS <a class="header-anchor" href="#variable-composable-ops" aria-label="Permalink to &quot;Variable: COMPOSABLE\\_OPS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>COMPOSABLE_OPS</strong>: readonly <a href="./../type-aliases/ComposableOp.html"><code>ComposableOp</code></a>[]</p></blockquote><p>All <a href="./../type-aliases/ComposableOp.html">ComposableOp</a> names.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/COMPOSABLE_OPS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const COMPOSABLE_OPS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  COMPOSABLE_OPS as default
};
