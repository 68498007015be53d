import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PairLossOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/PairLossOptions.md","filePath":"api/core/interfaces/PairLossOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/PairLossOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-pairlossoptions" tabindex="-1">Interface: PairLossOptions <a class="header-anchor" href="#interface-pairlossoptions" aria-label="Permalink to &quot;Interface: PairLossOptions&quot;">​</a></h1><p>Options of <a href="./../functions/lossForPairs.html">lossForPairs</a> and <a href="./../functions/lossWithPairs.html">lossWithPairs</a>: a pair loss, its mode, the fused switch.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./BaseLossOptions.html"><code>BaseLossOptions</code></a></li></ul><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./PairCacheOptions.html"><code>PairCacheOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="fused" tabindex="-1">fused? <a class="header-anchor" href="#fused" aria-label="Permalink to &quot;fused?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>fused?</strong>: <code>boolean</code></p></blockquote><p>Use the backend&#39;s fused operations when it has them (default <code>true</code>).</p><h4 id="inherited-from" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./BaseLossOptions.html"><code>BaseLossOptions</code></a>.<a href="./BaseLossOptions.html#fused"><code>fused</code></a></p><hr><h3 id="loss" tabindex="-1">loss? <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>loss?</strong>: <a href="./../type-aliases/PairLossName.html"><code>PairLossName</code></a></p></blockquote><p><code>mma</code> (default) or <code>cosine</code>.</p><hr><h3 id="mode" tabindex="-1">mode? <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>mode?</strong>: <a href="./../type-aliases/NumericMode.html"><code>NumericMode</code></a></p></blockquote><p>Numeric mode, default <code>exact</code>.</p><h4 id="inherited-from-1" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from-1" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./BaseLossOptions.html"><code>BaseLossOptions</code></a>.<a href="./BaseLossOptions.html#mode"><code>mode</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PairLossOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PairLossOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PairLossOptions as default
};
