import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: GpujsMode","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/type-aliases/GpujsMode.md","filePath":"api/gpujs/type-aliases/GpujsMode.md"}');
const _sfc_main = { name: "api/gpujs/type-aliases/GpujsMode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-gpujsmode" tabindex="-1">Type Alias: GpujsMode <a class="header-anchor" href="#type-alias-gpujsmode" aria-label="Permalink to &quot;Type Alias: GpujsMode&quot;">​</a></h1><blockquote><p><strong>GpujsMode</strong> = <code>&quot;cpu&quot;</code> | <code>&quot;webasm&quot;</code> | <code>&quot;webgl&quot;</code> | <code>&quot;webgl2&quot;</code> | <code>&quot;webgpu&quot;</code> | <code>&quot;gpu&quot;</code></p></blockquote><p>gpu.js modes this backend runs in. <code>gpu</code> lets gpu.js pick the best one available.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/type-aliases/GpujsMode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GpujsMode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GpujsMode as default
};
