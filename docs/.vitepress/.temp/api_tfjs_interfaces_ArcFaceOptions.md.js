import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ArcFaceOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/interfaces/ArcFaceOptions.md","filePath":"api/tfjs/interfaces/ArcFaceOptions.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/ArcFaceOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-arcfaceoptions" tabindex="-1">Interface: ArcFaceOptions <a class="header-anchor" href="#interface-arcfaceoptions" aria-label="Permalink to &quot;Interface: ArcFaceOptions&quot;">​</a></h1><p>Options of <a href="./../functions/arcFaceLoss.html">arcFaceLoss</a>.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./ArcFacePlusOptions.html"><code>ArcFacePlusOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="boundary" tabindex="-1">boundary? <a class="header-anchor" href="#boundary" aria-label="Permalink to &quot;boundary?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>boundary?</strong>: <a href="./../type-aliases/ArcFaceBoundary.html"><code>ArcFaceBoundary</code></a></p></blockquote><p>The fallback where <code>theta + m &gt; pi</code> (default <code>linear</code>).</p><hr><h3 id="layout" tabindex="-1">layout? <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>layout?</strong>: <a href="./../type-aliases/ClassWeightsLayout.html"><code>ClassWeightsLayout</code></a></p></blockquote><p>The layout of the class weights (default <code>rows</code>: <code>[classes, d]</code>).</p><hr><h3 id="margin" tabindex="-1">margin? <a class="header-anchor" href="#margin" aria-label="Permalink to &quot;margin?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>margin?</strong>: <code>number</code></p></blockquote><p>The additive angular margin <code>m</code> in radians (default 0.5, as in ArcFace and the paper).</p><hr><h3 id="scale" tabindex="-1">scale? <a class="header-anchor" href="#scale" aria-label="Permalink to &quot;scale?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>scale?</strong>: <code>number</code></p></blockquote><p>The feature scale <code>s</code> the cosines are multiplied by (default 64).</p><hr><h3 id="tf" tabindex="-1">tf? <a class="header-anchor" href="#tf" aria-label="Permalink to &quot;tf?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>tf?</strong>: <code>__module</code></p></blockquote><p>The TensorFlow.js namespace (default: the peer <code>@tensorflow/tfjs</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/ArcFaceOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ArcFaceOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ArcFaceOptions as default
};
