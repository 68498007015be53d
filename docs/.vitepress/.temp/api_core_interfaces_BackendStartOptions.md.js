import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BackendStartOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/BackendStartOptions.md","filePath":"api/core/interfaces/BackendStartOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/BackendStartOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-backendstartoptions" tabindex="-1">Interface: BackendStartOptions <a class="header-anchor" href="#interface-backendstartoptions" aria-label="Permalink to &quot;Interface: BackendStartOptions&quot;">​</a></h1><p>Options of <a href="./BackendDescriptor.html#start">BackendDescriptor.start</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dtype" tabindex="-1">dtype? <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>dtype?</strong>: <a href="./../type-aliases/Dtype.html"><code>Dtype</code></a></p></blockquote><p>Precision (default: the descriptor&#39;s first, native one).</p><hr><h3 id="load" tabindex="-1">load? <a class="header-anchor" href="#load" aria-label="Permalink to &quot;load?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>load?</strong>: <a href="./../type-aliases/ModuleLoader.html"><code>ModuleLoader</code></a></p></blockquote><p>Module loader for the optional packages (default: a plain dynamic <code>import()</code>).</p><hr><h3 id="settings" tabindex="-1">settings? <a class="header-anchor" href="#settings" aria-label="Permalink to &quot;settings?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>settings?</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;&gt;</p></blockquote><p>Extra options for the adapter&#39;s factory (for example onnx&#39;s <code>numThreads</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/BackendStartOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendStartOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendStartOptions as default
};
