import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: KernelSource","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/type-aliases/KernelSource.md","filePath":"api/gpujs/type-aliases/KernelSource.md"}');
const _sfc_main = { name: "api/gpujs/type-aliases/KernelSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-kernelsource" tabindex="-1">Type Alias: KernelSource <a class="header-anchor" href="#type-alias-kernelsource" aria-label="Permalink to &quot;Type Alias: KernelSource&quot;">​</a></h1><blockquote><p><strong>KernelSource</strong> = <code>Function</code></p></blockquote><p>A kernel function as gpu.js takes it (its source is what gets compiled).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/type-aliases/KernelSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelSource as default
};
