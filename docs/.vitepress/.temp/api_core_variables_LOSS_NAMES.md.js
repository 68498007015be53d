import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: LOSS_NAMES","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/LOSS_NAMES.md","filePath":"api/core/variables/LOSS_NAMES.md"}');
const _sfc_main = { name: "api/core/variables/LOSS_NAMES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-loss-names" tabindex="-1">Variable: LOSS_NAMES <a class="header-anchor" href="#variable-loss-names" aria-label="Permalink to &quot;Variable: LOSS\\_NAMES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>LOSS_NAMES</strong>: readonly <a href="./../type-aliases/LossName.html"><code>LossName</code></a>[]</p></blockquote><p>Every loss name, in the order the docs and CLI list them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/LOSS_NAMES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LOSS_NAMES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LOSS_NAMES as default
};
