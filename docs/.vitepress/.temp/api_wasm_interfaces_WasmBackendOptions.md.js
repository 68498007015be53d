import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WasmBackendOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/wasm","link":"/api/wasm/"},"next":false},"headers":[],"relativePath":"api/wasm/interfaces/WasmBackendOptions.md","filePath":"api/wasm/interfaces/WasmBackendOptions.md"}');
const _sfc_main = { name: "api/wasm/interfaces/WasmBackendOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-wasmbackendoptions" tabindex="-1">Interface: WasmBackendOptions <a class="header-anchor" href="#interface-wasmbackendoptions" aria-label="Permalink to &quot;Interface: WasmBackendOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createWasmBackend.html">createWasmBackend</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dtype" tabindex="-1">dtype? <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>dtype?</strong>: <a href="./../../core/type-aliases/Dtype.html"><code>Dtype</code></a></p></blockquote><p>Precision: only <code>float32</code> (the default) is supported.</p><hr><h3 id="kernels" tabindex="-1">kernels? <a class="header-anchor" href="#kernels" aria-label="Permalink to &quot;kernels?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>kernels?</strong>: <a href="./KernelFiles.html"><code>KernelFiles</code></a></p></blockquote><p>Where the kernel binaries are, when not next to the package (see <a href="./KernelFiles.html">KernelFiles</a>).</p><hr><h3 id="minparallelwork" tabindex="-1">minParallelWork? <a class="header-anchor" href="#minparallelwork" aria-label="Permalink to &quot;minParallelWork?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>minParallelWork?</strong>: <code>number</code></p></blockquote><p>Work (about one multiply-add each) below which a kernel call runs on the calling thread alone, because waking the workers would cost more (default 2^21, about a 64 x 64 x 1024 Gram product). <code>0</code> sends every call to the pool (tests use it).</p><hr><h3 id="threads" tabindex="-1">threads? <a class="header-anchor" href="#threads" aria-label="Permalink to &quot;threads?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>threads?</strong>: <code>number</code></p></blockquote><p>Threads to compute on, the calling thread included (default: the number of cores, <code>os.availableParallelism()</code> in Node, <code>navigator.hardwareConcurrency</code> in a browser). Where shared memory is unavailable (a page that is not cross-origin isolated) the backend runs on one thread whatever is asked; the <code>threads</code> field of the <a href="./../type-aliases/WasmBackend.html">WasmBackend</a> says.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/wasm/interfaces/WasmBackendOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WasmBackendOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WasmBackendOptions as default
};
