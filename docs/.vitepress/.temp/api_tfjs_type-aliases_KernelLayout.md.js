import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: KernelLayout","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/KernelLayout.md","filePath":"api/tfjs/type-aliases/KernelLayout.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/KernelLayout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-kernellayout" tabindex="-1">Type Alias: KernelLayout <a class="header-anchor" href="#type-alias-kernellayout" aria-label="Permalink to &quot;Type Alias: KernelLayout&quot;">​</a></h1><blockquote><p><strong>KernelLayout</strong> = <a href="./../../core/type-aliases/Layout.html"><code>Layout</code></a> | <code>&quot;auto&quot;</code></p></blockquote><p>A layout, or <code>auto</code>: pick it from the weight (see <a href="./../functions/detectLayout.html">detectLayout</a>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/KernelLayout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernelLayout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernelLayout as default
};
