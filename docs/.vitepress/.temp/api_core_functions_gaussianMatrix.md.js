import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: gaussianMatrix()","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/functions/gaussianMatrix.md","filePath":"api/core/functions/gaussianMatrix.md"}');
const _sfc_main = { name: "api/core/functions/gaussianMatrix.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-gaussianmatrix" tabindex="-1">Function: gaussianMatrix() <a class="header-anchor" href="#function-gaussianmatrix" aria-label="Permalink to &quot;Function: gaussianMatrix()&quot;">​</a></h1><blockquote><p><strong>gaussianMatrix</strong>(<code>n</code>, <code>d</code>, <code>seed</code>): <code>Float64Array</code></p></blockquote><p>An <code>[n, d]</code> matrix of standard normal draws (Box-Muller) from <code>seed</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="n" tabindex="-1">n <a class="header-anchor" href="#n" aria-label="Permalink to &quot;n&quot;">​</a></h3><p><code>number</code></p><h3 id="d" tabindex="-1">d <a class="header-anchor" href="#d" aria-label="Permalink to &quot;d&quot;">​</a></h3><p><code>number</code></p><h3 id="seed" tabindex="-1">seed <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Float64Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/gaussianMatrix.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const gaussianMatrix = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  gaussianMatrix as default
};
