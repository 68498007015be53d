import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: backendFailureError()","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/functions/backendFailureError.md","filePath":"api/core/functions/backendFailureError.md"}');
const _sfc_main = { name: "api/core/functions/backendFailureError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-backendfailureerror" tabindex="-1">Function: backendFailureError() <a class="header-anchor" href="#function-backendfailureerror" aria-label="Permalink to &quot;Function: backendFailureError()&quot;">​</a></h1><blockquote><p><strong>backendFailureError</strong>(<code>failures</code>): <a href="./../classes/MMARegError.html"><code>MMARegError</code></a></p></blockquote><p>One <code>BACKEND</code> error listing every backend that did not start and why.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="failures" tabindex="-1">failures <a class="header-anchor" href="#failures" aria-label="Permalink to &quot;failures&quot;">​</a></h3><p>readonly <a href="./../interfaces/BackendFailure.html"><code>BackendFailure</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../classes/MMARegError.html"><code>MMARegError</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">if</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (failures.</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">length</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> &gt;</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 0</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">throw</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> backendFailureError</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(failures);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/backendFailureError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const backendFailureError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  backendFailureError as default
};
