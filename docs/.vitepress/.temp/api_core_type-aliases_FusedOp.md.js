import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FusedOp","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/FusedOp.md","filePath":"api/core/type-aliases/FusedOp.md"}');
const _sfc_main = { name: "api/core/type-aliases/FusedOp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-fusedop" tabindex="-1">Type Alias: FusedOp <a class="header-anchor" href="#type-alias-fusedop" aria-label="Permalink to &quot;Type Alias: FusedOp&quot;">​</a></h1><blockquote><p><strong>FusedOp</strong> = <code>&quot;nearestNeighbors&quot;</code> | <code>&quot;pairAngles&quot;</code> | <code>&quot;pairEnergy&quot;</code> | <code>&quot;angleStats&quot;</code></p></blockquote><p>The names of the optional fused operations, for <code>fused: false</code> style switches.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/FusedOp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FusedOp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FusedOp as default
};
