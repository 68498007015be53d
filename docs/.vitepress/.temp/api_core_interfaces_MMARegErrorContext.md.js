import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MMARegErrorContext","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/MMARegErrorContext.md","filePath":"api/core/interfaces/MMARegErrorContext.md"}');
const _sfc_main = { name: "api/core/interfaces/MMARegErrorContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-mmaregerrorcontext" tabindex="-1">Interface: MMARegErrorContext <a class="header-anchor" href="#interface-mmaregerrorcontext" aria-label="Permalink to &quot;Interface: MMARegErrorContext&quot;">​</a></h1><p>Where an error happened; every field is optional and printed when present.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="backend" tabindex="-1">backend? <a class="header-anchor" href="#backend" aria-label="Permalink to &quot;backend?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>backend?</strong>: <code>string</code></p></blockquote><p>Backend name, for example <code>cpu</code> or <code>tfjs-wasm</code>.</p><hr><h3 id="column" tabindex="-1">column? <a class="header-anchor" href="#column" aria-label="Permalink to &quot;column?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>column?</strong>: <code>number</code></p></blockquote><p>Column index (0-based) in the <code>[n, d]</code> row matrix.</p><hr><h3 id="layer" tabindex="-1">layer? <a class="header-anchor" href="#layer" aria-label="Permalink to &quot;layer?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>layer?</strong>: <code>string</code></p></blockquote><p>Layer or file name the matrix came from.</p><hr><h3 id="loss" tabindex="-1">loss? <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>loss?</strong>: <code>string</code></p></blockquote><p>Loss name, for example <code>mma</code>.</p><hr><h3 id="offset" tabindex="-1">offset? <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>offset?</strong>: <code>number</code></p></blockquote><p>Byte offset in a file, for parse errors.</p><hr><h3 id="otherrow" tabindex="-1">otherRow? <a class="header-anchor" href="#otherrow" aria-label="Permalink to &quot;otherRow?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>otherRow?</strong>: <code>number</code></p></blockquote><p>Second row index, for pair errors.</p><hr><h3 id="row" tabindex="-1">row? <a class="header-anchor" href="#row" aria-label="Permalink to &quot;row?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>row?</strong>: <code>number</code></p></blockquote><p>Row index (0-based) in the <code>[n, d]</code> row matrix.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/MMARegErrorContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MMARegErrorContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MMARegErrorContext as default
};
