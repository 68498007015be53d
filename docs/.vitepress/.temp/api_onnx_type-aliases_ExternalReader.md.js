import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ExternalReader","description":"","frontmatter":{"prev":{"text":"@mmareg/onnx","link":"/api/onnx/"},"next":false},"headers":[],"relativePath":"api/onnx/type-aliases/ExternalReader.md","filePath":"api/onnx/type-aliases/ExternalReader.md"}');
const _sfc_main = { name: "api/onnx/type-aliases/ExternalReader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-externalreader" tabindex="-1">Type Alias: ExternalReader <a class="header-anchor" href="#type-alias-externalreader" aria-label="Permalink to &quot;Type Alias: ExternalReader&quot;">​</a></h1><blockquote><p><strong>ExternalReader</strong> = (<code>location</code>) =&gt; <code>Uint8Array</code></p></blockquote><p>How an initializer&#39;s external data file is read: its <code>location</code>, as the model names it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="location" tabindex="-1">location <a class="header-anchor" href="#location" aria-label="Permalink to &quot;location&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx/type-aliases/ExternalReader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExternalReader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExternalReader as default
};
