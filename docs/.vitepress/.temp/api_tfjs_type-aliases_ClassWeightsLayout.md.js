import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ClassWeightsLayout","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/ClassWeightsLayout.md","filePath":"api/tfjs/type-aliases/ClassWeightsLayout.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/ClassWeightsLayout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-classweightslayout" tabindex="-1">Type Alias: ClassWeightsLayout <a class="header-anchor" href="#type-alias-classweightslayout" aria-label="Permalink to &quot;Type Alias: ClassWeightsLayout&quot;">​</a></h1><blockquote><p><strong>ClassWeightsLayout</strong> = <code>&quot;rows&quot;</code> | <code>&quot;dense&quot;</code></p></blockquote><p>How the class weights are laid out: a row per class <code>[classes, d]</code>, or a Dense kernel <code>[d, classes]</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/ClassWeightsLayout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClassWeightsLayout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClassWeightsLayout as default
};
