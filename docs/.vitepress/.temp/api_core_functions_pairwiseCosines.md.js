import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: pairwiseCosines()","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/functions/pairwiseCosines.md","filePath":"api/core/functions/pairwiseCosines.md"}');
const _sfc_main = { name: "api/core/functions/pairwiseCosines.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-pairwisecosines" tabindex="-1">Function: pairwiseCosines() <a class="header-anchor" href="#function-pairwisecosines" aria-label="Permalink to &quot;Function: pairwiseCosines()&quot;">​</a></h1><blockquote><p><strong>pairwiseCosines</strong>&lt;<code>T</code>&gt;(<code>b</code>, <code>input</code>, <code>options?</code>): <code>Promise</code>&lt;<code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt;&gt;</p></blockquote><p>The cosine similarities of all unordered pairs <code>i &lt; j</code> (row-major upper triangle), for histograms like the paper&#39;s Fig. 1.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="b" tabindex="-1">b <a class="header-anchor" href="#b" aria-label="Permalink to &quot;b&quot;">​</a></h3><p><a href="./../interfaces/Backend.html"><code>Backend</code></a>&lt;<code>T</code>&gt;</p><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../type-aliases/MatrixInput.html"><code>MatrixInput</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/AngleReportOptions.html"><code>AngleReportOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt;&gt;</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><a href="./../classes/MMARegError.html">MMARegError</a> as <a href="./angleReport.html">angleReport</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/pairwiseCosines.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const pairwiseCosines = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  pairwiseCosines as default
};
