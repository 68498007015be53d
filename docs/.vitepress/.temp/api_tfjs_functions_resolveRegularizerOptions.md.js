import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resolveRegularizerOptions()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/resolveRegularizerOptions.md","filePath":"api/tfjs/functions/resolveRegularizerOptions.md"}');
const _sfc_main = { name: "api/tfjs/functions/resolveRegularizerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-resolveregularizeroptions" tabindex="-1">Function: resolveRegularizerOptions() <a class="header-anchor" href="#function-resolveregularizeroptions" aria-label="Permalink to &quot;Function: resolveRegularizerOptions()&quot;">​</a></h1><blockquote><p><strong>resolveRegularizerOptions</strong>(<code>options</code>): <a href="./../interfaces/ResolvedRegularizerOptions.html"><code>ResolvedRegularizerOptions</code></a></p></blockquote><p>Check and complete regularizer options.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><code>Partial</code>&lt;<a href="./../interfaces/AngularRegularizerOptions.html"><code>AngularRegularizerOptions</code></a>&gt; | <code>undefined</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ResolvedRegularizerOptions.html"><code>ResolvedRegularizerOptions</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><a href="./../../core/classes/MMARegError.html">MMARegError</a> <code>BAD_OPTION</code> / <code>UNKNOWN_LOSS</code> naming the option and what to pass.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/resolveRegularizerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resolveRegularizerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resolveRegularizerOptions as default
};
