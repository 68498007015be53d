import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ModelWeights","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/interfaces/ModelWeights.md","filePath":"api/cli/interfaces/ModelWeights.md"}');
const _sfc_main = { name: "api/cli/interfaces/ModelWeights.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-modelweights" tabindex="-1">Interface: ModelWeights <a class="header-anchor" href="#interface-modelweights" aria-label="Permalink to &quot;Interface: ModelWeights&quot;">​</a></h1><p>A model file&#39;s weights and the reader that read them.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="format" tabindex="-1">format <a class="header-anchor" href="#format" aria-label="Permalink to &quot;format&quot;">​</a></h3><blockquote><p><strong>format</strong>: <code>string</code></p></blockquote><p>The reader&#39;s format name.</p><hr><h3 id="weights" tabindex="-1">weights <a class="header-anchor" href="#weights" aria-label="Permalink to &quot;weights&quot;">​</a></h3><blockquote><p><strong>weights</strong>: <a href="./LayerWeight.html"><code>LayerWeight</code></a>[]</p></blockquote><p>Every weight-like tensor: read, or with <code>skipped</code> saying why not.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/ModelWeights.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModelWeights = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModelWeights as default
};
