import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernelFiles","description":"","frontmatter":{"prev":{"text":"@mmareg/wasm","link":"/api/wasm/"},"next":false},"headers":[],"relativePath":"api/wasm/interfaces/KernelFiles.md","filePath":"api/wasm/interfaces/KernelFiles.md"}');
const _sfc_main = { name: "api/wasm/interfaces/KernelFiles.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-kernelfiles" tabindex="-1">Interface: KernelFiles <a class="header-anchor" href="#interface-kernelfiles" aria-label="Permalink to &quot;Interface: KernelFiles&quot;">​</a></h1><p>Where the two kernel binaries are. The defaults are the files next to the package (<code>wasm/kernels-mt.wasm</code>, <code>wasm/kernels-st.wasm</code>), found with <code>new URL(..., import.meta.url)</code>, which Node, Vite and other bundlers understand. A site that serves them elsewhere passes their URLs (or their bytes).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="multithread" tabindex="-1">multiThread? <a class="header-anchor" href="#multithread" aria-label="Permalink to &quot;multiThread?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>multiThread?</strong>: <code>string</code> | <code>ArrayBuffer</code> | <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>URL</code></p></blockquote><p>The multi-threaded build (imports a shared memory).</p><hr><h3 id="singlethread" tabindex="-1">singleThread? <a class="header-anchor" href="#singlethread" aria-label="Permalink to &quot;singleThread?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>singleThread?</strong>: <code>string</code> | <code>ArrayBuffer</code> | <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>URL</code></p></blockquote><p>The one-thread build (imports a plain memory).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/wasm/interfaces/KernelFiles.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelFiles = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelFiles as default
};
