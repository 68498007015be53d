import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MatrixInput","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/MatrixInput.md","filePath":"api/core/type-aliases/MatrixInput.md"}');
const _sfc_main = { name: "api/core/type-aliases/MatrixInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-matrixinput" tabindex="-1">Type Alias: MatrixInput <a class="header-anchor" href="#type-alias-matrixinput" aria-label="Permalink to &quot;Type Alias: MatrixInput&quot;">​</a></h1><blockquote><p><strong>MatrixInput</strong> = readonly (readonly <code>number</code>[])[] | { <code>data</code>: <code>ArrayLike</code>&lt;<code>number</code>&gt;; <code>shape</code>: readonly <code>number</code>[]; }</p></blockquote><p>A matrix given as nested arrays or as flat row-major data with a shape.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/MatrixInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MatrixInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MatrixInput as default
};
