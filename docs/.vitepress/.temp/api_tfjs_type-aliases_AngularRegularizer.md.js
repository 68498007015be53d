import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AngularRegularizer","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/AngularRegularizer.md","filePath":"api/tfjs/type-aliases/AngularRegularizer.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/AngularRegularizer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-angularregularizer" tabindex="-1">Type Alias: AngularRegularizer <a class="header-anchor" href="#type-alias-angularregularizer" aria-label="Permalink to &quot;Type Alias: AngularRegularizer&quot;">​</a></h1><blockquote><p><strong>AngularRegularizer</strong> = <a href="./TfRegularizer.html"><code>TfRegularizer</code></a> &amp; <code>object</code></p></blockquote><p>An angular regularizer instance: a tf.layers <code>Regularizer</code> with its resolved options.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>options</strong>: <code>Readonly</code>&lt;<a href="./../interfaces/ResolvedRegularizerOptions.html"><code>ResolvedRegularizerOptions</code></a>&gt;</p></blockquote><p>The options after defaults (what is serialized).</p><h3 id="dispose" tabindex="-1">dispose() <a class="header-anchor" href="#dispose" aria-label="Permalink to &quot;dispose()&quot;">​</a></h3><blockquote><p><strong>dispose</strong>(): <code>void</code></p></blockquote><p>Free the cached nearest-neighbour pairs of <code>refreshEvery &gt; 1</code> (one int32 tensor per weight; the next step searches again). Call it when the model is disposed; it is a no-op with <code>refreshEvery: 1</code>, which caches nothing.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/AngularRegularizer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AngularRegularizer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AngularRegularizer as default
};
