import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Histogram","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/Histogram.md","filePath":"api/core/interfaces/Histogram.md"}');
const _sfc_main = { name: "api/core/interfaces/Histogram.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-histogram" tabindex="-1">Interface: Histogram <a class="header-anchor" href="#interface-histogram" aria-label="Permalink to &quot;Interface: Histogram&quot;">​</a></h1><p>A histogram: <code>counts[i]</code> values fell in <code>[edges[i], edges[i + 1])</code> (the last bin is closed).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="counts" tabindex="-1">counts <a class="header-anchor" href="#counts" aria-label="Permalink to &quot;counts&quot;">​</a></h3><blockquote><p><strong>counts</strong>: <code>Int32Array</code></p></blockquote><hr><h3 id="edges" tabindex="-1">edges <a class="header-anchor" href="#edges" aria-label="Permalink to &quot;edges&quot;">​</a></h3><blockquote><p><strong>edges</strong>: <code>Float64Array</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/Histogram.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Histogram = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Histogram as default
};
