import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checkWeight()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/checkWeight.md","filePath":"api/tfjs/functions/checkWeight.md"}');
const _sfc_main = { name: "api/tfjs/functions/checkWeight.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-checkweight" tabindex="-1">Function: checkWeight() <a class="header-anchor" href="#function-checkweight" aria-label="Permalink to &quot;Function: checkWeight()&quot;">​</a></h1><blockquote><p><strong>checkWeight</strong>(<code>x</code>, <code>layout</code>, <code>ctx</code>): <code>boolean</code></p></blockquote><p>Validate a weight by reading it back synchronously: non-finite entries are <code>NON_FINITE</code>, an all-zero row (in <code>exact</code> mode, where its direction is undefined and the loss would be NaN) is <code>ZERO_ROW</code>, each with the row (and column) of the row matrix. Returns <code>false</code> without checking when the backend cannot read synchronously (webgpu).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><code>Tensor</code></p><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><p><a href="./../../core/type-aliases/Layout.html"><code>Layout</code></a></p><h3 id="ctx" tabindex="-1">ctx <a class="header-anchor" href="#ctx" aria-label="Permalink to &quot;ctx&quot;">​</a></h3><p><a href="./../interfaces/CheckContext.html"><code>CheckContext</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><a href="./../../core/classes/MMARegError.html">MMARegError</a> <code>NON_FINITE</code> / <code>ZERO_ROW</code> / <code>BAD_SHAPE</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/checkWeight.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkWeight = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkWeight as default
};
