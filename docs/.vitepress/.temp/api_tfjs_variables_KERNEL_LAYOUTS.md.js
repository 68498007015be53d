import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: KERNEL_LAYOUTS","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/variables/KERNEL_LAYOUTS.md","filePath":"api/tfjs/variables/KERNEL_LAYOUTS.md"}');
const _sfc_main = { name: "api/tfjs/variables/KERNEL_LAYOUTS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-kernel-layouts" tabindex="-1">Variable: KERNEL_LAYOUTS <a class="header-anchor" href="#variable-kernel-layouts" aria-label="Permalink to &quot;Variable: KERNEL\\_LAYOUTS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>KERNEL_LAYOUTS</strong>: readonly <a href="./../type-aliases/KernelLayout.html"><code>KernelLayout</code></a>[]</p></blockquote><p>Every value a <code>layout</code> option takes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/variables/KERNEL_LAYOUTS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KERNEL_LAYOUTS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KERNEL_LAYOUTS as default
};
