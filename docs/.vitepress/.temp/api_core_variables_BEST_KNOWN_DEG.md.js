import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: BEST_KNOWN_DEG","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/BEST_KNOWN_DEG.md","filePath":"api/core/variables/BEST_KNOWN_DEG.md"}');
const _sfc_main = { name: "api/core/variables/BEST_KNOWN_DEG.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-best-known-deg" tabindex="-1">Variable: BEST_KNOWN_DEG <a class="header-anchor" href="#variable-best-known-deg" aria-label="Permalink to &quot;Variable: BEST\\_KNOWN\\_DEG&quot;">​</a></h1><blockquote><p><code>const</code> <strong>BEST_KNOWN_DEG</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>number</code>, <code>Readonly</code>&lt;<code>Record</code>&lt;<code>number</code>, <code>number</code>&gt;&gt;&gt;&gt;</p></blockquote><p>Best-known minimal angles in degrees: <code>BEST_KNOWN_DEG[d][n]</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/BEST_KNOWN_DEG.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BEST_KNOWN_DEG = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BEST_KNOWN_DEG as default
};
