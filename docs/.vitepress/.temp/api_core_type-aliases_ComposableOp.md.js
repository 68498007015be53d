import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ComposableOp","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/ComposableOp.md","filePath":"api/core/type-aliases/ComposableOp.md"}');
const _sfc_main = { name: "api/core/type-aliases/ComposableOp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-composableop" tabindex="-1">Type Alias: ComposableOp <a class="header-anchor" href="#type-alias-composableop" aria-label="Permalink to &quot;Type Alias: ComposableOp&quot;">​</a></h1><blockquote><p><strong>ComposableOp</strong> = <code>&quot;normalizeRows&quot;</code> | <code>&quot;normalizeRowsGrad&quot;</code> | <code>&quot;rowDot&quot;</code> | <code>&quot;selfMask&quot;</code> | <code>&quot;addDiagonal&quot;</code></p></blockquote><p>The optional operations that are not hot paths but plain conveniences: a backend may implement them (usually one kernel instead of several), and core composes them from the required primitives when it does not.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/ComposableOp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ComposableOp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ComposableOp as default
};
