import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ClassMarginLoss()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/interfaces/ClassMarginLoss.md","filePath":"api/tfjs/interfaces/ClassMarginLoss.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/ClassMarginLoss.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-classmarginloss" tabindex="-1">Interface: ClassMarginLoss() <a class="header-anchor" href="#interface-classmarginloss" aria-label="Permalink to &quot;Interface: ClassMarginLoss()&quot;">​</a></h1><p>A loss on <code>(features [batch, d], classWeights, labels)</code>: <code>labels</code> are class indices (<code>int32 [batch]</code>) or one-hot rows (<code>[batch, classes]</code>).</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./ArcFacePlusLoss.html"><code>ArcFacePlusLoss</code></a></li></ul><blockquote><p><strong>ClassMarginLoss</strong>(<code>features</code>, <code>classWeights</code>, <code>labels</code>): <code>Scalar</code></p></blockquote><p>A loss on <code>(features [batch, d], classWeights, labels)</code>: <code>labels</code> are class indices (<code>int32 [batch]</code>) or one-hot rows (<code>[batch, classes]</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="features" tabindex="-1">features <a class="header-anchor" href="#features" aria-label="Permalink to &quot;features&quot;">​</a></h3><p><code>Tensor</code></p><h3 id="classweights" tabindex="-1">classWeights <a class="header-anchor" href="#classweights" aria-label="Permalink to &quot;classWeights&quot;">​</a></h3><p><code>Tensor</code></p><h3 id="labels" tabindex="-1">labels <a class="header-anchor" href="#labels" aria-label="Permalink to &quot;labels&quot;">​</a></h3><p><code>Tensor</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Scalar</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>options</strong>: <code>Readonly</code>&lt;<a href="./ResolvedArcFaceOptions.html"><code>ResolvedArcFaceOptions</code></a>&gt;</p></blockquote><p>The options in use, defaults filled in.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/ClassMarginLoss.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClassMarginLoss = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClassMarginLoss as default
};
