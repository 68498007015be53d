import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ArcFaceBoundary","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/ArcFaceBoundary.md","filePath":"api/tfjs/type-aliases/ArcFaceBoundary.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/ArcFaceBoundary.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-arcfaceboundary" tabindex="-1">Type Alias: ArcFaceBoundary <a class="header-anchor" href="#type-alias-arcfaceboundary" aria-label="Permalink to &quot;Type Alias: ArcFaceBoundary&quot;">​</a></h1><blockquote><p><strong>ArcFaceBoundary</strong> = <code>&quot;linear&quot;</code> | <code>&quot;easy&quot;</code></p></blockquote><p>What the target logit becomes where <code>theta + m</code> passes <code>pi</code> (there <code>cos(theta + m)</code> would start to grow again with <code>theta</code>, rewarding a feature for moving away from its class):</p><ul><li><code>linear</code> (default, InsightFace&#39;s <code>ArcMarginProduct</code>): for <code>theta &gt; pi - m</code> the target cosine is <code>cos(theta) - m sin(m)</code>, which keeps decreasing with <code>theta</code> (a jump of <code>cos(m) + m sin(m) - 1</code>, about -0.12 at <code>m = 0.5</code>, at <code>theta = pi - m</code>);</li><li><code>easy</code> (the &quot;easy margin&quot;): the margin is applied only where <code>cos(theta) &gt; 0</code> (<code>theta &lt; pi / 2</code>), plain <code>cos(theta)</code> elsewhere.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/ArcFaceBoundary.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ArcFaceBoundary = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ArcFaceBoundary as default
};
