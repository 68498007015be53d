import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: withScope()","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/functions/withScope.md","filePath":"api/core/functions/withScope.md"}');
const _sfc_main = { name: "api/core/functions/withScope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-withscope" tabindex="-1">Function: withScope() <a class="header-anchor" href="#function-withscope" aria-label="Permalink to &quot;Function: withScope()&quot;">​</a></h1><blockquote><p><strong>withScope</strong>&lt;<code>T</code>, <code>R</code>&gt;(<code>backend</code>, <code>fn</code>): <code>R</code></p></blockquote><p>Run <code>fn</code> inside the backend&#39;s scope when it has one (so intermediates are freed), otherwise just call it.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h3 id="r" tabindex="-1">R <a class="header-anchor" href="#r" aria-label="Permalink to &quot;R&quot;">​</a></h3><p><code>R</code></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="backend" tabindex="-1">backend <a class="header-anchor" href="#backend" aria-label="Permalink to &quot;backend&quot;">​</a></h3><p><a href="./../interfaces/Backend.html"><code>Backend</code></a>&lt;<code>T</code>&gt;</p><h3 id="fn" tabindex="-1">fn <a class="header-anchor" href="#fn" aria-label="Permalink to &quot;fn&quot;">​</a></h3><p>() =&gt; <code>R</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>R</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/withScope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const withScope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  withScope as default
};
