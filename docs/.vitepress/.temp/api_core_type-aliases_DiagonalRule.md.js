import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DiagonalRule","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/DiagonalRule.md","filePath":"api/core/type-aliases/DiagonalRule.md"}');
const _sfc_main = { name: "api/core/type-aliases/DiagonalRule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-diagonalrule" tabindex="-1">Type Alias: DiagonalRule <a class="header-anchor" href="#type-alias-diagonalrule" aria-label="Permalink to &quot;Type Alias: DiagonalRule&quot;">​</a></h1><blockquote><p><strong>DiagonalRule</strong> = <code>&quot;exclude&quot;</code> | <code>&quot;negate&quot;</code></p></blockquote><p>What to do with the diagonal in a row-wise max of a square similarity matrix.</p><ul><li><code>exclude</code>: only <code>j != i</code> are candidates (the mathematically clean choice).</li><li><code>negate</code>: the published PyTorch code&#39;s trick: <code>C&#39; = C - 2 diag(diag C)</code>, so the diagonal holds <code>-C_ii</code> and IS a candidate (it wins for a zero row or for <code>n = 1</code>).</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/DiagonalRule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DiagonalRule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DiagonalRule as default
};
