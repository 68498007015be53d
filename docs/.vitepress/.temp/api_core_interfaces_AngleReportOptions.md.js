import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AngleReportOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/AngleReportOptions.md","filePath":"api/core/interfaces/AngleReportOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/AngleReportOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-anglereportoptions" tabindex="-1">Interface: AngleReportOptions <a class="header-anchor" href="#interface-anglereportoptions" aria-label="Permalink to &quot;Interface: AngleReportOptions&quot;">​</a></h1><p>Options of the angle reports.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="absolute" tabindex="-1">absolute? <a class="header-anchor" href="#absolute" aria-label="Permalink to &quot;absolute?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>absolute?</strong>: <code>boolean</code></p></blockquote><p>Count <code>|cos| &gt; threshold</code> (default <code>true</code>) or <code>cos &gt; threshold</code>.</p><hr><h3 id="layer" tabindex="-1">layer? <a class="header-anchor" href="#layer" aria-label="Permalink to &quot;layer?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>layer?</strong>: <code>string</code></p></blockquote><p>A name for the weight, used in error messages.</p><hr><h3 id="layout" tabindex="-1">layout? <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>layout?</strong>: <a href="./../type-aliases/Layout.html"><code>Layout</code></a></p></blockquote><p>How the input maps to rows (default <code>rows</code>).</p><hr><h3 id="threshold" tabindex="-1">threshold? <a class="header-anchor" href="#threshold" aria-label="Permalink to &quot;threshold?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>threshold?</strong>: <code>number</code></p></blockquote><p>Cosine threshold of the pair count (default 0.2, the paper&#39;s Fig. 1).</p><hr><h3 id="zerorows" tabindex="-1">zeroRows? <a class="header-anchor" href="#zerorows" aria-label="Permalink to &quot;zeroRows?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>zeroRows?</strong>: <code>&quot;error&quot;</code> | <code>&quot;skip&quot;</code></p></blockquote><p>All-zero (&quot;dead&quot;) rows: <code>error</code> (default) throws <code>ZERO_ROW</code>; <code>skip</code> leaves them out, lists them in <code>deadRows</code> and reports every statistic over the live rows (their <code>nearestDeg</code> is <code>NaN</code> and <code>nearestIndex</code> is <code>-1</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/AngleReportOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AngleReportOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AngleReportOptions as default
};
