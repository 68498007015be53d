import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LayerSelection","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/LayerSelection.md","filePath":"api/tfjs/type-aliases/LayerSelection.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/LayerSelection.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-layerselection" tabindex="-1">Type Alias: LayerSelection <a class="header-anchor" href="#type-alias-layerselection" aria-label="Permalink to &quot;Type Alias: LayerSelection&quot;">​</a></h1><blockquote><p><strong>LayerSelection</strong> = <code>&quot;hidden&quot;</code> | <code>&quot;output&quot;</code> | <code>&quot;all&quot;</code> | readonly <code>string</code>[]</p></blockquote><p>Which kernels: all, all but the last (the classifier), the last, or layers by name.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/LayerSelection.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LayerSelection = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LayerSelection as default
};
