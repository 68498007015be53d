import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernelHelper","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/interfaces/KernelHelper.md","filePath":"api/gpujs/interfaces/KernelHelper.md"}');
const _sfc_main = { name: "api/gpujs/interfaces/KernelHelper.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-kernelhelper" tabindex="-1">Interface: KernelHelper <a class="header-anchor" href="#interface-kernelhelper" aria-label="Permalink to &quot;Interface: KernelHelper&quot;">​</a></h1><p>A helper function a kernel calls, typed up front so gpu.js infers nothing (a comparison&#39;s <code>1 : 0</code> must stay a float on GLSL backends) and named explicitly (bundlers may strip the name off a function expression).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="argumenttypes" tabindex="-1">argumentTypes <a class="header-anchor" href="#argumenttypes" aria-label="Permalink to &quot;argumentTypes&quot;">​</a></h3><blockquote><p><strong>argumentTypes</strong>: <code>string</code>[]</p></blockquote><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><hr><h3 id="returntype" tabindex="-1">returnType <a class="header-anchor" href="#returntype" aria-label="Permalink to &quot;returnType&quot;">​</a></h3><blockquote><p><strong>returnType</strong>: <code>string</code></p></blockquote><hr><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><blockquote><p><strong>source</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/interfaces/KernelHelper.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelHelper = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelHelper as default
};
