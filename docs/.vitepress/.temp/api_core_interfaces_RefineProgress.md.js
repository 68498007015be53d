import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RefineProgress","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/RefineProgress.md","filePath":"api/core/interfaces/RefineProgress.md"}');
const _sfc_main = { name: "api/core/interfaces/RefineProgress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-refineprogress" tabindex="-1">Interface: RefineProgress <a class="header-anchor" href="#interface-refineprogress" aria-label="Permalink to &quot;Interface: RefineProgress&quot;">​</a></h1><p>Progress of <a href="./../functions/refineTammes.html">refineTammes</a>, reported after every run.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bestdeg" tabindex="-1">bestDeg <a class="header-anchor" href="#bestdeg" aria-label="Permalink to &quot;bestDeg&quot;">​</a></h3><blockquote><p><strong>bestDeg</strong>: <code>number</code></p></blockquote><p>The best minimal angle so far, in degrees.</p><hr><h3 id="lastdeg" tabindex="-1">lastDeg <a class="header-anchor" href="#lastdeg" aria-label="Permalink to &quot;lastDeg&quot;">​</a></h3><blockquote><p><strong>lastDeg</strong>: <code>number</code></p></blockquote><p>The minimal angle of the run that just finished, in degrees.</p><hr><h3 id="step" tabindex="-1">step <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step&quot;">​</a></h3><blockquote><p><strong>step</strong>: <code>number</code></p></blockquote><p>Runs finished (the first run refines the given points, the others are restarts).</p><hr><h3 id="total" tabindex="-1">total <a class="header-anchor" href="#total" aria-label="Permalink to &quot;total&quot;">​</a></h3><blockquote><p><strong>total</strong>: <code>number</code></p></blockquote><p>The most runs this call may make (<code>restarts + 1</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/RefineProgress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RefineProgress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RefineProgress as default
};
