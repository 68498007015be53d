import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InspectOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/interfaces/InspectOptions.md","filePath":"api/cli/interfaces/InspectOptions.md"}');
const _sfc_main = { name: "api/cli/interfaces/InspectOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-inspectoptions" tabindex="-1">Interface: InspectOptions <a class="header-anchor" href="#interface-inspectoptions" aria-label="Permalink to &quot;Interface: InspectOptions&quot;">​</a></h1><p>Options of <a href="./../functions/inspectWeights.html">inspectWeights</a> and <a href="./../functions/inspectModel.html">inspectModel</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="layout" tabindex="-1">layout? <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>layout?</strong>: <a href="./../../core/type-aliases/Layout.html"><code>Layout</code></a></p></blockquote><p>Override every weight&#39;s layout (for <code>.npy</code> / <code>.npz</code> / safetensors data in another convention).</p><hr><h3 id="neardeg" tabindex="-1">nearDeg? <a class="header-anchor" href="#neardeg" aria-label="Permalink to &quot;nearDeg?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>nearDeg?</strong>: <code>number</code></p></blockquote><p>Near-duplicate threshold in degrees (default 0.01).</p><hr><h3 id="pictures" tabindex="-1">pictures? <a class="header-anchor" href="#pictures" aria-label="Permalink to &quot;pictures?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>pictures?</strong>: <code>object</code></p></blockquote><p>Keep per-layer pictures for the HTML report: histogram bins and heatmap rows (default none).</p><h4 id="bins" tabindex="-1">bins <a class="header-anchor" href="#bins" aria-label="Permalink to &quot;bins&quot;">​</a></h4><blockquote><p><strong>bins</strong>: <code>number</code></p></blockquote><h4 id="heatmaprows" tabindex="-1">heatmapRows <a class="header-anchor" href="#heatmaprows" aria-label="Permalink to &quot;heatmapRows&quot;">​</a></h4><blockquote><p><strong>heatmapRows</strong>: <code>number</code></p></blockquote><hr><h3 id="threshold" tabindex="-1">threshold? <a class="header-anchor" href="#threshold" aria-label="Permalink to &quot;threshold?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>threshold?</strong>: <code>number</code></p></blockquote><p>Cosine threshold of the pair count (default 0.2).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/InspectOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InspectOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InspectOptions as default
};
