import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CpuBackendOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/cpu","link":"/api/cpu/"},"next":false},"headers":[],"relativePath":"api/cpu/interfaces/CpuBackendOptions.md","filePath":"api/cpu/interfaces/CpuBackendOptions.md"}');
const _sfc_main = { name: "api/cpu/interfaces/CpuBackendOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-cpubackendoptions" tabindex="-1">Interface: CpuBackendOptions <a class="header-anchor" href="#interface-cpubackendoptions" aria-label="Permalink to &quot;Interface: CpuBackendOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createCpuBackend.html">createCpuBackend</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dtype" tabindex="-1">dtype? <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>dtype?</strong>: <a href="./../../core/type-aliases/Dtype.html"><code>Dtype</code></a></p></blockquote><p>Storage precision: <code>float64</code> (default) or <code>float32</code>. Arithmetic is done in float64 either way.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cpu/interfaces/CpuBackendOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CpuBackendOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CpuBackendOptions as default
};
