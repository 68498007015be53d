import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: BEST_KNOWN_SOURCES","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/BEST_KNOWN_SOURCES.md","filePath":"api/core/variables/BEST_KNOWN_SOURCES.md"}');
const _sfc_main = { name: "api/core/variables/BEST_KNOWN_SOURCES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-best-known-sources" tabindex="-1">Variable: BEST_KNOWN_SOURCES <a class="header-anchor" href="#variable-best-known-sources" aria-label="Permalink to &quot;Variable: BEST\\_KNOWN\\_SOURCES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>BEST_KNOWN_SOURCES</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>number</code>, <code>string</code>&gt;&gt;</p></blockquote><p>Where each dimension&#39;s values come from (verbatim from the data file).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/BEST_KNOWN_SOURCES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BEST_KNOWN_SOURCES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BEST_KNOWN_SOURCES as default
};
