import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InspectReport","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/interfaces/InspectReport.md","filePath":"api/cli/interfaces/InspectReport.md"}');
const _sfc_main = { name: "api/cli/interfaces/InspectReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-inspectreport" tabindex="-1">Interface: InspectReport <a class="header-anchor" href="#interface-inspectreport" aria-label="Permalink to &quot;Interface: InspectReport&quot;">​</a></h1><p>What <a href="./../functions/inspectModel.html">inspectModel</a> found.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><blockquote><p><strong>file</strong>: <code>string</code></p></blockquote><hr><h3 id="format" tabindex="-1">format <a class="header-anchor" href="#format" aria-label="Permalink to &quot;format&quot;">​</a></h3><blockquote><p><strong>format</strong>: <code>string</code></p></blockquote><hr><h3 id="layers" tabindex="-1">layers <a class="header-anchor" href="#layers" aria-label="Permalink to &quot;layers&quot;">​</a></h3><blockquote><p><strong>layers</strong>: <a href="./InspectRow.html"><code>InspectRow</code></a>[]</p></blockquote><hr><h3 id="neardeg" tabindex="-1">nearDeg <a class="header-anchor" href="#neardeg" aria-label="Permalink to &quot;nearDeg&quot;">​</a></h3><blockquote><p><strong>nearDeg</strong>: <code>number</code></p></blockquote><hr><h3 id="pictures" tabindex="-1">pictures? <a class="header-anchor" href="#pictures" aria-label="Permalink to &quot;pictures?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>pictures?</strong>: (<a href="./LayerPictures.html"><code>LayerPictures</code></a> | <code>null</code>)[]</p></blockquote><p>Per read layer (same order as <code>layers</code>, <code>null</code> for skipped), when pictures were asked for.</p><hr><h3 id="skipped" tabindex="-1">skipped <a class="header-anchor" href="#skipped" aria-label="Permalink to &quot;skipped&quot;">​</a></h3><blockquote><p><strong>skipped</strong>: <code>number</code></p></blockquote><p>Rows that were skipped or could not be measured.</p><hr><h3 id="threshold" tabindex="-1">threshold <a class="header-anchor" href="#threshold" aria-label="Permalink to &quot;threshold&quot;">​</a></h3><blockquote><p><strong>threshold</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/InspectReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InspectReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InspectReport as default
};
