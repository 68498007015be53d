import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ArcFacePlusLoss()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/interfaces/ArcFacePlusLoss.md","filePath":"api/tfjs/interfaces/ArcFacePlusLoss.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/ArcFacePlusLoss.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-arcfaceplusloss" tabindex="-1">Interface: ArcFacePlusLoss() <a class="header-anchor" href="#interface-arcfaceplusloss" aria-label="Permalink to &quot;Interface: ArcFacePlusLoss()&quot;">​</a></h1><p><a href="./../functions/arcFacePlusLoss.html">arcFacePlusLoss</a>&#39;s loss function; its options include the coefficient.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./ClassMarginLoss.html"><code>ClassMarginLoss</code></a></li></ul><blockquote><p><strong>ArcFacePlusLoss</strong>(<code>features</code>, <code>classWeights</code>, <code>labels</code>): <code>Scalar</code></p></blockquote><p><a href="./../functions/arcFacePlusLoss.html">arcFacePlusLoss</a>&#39;s loss function; its options include the coefficient.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="features" tabindex="-1">features <a class="header-anchor" href="#features" aria-label="Permalink to &quot;features&quot;">​</a></h3><p><code>Tensor</code></p><h3 id="classweights" tabindex="-1">classWeights <a class="header-anchor" href="#classweights" aria-label="Permalink to &quot;classWeights&quot;">​</a></h3><p><code>Tensor</code></p><h3 id="labels" tabindex="-1">labels <a class="header-anchor" href="#labels" aria-label="Permalink to &quot;labels&quot;">​</a></h3><p><code>Tensor</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Scalar</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>options</strong>: <code>Readonly</code>&lt;<a href="./ResolvedArcFaceOptions.html"><code>ResolvedArcFaceOptions</code></a> &amp; <code>object</code>&gt;</p></blockquote><p>The options in use, defaults filled in.</p><h4 id="overrides" tabindex="-1">Overrides <a class="header-anchor" href="#overrides" aria-label="Permalink to &quot;Overrides&quot;">​</a></h4><p><a href="./ClassMarginLoss.html"><code>ClassMarginLoss</code></a>.<a href="./ClassMarginLoss.html#options"><code>options</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/ArcFacePlusLoss.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ArcFacePlusLoss = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ArcFacePlusLoss as default
};
