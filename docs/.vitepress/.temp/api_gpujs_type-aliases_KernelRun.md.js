import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: KernelRun","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/type-aliases/KernelRun.md","filePath":"api/gpujs/type-aliases/KernelRun.md"}');
const _sfc_main = { name: "api/gpujs/type-aliases/KernelRun.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-kernelrun" tabindex="-1">Type Alias: KernelRun <a class="header-anchor" href="#type-alias-kernelrun" aria-label="Permalink to &quot;Type Alias: KernelRun&quot;">​</a></h1><blockquote><p><strong>KernelRun</strong> = (...<code>args</code>) =&gt; <code>unknown</code></p></blockquote><p>A compiled kernel, called with gpu.js arguments.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="args" tabindex="-1">args <a class="header-anchor" href="#args" aria-label="Permalink to &quot;args&quot;">​</a></h3><p>...<code>unknown</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>unknown</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/type-aliases/KernelRun.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelRun = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelRun as default
};
