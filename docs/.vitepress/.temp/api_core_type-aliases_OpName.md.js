import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OpName","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/OpName.md","filePath":"api/core/type-aliases/OpName.md"}');
const _sfc_main = { name: "api/core/type-aliases/OpName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-opname" tabindex="-1">Type Alias: OpName <a class="header-anchor" href="#type-alias-opname" aria-label="Permalink to &quot;Type Alias: OpName&quot;">​</a></h1><blockquote><p><strong>OpName</strong> = <a href="./RequiredOp.html"><code>RequiredOp</code></a> | <a href="./OptionalOp.html"><code>OptionalOp</code></a></p></blockquote><p>Every compute operation of the contract.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/OpName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OpName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OpName as default
};
