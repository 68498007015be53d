import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BaseLossOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/BaseLossOptions.md","filePath":"api/core/interfaces/BaseLossOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/BaseLossOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-baselossoptions" tabindex="-1">Interface: BaseLossOptions <a class="header-anchor" href="#interface-baselossoptions" aria-label="Permalink to &quot;Interface: BaseLossOptions&quot;">​</a></h1><p>Options shared by every loss.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./MheOptions.html"><code>MheOptions</code></a></li><li><a href="./PairLossOptions.html"><code>PairLossOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="fused" tabindex="-1">fused? <a class="header-anchor" href="#fused" aria-label="Permalink to &quot;fused?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>fused?</strong>: <code>boolean</code></p></blockquote><p>Use the backend&#39;s fused operations when it has them (default <code>true</code>).</p><hr><h3 id="mode" tabindex="-1">mode? <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>mode?</strong>: <a href="./../type-aliases/NumericMode.html"><code>NumericMode</code></a></p></blockquote><p>Numeric mode, default <code>exact</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/BaseLossOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BaseLossOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BaseLossOptions as default
};
