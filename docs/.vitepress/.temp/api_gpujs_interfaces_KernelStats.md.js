import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernelStats","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/interfaces/KernelStats.md","filePath":"api/gpujs/interfaces/KernelStats.md"}');
const _sfc_main = { name: "api/gpujs/interfaces/KernelStats.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-kernelstats" tabindex="-1">Interface: KernelStats <a class="header-anchor" href="#interface-kernelstats" aria-label="Permalink to &quot;Interface: KernelStats&quot;">​</a></h1><p>Counters of a <a href="./../classes/KernelCache.html">KernelCache</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="compiles" tabindex="-1">compiles <a class="header-anchor" href="#compiles" aria-label="Permalink to &quot;compiles&quot;">​</a></h3><blockquote><p><strong>compiles</strong>: <code>number</code></p></blockquote><p>Compilations so far: first builds plus any rebuild gpu.js did for new argument types.</p><hr><h3 id="evictions" tabindex="-1">evictions <a class="header-anchor" href="#evictions" aria-label="Permalink to &quot;evictions&quot;">​</a></h3><blockquote><p><strong>evictions</strong>: <code>number</code></p></blockquote><p>Kernels destroyed to stay under the size limit.</p><hr><h3 id="hits" tabindex="-1">hits <a class="header-anchor" href="#hits" aria-label="Permalink to &quot;hits&quot;">​</a></h3><blockquote><p><strong>hits</strong>: <code>number</code></p></blockquote><p>Calls that found their kernel in the cache.</p><hr><h3 id="kernels" tabindex="-1">kernels <a class="header-anchor" href="#kernels" aria-label="Permalink to &quot;kernels&quot;">​</a></h3><blockquote><p><strong>kernels</strong>: <code>number</code></p></blockquote><p>Compiled kernels held now.</p><hr><h3 id="modes" tabindex="-1">modes <a class="header-anchor" href="#modes" aria-label="Permalink to &quot;modes&quot;">​</a></h3><blockquote><p><strong>modes</strong>: <code>Record</code>&lt;<code>string</code>, <code>number</code>&gt;</p></blockquote><p>How many held kernels run on each gpu.js backend (<code>cpu</code>, <code>webasm</code>, <code>webgl2</code>, ...).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/interfaces/KernelStats.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelStats = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelStats as default
};
