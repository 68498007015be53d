import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: GPUJS_MODES","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/variables/GPUJS_MODES.md","filePath":"api/gpujs/variables/GPUJS_MODES.md"}');
const _sfc_main = { name: "api/gpujs/variables/GPUJS_MODES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-gpujs-modes" tabindex="-1">Variable: GPUJS_MODES <a class="header-anchor" href="#variable-gpujs-modes" aria-label="Permalink to &quot;Variable: GPUJS\\_MODES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>GPUJS_MODES</strong>: readonly <a href="./../type-aliases/GpujsMode.html"><code>GpujsMode</code></a>[]</p></blockquote><p>The modes <a href="./../functions/createGpujsBackend.html">createGpujsBackend</a> accepts, in <code>--help</code> order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/variables/GPUJS_MODES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GPUJS_MODES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GPUJS_MODES as default
};
