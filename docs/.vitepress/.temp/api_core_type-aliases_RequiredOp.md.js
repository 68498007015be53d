import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RequiredOp","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/RequiredOp.md","filePath":"api/core/type-aliases/RequiredOp.md"}');
const _sfc_main = { name: "api/core/type-aliases/RequiredOp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-requiredop" tabindex="-1">Type Alias: RequiredOp <a class="header-anchor" href="#type-alias-requiredop" aria-label="Permalink to &quot;Type Alias: RequiredOp&quot;">​</a></h1><blockquote><p><strong>RequiredOp</strong> = <code>&quot;gram&quot;</code> | <code>&quot;matmul&quot;</code> | <code>&quot;sqDist&quot;</code> | <code>&quot;rowMax&quot;</code> | <code>&quot;gatherRows&quot;</code> | <code>&quot;scatterAddRows&quot;</code> | <code>&quot;unary&quot;</code> | <code>&quot;binary&quot;</code> | <code>&quot;rowSum&quot;</code> | <code>&quot;sum&quot;</code> | <code>&quot;fillDiagonal&quot;</code></p></blockquote><p>The compute operations every backend must have (the rest are <a href="./OptionalOp.html">OptionalOp</a>s).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/RequiredOp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequiredOp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequiredOp as default
};
