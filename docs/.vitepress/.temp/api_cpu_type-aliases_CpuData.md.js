import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CpuData","description":"","frontmatter":{"prev":{"text":"@mmareg/cpu","link":"/api/cpu/"},"next":false},"headers":[],"relativePath":"api/cpu/type-aliases/CpuData.md","filePath":"api/cpu/type-aliases/CpuData.md"}');
const _sfc_main = { name: "api/cpu/type-aliases/CpuData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-cpudata" tabindex="-1">Type Alias: CpuData <a class="header-anchor" href="#type-alias-cpudata" aria-label="Permalink to &quot;Type Alias: CpuData&quot;">​</a></h1><blockquote><p><strong>CpuData</strong> = <code>Float64Array</code> | <code>Float32Array</code></p></blockquote><p>Float storage of the CPU backend: one typed array per dtype.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cpu/type-aliases/CpuData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CpuData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CpuData as default
};
