import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Fig. 1: filter similarity before and after MMA","description":"","frontmatter":{},"headers":[],"relativePath":"examples/fig1.md","filePath":"examples/fig1.md"}');
const _sfc_main = { name: "examples/fig1.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_Fig1Demo = resolveComponent("Fig1Demo");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="fig-1-filter-similarity-before-and-after-mma" tabindex="-1">Fig. 1: filter similarity before and after MMA <a class="header-anchor" href="#fig-1-filter-similarity-before-and-after-mma" aria-label="Permalink to &quot;Fig. 1: filter similarity before and after MMA&quot;">​</a></h1><p>The paper&#39;s Fig. 1 shows the cosine similarities between the first-layer filters of a VGG19 on CIFAR-100: 495 values above 0.2 without regularization, 0 with MMA. Here a small network (196 inputs, 24 hidden units, 10 outputs) is trained twice in your browser on 2400 real MNIST digits (14 x 14), without and with <code>mmaRegularizer</code> on its hidden layer, with the same initial weights; the heatmaps are the 24 x 24 cosine matrices of the hidden layer and the histograms their off-diagonal values (values above 0.2 in red).</p>`);
  _push(ssrRenderComponent(_component_Fig1Demo, null, null, _parent));
  _push(`<div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { mmaRegularizer } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;@mmareg/tfjs&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">tf.layers.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">dense</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ units: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">24</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, activation: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;relu&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, kernelRegularizer: </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">mmaRegularizer</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ coefficient: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">0.5</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> }) });</span></span></code></pre></div><p>A larger version of this experiment, with five seeds and MHE and orthogonal regularization beside MMA, is in the repository&#39;s <code>examples/paper-experiments</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("examples/fig1.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fig1 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fig1 as default
};
