import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BinaryOp","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/BinaryOp.md","filePath":"api/core/type-aliases/BinaryOp.md"}');
const _sfc_main = { name: "api/core/type-aliases/BinaryOp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-binaryop" tabindex="-1">Type Alias: BinaryOp <a class="header-anchor" href="#type-alias-binaryop" aria-label="Permalink to &quot;Type Alias: BinaryOp&quot;">​</a></h1><blockquote><p><strong>BinaryOp</strong> = <code>&quot;add&quot;</code> | <code>&quot;sub&quot;</code> | <code>&quot;mul&quot;</code> | <code>&quot;div&quot;</code> | <code>&quot;pow&quot;</code> | <code>&quot;atan2&quot;</code> | <code>&quot;max&quot;</code> | <code>&quot;min&quot;</code> | <code>&quot;gt&quot;</code> | <code>&quot;ge&quot;</code> | <code>&quot;lt&quot;</code> | <code>&quot;le&quot;</code> | <code>&quot;eq&quot;</code></p></blockquote><p>Named elementwise functions of two arguments. Comparisons (<code>gt</code>, <code>ge</code>, <code>lt</code>, <code>le</code>, <code>eq</code>) return 1 where true and 0 where false, in the backend&#39;s float type. <code>atan2(a, b)</code> is the angle of the point (x = b, y = a), as <code>Math.atan2(a, b)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/BinaryOp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BinaryOp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BinaryOp as default
};
