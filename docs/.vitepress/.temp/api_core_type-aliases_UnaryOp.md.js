import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: UnaryOp","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/UnaryOp.md","filePath":"api/core/type-aliases/UnaryOp.md"}');
const _sfc_main = { name: "api/core/type-aliases/UnaryOp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-unaryop" tabindex="-1">Type Alias: UnaryOp <a class="header-anchor" href="#type-alias-unaryop" aria-label="Permalink to &quot;Type Alias: UnaryOp&quot;">​</a></h1><blockquote><p><strong>UnaryOp</strong> = <code>&quot;neg&quot;</code> | <code>&quot;abs&quot;</code> | <code>&quot;sqrt&quot;</code> | <code>&quot;square&quot;</code> | <code>&quot;reciprocal&quot;</code> | <code>&quot;acos&quot;</code> | <code>&quot;log&quot;</code> | <code>&quot;exp&quot;</code></p></blockquote><p>Named elementwise functions of one argument.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/UnaryOp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UnaryOp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UnaryOp as default
};
