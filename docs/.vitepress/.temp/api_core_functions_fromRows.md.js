import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fromRows()","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/functions/fromRows.md","filePath":"api/core/functions/fromRows.md"}');
const _sfc_main = { name: "api/core/functions/fromRows.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-fromrows" tabindex="-1">Function: fromRows() <a class="header-anchor" href="#function-fromrows" aria-label="Permalink to &quot;Function: fromRows()&quot;">​</a></h1><blockquote><p><strong>fromRows</strong>&lt;<code>A</code>&gt;(<code>rows</code>, <code>shape</code>, <code>layout?</code>): <code>A</code></p></blockquote><p>The inverse of <a href="./toRows.html">toRows</a>: put an <code>[n, d]</code> row matrix back in the weight&#39;s own order.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="a" tabindex="-1">A <a class="header-anchor" href="#a" aria-label="Permalink to &quot;A&quot;">​</a></h3><p><code>A</code> <em>extends</em> <code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><p><code>A</code></p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h3 id="layout" tabindex="-1">layout? <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout?&quot;">​</a></h3><p><a href="./../type-aliases/Layout.html"><code>Layout</code></a> = <code>&quot;rows&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>A</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/fromRows.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fromRows = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fromRows as default
};
