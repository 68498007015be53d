import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loadTfjsBackend()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/loadTfjsBackend.md","filePath":"api/tfjs/functions/loadTfjsBackend.md"}');
const _sfc_main = { name: "api/tfjs/functions/loadTfjsBackend.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-loadtfjsbackend" tabindex="-1">Function: loadTfjsBackend() <a class="header-anchor" href="#function-loadtfjsbackend" aria-label="Permalink to &quot;Function: loadTfjsBackend()&quot;">​</a></h1><blockquote><p><strong>loadTfjsBackend</strong>(<code>options?</code>): <code>Promise</code>&lt;<a href="./../type-aliases/TfjsBackend.html"><code>TfjsBackend</code></a>&gt;</p></blockquote><p>Switch tfjs to a backend, wait until it is ready, and create the core backend pinned to it. The backend&#39;s package must be imported by the program first (this package imports none): <code>@tensorflow/tfjs-backend-wasm</code>, <code>-webgpu</code>, or <code>@tensorflow/tfjs-node</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/TfjsBackendOptions.html"><code>TfjsBackendOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../type-aliases/TfjsBackend.html"><code>TfjsBackend</code></a>&gt;</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;@tensorflow/tfjs-backend-wasm&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> b</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> loadTfjsBackend</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ backend: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;wasm&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> });</span></span></code></pre></div><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><a href="./../../core/classes/MMARegError.html">MMARegError</a> <code>BACKEND</code> when the backend is not registered or fails to start.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/loadTfjsBackend.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loadTfjsBackend = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loadTfjsBackend as default
};
