import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatInspectTable()","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/functions/formatInspectTable.md","filePath":"api/cli/functions/formatInspectTable.md"}');
const _sfc_main = { name: "api/cli/functions/formatInspectTable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-formatinspecttable" tabindex="-1">Function: formatInspectTable() <a class="header-anchor" href="#function-formatinspecttable" aria-label="Permalink to &quot;Function: formatInspectTable()&quot;">​</a></h1><blockquote><p><strong>formatInspectTable</strong>(<code>rows</code>, <code>threshold</code>, <code>nearDeg?</code>): <code>string</code></p></blockquote><p>The plain-text table of an inspect report, with the notes on dead rows, near pairs and skipped weights under it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><p>readonly <a href="./../interfaces/InspectRow.html"><code>InspectRow</code></a>[]</p><h3 id="threshold" tabindex="-1">threshold <a class="header-anchor" href="#threshold" aria-label="Permalink to &quot;threshold&quot;">​</a></h3><p><code>number</code></p><h3 id="neardeg" tabindex="-1">nearDeg? <a class="header-anchor" href="#neardeg" aria-label="Permalink to &quot;nearDeg?&quot;">​</a></h3><p><code>number</code> = <code>0.01</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/formatInspectTable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatInspectTable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatInspectTable as default
};
