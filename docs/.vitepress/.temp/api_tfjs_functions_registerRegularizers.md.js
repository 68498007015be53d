import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: registerRegularizers()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/registerRegularizers.md","filePath":"api/tfjs/functions/registerRegularizers.md"}');
const _sfc_main = { name: "api/tfjs/functions/registerRegularizers.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-registerregularizers" tabindex="-1">Function: registerRegularizers() <a class="header-anchor" href="#function-registerregularizers" aria-label="Permalink to &quot;Function: registerRegularizers()&quot;">​</a></h1><blockquote><p><strong>registerRegularizers</strong>(<code>tfArg?</code>): <a href="./../interfaces/RegularizerClasses.html"><code>RegularizerClasses</code></a></p></blockquote><p>The regularizer classes bound to a tf namespace (created once per namespace), and registered with its <code>tf.serialization</code> so saved models load with their regularizers. Registration is idempotent: a class already registered under the same name by this package (another copy of it, or an earlier import) is left in place. Also applies <code>fixDepthwiseConfig</code> (a tfjs-layers save bug with depthwise regularizers).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tfarg" tabindex="-1">tfArg? <a class="header-anchor" href="#tfarg" aria-label="Permalink to &quot;tfArg?&quot;">​</a></h3><p><code>__module</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RegularizerClasses.html"><code>RegularizerClasses</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">MMARegularizer</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">=</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> registerRegularizers</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(tf); </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// before tf.loadLayersModel in a fresh program</span></span></code></pre></div><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><a href="./../../core/classes/MMARegError.html">MMARegError</a> <code>BACKEND</code> when the namespace has no tf.layers.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/registerRegularizers.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const registerRegularizers = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  registerRegularizers as default
};
