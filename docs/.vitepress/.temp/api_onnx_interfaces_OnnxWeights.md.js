import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OnnxWeights","description":"","frontmatter":{"prev":{"text":"@mmareg/onnx","link":"/api/onnx/"},"next":false},"headers":[],"relativePath":"api/onnx/interfaces/OnnxWeights.md","filePath":"api/onnx/interfaces/OnnxWeights.md"}');
const _sfc_main = { name: "api/onnx/interfaces/OnnxWeights.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-onnxweights" tabindex="-1">Interface: OnnxWeights <a class="header-anchor" href="#interface-onnxweights" aria-label="Permalink to &quot;Interface: OnnxWeights&quot;">​</a></h1><p>What <a href="./../functions/readOnnxWeights.html">readOnnxWeights</a> found.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="nodecount" tabindex="-1">nodeCount <a class="header-anchor" href="#nodecount" aria-label="Permalink to &quot;nodeCount&quot;">​</a></h3><blockquote><p><strong>nodeCount</strong>: <code>number</code></p></blockquote><p>How many nodes the main graph has, and their op types (for messages).</p><hr><h3 id="optypes" tabindex="-1">opTypes <a class="header-anchor" href="#optypes" aria-label="Permalink to &quot;opTypes&quot;">​</a></h3><blockquote><p><strong>opTypes</strong>: <code>string</code>[]</p></blockquote><hr><h3 id="skipped" tabindex="-1">skipped <a class="header-anchor" href="#skipped" aria-label="Permalink to &quot;skipped&quot;">​</a></h3><blockquote><p><strong>skipped</strong>: <code>object</code>[]</p></blockquote><p>Weights that were left out, with the reason (ConvTranspose, integer data, batched MatMul).</p><h4 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h4><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><h4 id="reason" tabindex="-1">reason <a class="header-anchor" href="#reason" aria-label="Permalink to &quot;reason&quot;">​</a></h4><blockquote><p><strong>reason</strong>: <code>string</code></p></blockquote><hr><h3 id="weights" tabindex="-1">weights <a class="header-anchor" href="#weights" aria-label="Permalink to &quot;weights&quot;">​</a></h3><blockquote><p><strong>weights</strong>: <a href="./OnnxWeight.html"><code>OnnxWeight</code></a>[]</p></blockquote><p>The weight matrices, in graph order, each initializer once.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx/interfaces/OnnxWeights.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OnnxWeights = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OnnxWeights as default
};
