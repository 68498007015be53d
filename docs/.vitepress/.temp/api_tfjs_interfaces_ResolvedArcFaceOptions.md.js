import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResolvedArcFaceOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/interfaces/ResolvedArcFaceOptions.md","filePath":"api/tfjs/interfaces/ResolvedArcFaceOptions.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/ResolvedArcFaceOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-resolvedarcfaceoptions" tabindex="-1">Interface: ResolvedArcFaceOptions <a class="header-anchor" href="#interface-resolvedarcfaceoptions" aria-label="Permalink to &quot;Interface: ResolvedArcFaceOptions&quot;">​</a></h1><p>ArcFace options after defaults and checks.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="boundary" tabindex="-1">boundary <a class="header-anchor" href="#boundary" aria-label="Permalink to &quot;boundary&quot;">​</a></h3><blockquote><p><strong>boundary</strong>: <a href="./../type-aliases/ArcFaceBoundary.html"><code>ArcFaceBoundary</code></a></p></blockquote><hr><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><blockquote><p><strong>layout</strong>: <a href="./../type-aliases/ClassWeightsLayout.html"><code>ClassWeightsLayout</code></a></p></blockquote><hr><h3 id="margin" tabindex="-1">margin <a class="header-anchor" href="#margin" aria-label="Permalink to &quot;margin&quot;">​</a></h3><blockquote><p><strong>margin</strong>: <code>number</code></p></blockquote><hr><h3 id="scale" tabindex="-1">scale <a class="header-anchor" href="#scale" aria-label="Permalink to &quot;scale&quot;">​</a></h3><blockquote><p><strong>scale</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/ResolvedArcFaceOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolvedArcFaceOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolvedArcFaceOptions as default
};
