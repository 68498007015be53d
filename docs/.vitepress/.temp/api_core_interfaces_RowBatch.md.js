import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RowBatch","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/RowBatch.md","filePath":"api/core/interfaces/RowBatch.md"}');
const _sfc_main = { name: "api/core/interfaces/RowBatch.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-rowbatch" tabindex="-1">Interface: RowBatch <a class="header-anchor" href="#interface-rowbatch" aria-label="Permalink to &quot;Interface: RowBatch&quot;">​</a></h1><p>Seeded random subset of rows used by the mini-batch MHE variant.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="fraction" tabindex="-1">fraction? <a class="header-anchor" href="#fraction" aria-label="Permalink to &quot;fraction?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>fraction?</strong>: <code>number</code></p></blockquote><p>Fraction of the rows per call, for example <code>0.3</code> as in the paper&#39;s Table 3.</p><hr><h3 id="seed" tabindex="-1">seed? <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>seed?</strong>: <code>number</code></p></blockquote><p>Seed of the row sampler; the same seed picks the same rows. Default 0.</p><hr><h3 id="size" tabindex="-1">size? <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>size?</strong>: <code>number</code></p></blockquote><p>Number of rows per call (at least 2).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/RowBatch.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RowBatch = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RowBatch as default
};
