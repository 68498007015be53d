import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resolveLayout()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/resolveLayout.md","filePath":"api/tfjs/functions/resolveLayout.md"}');
const _sfc_main = { name: "api/tfjs/functions/resolveLayout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-resolvelayout" tabindex="-1">Function: resolveLayout() <a class="header-anchor" href="#function-resolvelayout" aria-label="Permalink to &quot;Function: resolveLayout()&quot;">​</a></h1><blockquote><p><strong>resolveLayout</strong>(<code>layout</code>, <code>shape</code>, <code>name?</code>): <a href="./../../core/type-aliases/Layout.html"><code>Layout</code></a></p></blockquote><p>The layout to use for a weight: the given one, or the detected one for <code>auto</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><p><a href="./../type-aliases/KernelLayout.html"><code>KernelLayout</code></a> | <code>undefined</code></p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../core/type-aliases/Layout.html"><code>Layout</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/resolveLayout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resolveLayout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resolveLayout as default
};
