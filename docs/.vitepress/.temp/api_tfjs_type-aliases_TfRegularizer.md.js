import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TfRegularizer","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/TfRegularizer.md","filePath":"api/tfjs/type-aliases/TfRegularizer.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/TfRegularizer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-tfregularizer" tabindex="-1">Type Alias: TfRegularizer <a class="header-anchor" href="#type-alias-tfregularizer" aria-label="Permalink to &quot;Type Alias: TfRegularizer&quot;">​</a></h1><blockquote><p><strong>TfRegularizer</strong> = <code>Exclude</code>&lt;<code>NonNullable</code>&lt;<code>Parameters</code>&lt;<a href="./TfNamespace.html"><code>TfNamespace</code></a>[<code>&quot;layers&quot;</code>][<code>&quot;dense&quot;</code>]&gt;[<code>0</code>][<code>&quot;kernelRegularizer&quot;</code>]&gt;, <code>string</code>&gt;</p></blockquote><p>The tf.layers <code>Regularizer</code> type (what <code>kernelRegularizer</code> accepts), derived from tfjs&#39;s own typings.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/TfRegularizer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TfRegularizer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TfRegularizer as default
};
