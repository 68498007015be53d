import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CpuBackend","description":"","frontmatter":{"prev":{"text":"@mmareg/cpu","link":"/api/cpu/"},"next":false},"headers":[],"relativePath":"api/cpu/type-aliases/CpuBackend.md","filePath":"api/cpu/type-aliases/CpuBackend.md"}');
const _sfc_main = { name: "api/cpu/type-aliases/CpuBackend.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-cpubackend" tabindex="-1">Type Alias: CpuBackend <a class="header-anchor" href="#type-alias-cpubackend" aria-label="Permalink to &quot;Type Alias: CpuBackend&quot;">​</a></h1><blockquote><p><strong>CpuBackend</strong> = <a href="./../../core/type-aliases/DefinedBackend.html"><code>DefinedBackend</code></a>&lt;<a href="./../classes/CpuTensor.html"><code>CpuTensor</code></a>, <em>typeof</em> <code>ops</code>&gt; &amp; <code>object</code></p></blockquote><p>The CPU backend: a <code>Backend</code> over <a href="./../classes/CpuTensor.html">CpuTensor</a> with every optional op, synchronous reads, and a <code>close()</code> that only marks it closed (it holds nothing but tensors, which the garbage collector frees).</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="readsync" tabindex="-1">readSync() <a class="header-anchor" href="#readsync" aria-label="Permalink to &quot;readSync()&quot;">​</a></h3><blockquote><p><strong>readSync</strong>(<code>x</code>): <a href="./../../core/type-aliases/BackendArray.html"><code>BackendArray</code></a></p></blockquote><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h5><p><a href="./../classes/CpuTensor.html"><code>CpuTensor</code></a></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><a href="./../../core/type-aliases/BackendArray.html"><code>BackendArray</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cpu/type-aliases/CpuBackend.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CpuBackend = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CpuBackend as default
};
