import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: disposeDiversityPairs()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/disposeDiversityPairs.md","filePath":"api/tfjs/functions/disposeDiversityPairs.md"}');
const _sfc_main = { name: "api/tfjs/functions/disposeDiversityPairs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-disposediversitypairs" tabindex="-1">Function: disposeDiversityPairs() <a class="header-anchor" href="#function-disposediversitypairs" aria-label="Permalink to &quot;Function: disposeDiversityPairs()&quot;">​</a></h1><blockquote><p><strong>disposeDiversityPairs</strong>(<code>model</code>): <code>void</code></p></blockquote><p>Free the nearest-neighbour pairs that <a href="./diversityLoss.html">diversityLoss</a> cached for a model&#39;s kernels with <code>refreshEvery &gt; 1</code> (one int32 tensor per kernel). Call it with <code>model.dispose()</code>; afterwards the next call searches again. A model that never used <code>refreshEvery</code> has nothing to free.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>LayersModel</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">disposeDiversityPairs</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(model);</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">model.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">dispose</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">();</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/disposeDiversityPairs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const disposeDiversityPairs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  disposeDiversityPairs as default
};
