import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PaperTable1Row","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/PaperTable1Row.md","filePath":"api/core/interfaces/PaperTable1Row.md"}');
const _sfc_main = { name: "api/core/interfaces/PaperTable1Row.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-papertable1row" tabindex="-1">Interface: PaperTable1Row <a class="header-anchor" href="#interface-papertable1row" aria-label="Permalink to &quot;Interface: PaperTable1Row&quot;">​</a></h1><p>One row of the paper&#39;s Table 1.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="d" tabindex="-1">d <a class="header-anchor" href="#d" aria-label="Permalink to &quot;d&quot;">​</a></h3><blockquote><p><strong>d</strong>: <code>number</code></p></blockquote><p>Dimension.</p><hr><h3 id="n" tabindex="-1">n <a class="header-anchor" href="#n" aria-label="Permalink to &quot;n&quot;">​</a></h3><blockquote><p><strong>n</strong>: <code>number</code></p></blockquote><p>Number of points.</p><hr><h3 id="optimal" tabindex="-1">optimal <a class="header-anchor" href="#optimal" aria-label="Permalink to &quot;optimal&quot;">​</a></h3><blockquote><p><strong>optimal</strong>: <code>number</code></p></blockquote><p>The paper&#39;s &quot;optimal&quot; column (one decimal).</p><hr><h3 id="paper" tabindex="-1">paper <a class="header-anchor" href="#paper" aria-label="Permalink to &quot;paper&quot;">​</a></h3><blockquote><p><strong>paper</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<a href="./../type-aliases/PaperTable1Column.html"><code>PaperTable1Column</code></a>, <code>number</code>&gt;&gt;</p></blockquote><p>The paper&#39;s columns: <code>mma</code> (eq. 6), <code>cosine</code> (eq. 5), <code>rf</code> (Riesz-Fisher, eq. 9 with s = 2, our <code>mhe</code> loss with <code>s: 2</code>), <code>log</code> (eq. 11, our <code>mhe</code> loss with <code>s: 0</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PaperTable1Row.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PaperTable1Row = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PaperTable1Row as default
};
