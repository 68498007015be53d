import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReadOnnxWeightsOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/onnx","link":"/api/onnx/"},"next":false},"headers":[],"relativePath":"api/onnx/interfaces/ReadOnnxWeightsOptions.md","filePath":"api/onnx/interfaces/ReadOnnxWeightsOptions.md"}');
const _sfc_main = { name: "api/onnx/interfaces/ReadOnnxWeightsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-readonnxweightsoptions" tabindex="-1">Interface: ReadOnnxWeightsOptions <a class="header-anchor" href="#interface-readonnxweightsoptions" aria-label="Permalink to &quot;Interface: ReadOnnxWeightsOptions&quot;">​</a></h1><p>Options of <a href="./../functions/readOnnxWeights.html">readOnnxWeights</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="readexternal" tabindex="-1">readExternal? <a class="header-anchor" href="#readexternal" aria-label="Permalink to &quot;readExternal?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>readExternal?</strong>: <a href="./../type-aliases/ExternalReader.html"><code>ExternalReader</code></a></p></blockquote><p>Reads an external-data file by the <code>location</code> an initializer gives (relative to the model).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx/interfaces/ReadOnnxWeightsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReadOnnxWeightsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReadOnnxWeightsOptions as default
};
