import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LayerPictures","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/interfaces/LayerPictures.md","filePath":"api/cli/interfaces/LayerPictures.md"}');
const _sfc_main = { name: "api/cli/interfaces/LayerPictures.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-layerpictures" tabindex="-1">Interface: LayerPictures <a class="header-anchor" href="#interface-layerpictures" aria-label="Permalink to &quot;Interface: LayerPictures&quot;">​</a></h1><p>Per-layer pictures of the HTML report.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="heatmap" tabindex="-1">heatmap <a class="header-anchor" href="#heatmap" aria-label="Permalink to &quot;heatmap&quot;">​</a></h3><blockquote><p><strong>heatmap</strong>: <code>Float64Array</code></p></blockquote><hr><h3 id="heatmapsize" tabindex="-1">heatmapSize <a class="header-anchor" href="#heatmapsize" aria-label="Permalink to &quot;heatmapSize&quot;">​</a></h3><blockquote><p><strong>heatmapSize</strong>: <code>number</code></p></blockquote><p>Cosines of the first <code>size</code> rows, row-major <code>size x size</code> (NaN for dead rows).</p><hr><h3 id="histogram" tabindex="-1">histogram <a class="header-anchor" href="#histogram" aria-label="Permalink to &quot;histogram&quot;">​</a></h3><blockquote><p><strong>histogram</strong>: <code>number</code>[]</p></blockquote><p>Cosine histogram of all compared pairs over [-1, 1].</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/LayerPictures.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LayerPictures = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LayerPictures as default
};
