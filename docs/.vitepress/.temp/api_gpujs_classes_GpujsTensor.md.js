import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Class: GpujsTensor","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/classes/GpujsTensor.md","filePath":"api/gpujs/classes/GpujsTensor.md"}');
const _sfc_main = { name: "api/gpujs/classes/GpujsTensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="class-gpujstensor" tabindex="-1">Class: GpujsTensor <a class="header-anchor" href="#class-gpujstensor" aria-label="Permalink to &quot;Class: GpujsTensor&quot;">​</a></h1><p>A tensor of the gpu.js backend: a shape and the stored value, which is pending (a promise) on asynchronous modes until the kernels that make it have been issued. Immutable: ops return new tensors. Index vectors hold row numbers as float32, exact up to 2^24.</p><h2 id="constructors" tabindex="-1">Constructors <a class="header-anchor" href="#constructors" aria-label="Permalink to &quot;Constructors&quot;">​</a></h2><h3 id="constructor" tabindex="-1">Constructor <a class="header-anchor" href="#constructor" aria-label="Permalink to &quot;Constructor&quot;">​</a></h3><blockquote><p><strong>new GpujsTensor</strong>(<code>value</code>, <code>shape</code>): <code>GpujsTensor</code></p></blockquote><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h5><p><code>MaybePromise</code>&lt;<a href="./../type-aliases/StoredValue.html"><code>StoredValue</code></a>&gt;</p><h5 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h5><p>readonly <code>number</code>[]</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>GpujsTensor</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="shape-1" tabindex="-1">shape <a class="header-anchor" href="#shape-1" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>shape</strong>: readonly <code>number</code>[]</p></blockquote><h2 id="accessors" tabindex="-1">Accessors <a class="header-anchor" href="#accessors" aria-label="Permalink to &quot;Accessors&quot;">​</a></h2><h3 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h3><h4 id="get-signature" tabindex="-1">Get Signature <a class="header-anchor" href="#get-signature" aria-label="Permalink to &quot;Get Signature&quot;">​</a></h4><blockquote><p><strong>get</strong> <strong>size</strong>(): <code>number</code></p></blockquote><p>Number of elements.</p><h5 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h5><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/classes/GpujsTensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GpujsTensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GpujsTensor as default
};
