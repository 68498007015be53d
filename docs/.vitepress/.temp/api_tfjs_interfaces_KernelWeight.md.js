import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernelWeight","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/interfaces/KernelWeight.md","filePath":"api/tfjs/interfaces/KernelWeight.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/KernelWeight.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-kernelweight" tabindex="-1">Interface: KernelWeight <a class="header-anchor" href="#interface-kernelweight" aria-label="Permalink to &quot;Interface: KernelWeight&quot;">​</a></h1><p>One kernel of a model.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="classname" tabindex="-1">className <a class="header-anchor" href="#classname" aria-label="Permalink to &quot;className&quot;">​</a></h3><blockquote><p><strong>className</strong>: <code>string</code></p></blockquote><p>The layer&#39;s class (Dense, Conv2D, ...).</p><hr><h3 id="layer" tabindex="-1">layer <a class="header-anchor" href="#layer" aria-label="Permalink to &quot;layer&quot;">​</a></h3><blockquote><p><strong>layer</strong>: <code>string</code></p></blockquote><p>The layer&#39;s name.</p><hr><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><blockquote><p><strong>layout</strong>: <a href="./../../core/type-aliases/Layout.html"><code>Layout</code></a></p></blockquote><p>How it maps to rows.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>The weight&#39;s full name (<code>dense_Dense1/kernel</code>), as in the saved weights manifest.</p><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><strong>shape</strong>: <code>number</code>[]</p></blockquote><p>Its shape.</p><hr><h3 id="variable" tabindex="-1">variable <a class="header-anchor" href="#variable" aria-label="Permalink to &quot;variable&quot;">​</a></h3><blockquote><p><strong>variable</strong>: <code>LayerVariable</code></p></blockquote><p>The variable.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/KernelWeight.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelWeight = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelWeight as default
};
