import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: kernelRows()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/kernelRows.md","filePath":"api/tfjs/functions/kernelRows.md"}');
const _sfc_main = { name: "api/tfjs/functions/kernelRows.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-kernelrows" tabindex="-1">Function: kernelRows() <a class="header-anchor" href="#function-kernelrows" aria-label="Permalink to &quot;Function: kernelRows()&quot;">​</a></h1><blockquote><p><strong>kernelRows</strong>(<code>tf</code>, <code>x</code>, <code>layout</code>): <code>Tensor</code></p></blockquote><p>The <code>[n, d]</code> row matrix of a weight tensor, with tf ops (so it stays on the device and autodiff carries gradients back to the weight). The same row order as core&#39;s <code>toRows</code>: layouts with the neurons on the last axis are flattened to <code>[d, n]</code> and transposed.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tf" tabindex="-1">tf <a class="header-anchor" href="#tf" aria-label="Permalink to &quot;tf&quot;">​</a></h3><p><code>__module</code></p><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><code>Tensor</code></p><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><p><a href="./../../core/type-aliases/Layout.html"><code>Layout</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Tensor</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> rows</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> kernelRows</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(tf, convKernel, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;conv-hwio&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">); </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [filters, kh * kw * in]</span></span></code></pre></div><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><a href="./../../core/classes/MMARegError.html">MMARegError</a> <code>BAD_SHAPE</code> when the rank does not fit the layout.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/kernelRows.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const kernelRows = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  kernelRows as default
};
