import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TammesProgress","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/TammesProgress.md","filePath":"api/core/interfaces/TammesProgress.md"}');
const _sfc_main = { name: "api/core/interfaces/TammesProgress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-tammesprogress" tabindex="-1">Interface: TammesProgress <a class="header-anchor" href="#interface-tammesprogress" aria-label="Permalink to &quot;Interface: TammesProgress&quot;">​</a></h1><p>What <a href="./../functions/solveTammes.html">solveTammes</a> reports while it runs.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="loss" tabindex="-1">loss? <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>loss?</strong>: <code>number</code></p></blockquote><p>The current loss value (SGD phase).</p><hr><h3 id="lr" tabindex="-1">lr? <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lr?</strong>: <code>number</code></p></blockquote><p>The current learning rate (SGD phase).</p><hr><h3 id="minangledeg" tabindex="-1">minAngleDeg? <a class="header-anchor" href="#minangledeg" aria-label="Permalink to &quot;minAngleDeg?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>minAngleDeg?</strong>: <code>number</code></p></blockquote><p>The minimal angle in degrees of the current points (refine phase, and <code>done</code>).</p><hr><h3 id="phase" tabindex="-1">phase <a class="header-anchor" href="#phase" aria-label="Permalink to &quot;phase&quot;">​</a></h3><blockquote><p><strong>phase</strong>: <code>&quot;sgd&quot;</code> | <code>&quot;refine&quot;</code> | <code>&quot;done&quot;</code></p></blockquote><p><code>sgd</code> while the loss is optimized, <code>refine</code> during the refinement, <code>done</code> at the end.</p><hr><h3 id="points" tabindex="-1">points? <a class="header-anchor" href="#points" aria-label="Permalink to &quot;points?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>points?</strong>: <code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote><p>SGD phase with <code>progressPoints</code>: the current points, <code>[n, d]</code> row-major, rows normalized.</p><hr><h3 id="step" tabindex="-1">step <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step&quot;">​</a></h3><blockquote><p><strong>step</strong>: <code>number</code></p></blockquote><p>Iterations (SGD) or refinement rounds finished so far.</p><hr><h3 id="total" tabindex="-1">total <a class="header-anchor" href="#total" aria-label="Permalink to &quot;total&quot;">​</a></h3><blockquote><p><strong>total</strong>: <code>number</code></p></blockquote><p>The total of <code>step</code> for this phase.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/TammesProgress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TammesProgress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TammesProgress as default
};
