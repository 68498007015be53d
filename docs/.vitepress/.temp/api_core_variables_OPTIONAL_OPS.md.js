import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: OPTIONAL_OPS","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/OPTIONAL_OPS.md","filePath":"api/core/variables/OPTIONAL_OPS.md"}');
const _sfc_main = { name: "api/core/variables/OPTIONAL_OPS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-optional-ops" tabindex="-1">Variable: OPTIONAL_OPS <a class="header-anchor" href="#variable-optional-ops" aria-label="Permalink to &quot;Variable: OPTIONAL\\_OPS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>OPTIONAL_OPS</strong>: readonly <a href="./../type-aliases/OptionalOp.html"><code>OptionalOp</code></a>[]</p></blockquote><p>Every optional operation name (<a href="./FUSED_OPS.html">FUSED_OPS</a> then <a href="./COMPOSABLE_OPS.html">COMPOSABLE_OPS</a>): what <a href="./../functions/withoutFused.html">withoutFused</a> hides by default, so the conformance suite&#39;s &quot;fused vs composed&quot; run covers every fallback core has.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/OPTIONAL_OPS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OPTIONAL_OPS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OPTIONAL_OPS as default
};
