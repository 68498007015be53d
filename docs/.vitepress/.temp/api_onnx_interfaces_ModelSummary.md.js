import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ModelSummary","description":"","frontmatter":{"prev":{"text":"@mmareg/onnx","link":"/api/onnx/"},"next":false},"headers":[],"relativePath":"api/onnx/interfaces/ModelSummary.md","filePath":"api/onnx/interfaces/ModelSummary.md"}');
const _sfc_main = { name: "api/onnx/interfaces/ModelSummary.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-modelsummary" tabindex="-1">Interface: ModelSummary <a class="header-anchor" href="#interface-modelsummary" aria-label="Permalink to &quot;Interface: ModelSummary&quot;">​</a></h1><p>What <a href="./../functions/summarizeModel.html">summarizeModel</a> reports about an <code>.onnx</code> file.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="docstring" tabindex="-1">docString <a class="header-anchor" href="#docstring" aria-label="Permalink to &quot;docString&quot;">​</a></h3><blockquote><p><strong>docString</strong>: <code>string</code></p></blockquote><hr><h3 id="inputs" tabindex="-1">inputs <a class="header-anchor" href="#inputs" aria-label="Permalink to &quot;inputs&quot;">​</a></h3><blockquote><p><strong>inputs</strong>: <a href="./ValueSummary.html"><code>ValueSummary</code></a>[]</p></blockquote><hr><h3 id="metadata" tabindex="-1">metadata <a class="header-anchor" href="#metadata" aria-label="Permalink to &quot;metadata&quot;">​</a></h3><blockquote><p><strong>metadata</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><hr><h3 id="nodecount" tabindex="-1">nodeCount <a class="header-anchor" href="#nodecount" aria-label="Permalink to &quot;nodeCount&quot;">​</a></h3><blockquote><p><strong>nodeCount</strong>: <code>number</code></p></blockquote><hr><h3 id="opset" tabindex="-1">opset <a class="header-anchor" href="#opset" aria-label="Permalink to &quot;opset&quot;">​</a></h3><blockquote><p><strong>opset</strong>: <code>number</code></p></blockquote><p>Opset version of the default domain.</p><hr><h3 id="outputs" tabindex="-1">outputs <a class="header-anchor" href="#outputs" aria-label="Permalink to &quot;outputs&quot;">​</a></h3><blockquote><p><strong>outputs</strong>: <a href="./ValueSummary.html"><code>ValueSummary</code></a>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx/interfaces/ModelSummary.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModelSummary = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModelSummary as default
};
