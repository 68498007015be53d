import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: NumericMode","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/NumericMode.md","filePath":"api/core/type-aliases/NumericMode.md"}');
const _sfc_main = { name: "api/core/type-aliases/NumericMode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-numericmode" tabindex="-1">Type Alias: NumericMode <a class="header-anchor" href="#type-alias-numericmode" aria-label="Permalink to &quot;Type Alias: NumericMode&quot;">​</a></h1><blockquote><p><strong>NumericMode</strong> = <code>&quot;exact&quot;</code> | <code>&quot;reference&quot;</code></p></blockquote><p>Numeric mode.</p><ul><li><code>exact</code> (default): angles without the published code&#39;s clamp plateau; rows are normalized by their exact norm (a zero row is an error); <code>n &lt; 2</code> gives loss 0.</li><li><code>reference</code>: the paper&#39;s PyTorch code to the last digit: <code>F.normalize</code> with <code>eps = 1e-12</code>, the diagonal masked by <code>C - 2 diag(diag C)</code>, and for <code>mma</code> the cosine clamped to ±0.99999 before <code>acos</code> (zero gradient where the clamp bites).</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/NumericMode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NumericMode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NumericMode as default
};
