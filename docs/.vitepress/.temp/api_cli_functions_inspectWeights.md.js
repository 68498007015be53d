import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: inspectWeights()","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/functions/inspectWeights.md","filePath":"api/cli/functions/inspectWeights.md"}');
const _sfc_main = { name: "api/cli/functions/inspectWeights.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-inspectweights" tabindex="-1">Function: inspectWeights() <a class="header-anchor" href="#function-inspectweights" aria-label="Permalink to &quot;Function: inspectWeights()&quot;">​</a></h1><blockquote><p><strong>inspectWeights</strong>(<code>weights</code>, <code>options?</code>): <code>Promise</code>&lt;<a href="./../interfaces/InspectRow.html"><code>InspectRow</code></a>[]&gt;</p></blockquote><p>The asynchronous form of <a href="./inspectWeightsSync.html">inspectWeightsSync</a> (kept for the library API); a number as the second argument is the cosine threshold.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="weights" tabindex="-1">weights <a class="header-anchor" href="#weights" aria-label="Permalink to &quot;weights&quot;">​</a></h3><p>readonly <a href="./../interfaces/LayerWeight.html"><code>LayerWeight</code></a>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><code>number</code> | <a href="./../interfaces/InspectOptions.html"><code>InspectOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/InspectRow.html"><code>InspectRow</code></a>[]&gt;</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> rows</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> inspectWeights</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(weights, { nearDeg: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">0.1</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> });</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/inspectWeights.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const inspectWeights = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  inspectWeights as default
};
