import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DeviceHandle","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/interfaces/DeviceHandle.md","filePath":"api/gpujs/interfaces/DeviceHandle.md"}');
const _sfc_main = { name: "api/gpujs/interfaces/DeviceHandle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-devicehandle" tabindex="-1">Interface: DeviceHandle <a class="header-anchor" href="#interface-devicehandle" aria-label="Permalink to &quot;Interface: DeviceHandle&quot;">​</a></h1><p>A gpu.js pipeline result: a WebGL texture (<code>Texture</code>) or a WebGPU buffer handle. Both read back with <code>toArray()</code> and free their memory with <code>delete()</code>.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="delete" tabindex="-1">delete() <a class="header-anchor" href="#delete" aria-label="Permalink to &quot;delete()&quot;">​</a></h3><blockquote><p><strong>delete</strong>(): <code>void</code></p></blockquote><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p><hr><h3 id="toarray" tabindex="-1">toArray() <a class="header-anchor" href="#toarray" aria-label="Permalink to &quot;toArray()&quot;">​</a></h3><blockquote><p><strong>toArray</strong>(): <code>unknown</code></p></blockquote><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>unknown</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/interfaces/DeviceHandle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeviceHandle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeviceHandle as default
};
