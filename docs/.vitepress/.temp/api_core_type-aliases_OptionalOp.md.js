import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OptionalOp","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/OptionalOp.md","filePath":"api/core/type-aliases/OptionalOp.md"}');
const _sfc_main = { name: "api/core/type-aliases/OptionalOp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-optionalop" tabindex="-1">Type Alias: OptionalOp <a class="header-anchor" href="#type-alias-optionalop" aria-label="Permalink to &quot;Type Alias: OptionalOp&quot;">​</a></h1><blockquote><p><strong>OptionalOp</strong> = <a href="./FusedOp.html"><code>FusedOp</code></a> | <a href="./ComposableOp.html"><code>ComposableOp</code></a></p></blockquote><p>Every optional operation of the contract: fused hot paths and composable conveniences.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/OptionalOp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OptionalOp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OptionalOp as default
};
