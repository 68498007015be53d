import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PairEnergy<T>","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/PairEnergy.md","filePath":"api/core/interfaces/PairEnergy.md"}');
const _sfc_main = { name: "api/core/interfaces/PairEnergy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-pairenergy-t" tabindex="-1">Interface: PairEnergy&lt;T&gt; <a class="header-anchor" href="#interface-pairenergy-t" aria-label="Permalink to &quot;Interface: PairEnergy\\&lt;T\\&gt;&quot;">​</a></h1><p>The result of a fused pairwise energy: unscaled sum over ordered pairs and its gradient.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="energy" tabindex="-1">energy <a class="header-anchor" href="#energy" aria-label="Permalink to &quot;energy&quot;">​</a></h3><blockquote><p><strong>energy</strong>: <code>T</code></p></blockquote><p><code>[]</code> sum over ordered pairs <code>i != j</code> (and their antipodes when half-space).</p><hr><h3 id="grad" tabindex="-1">grad <a class="header-anchor" href="#grad" aria-label="Permalink to &quot;grad&quot;">​</a></h3><blockquote><p><strong>grad</strong>: <code>T</code></p></blockquote><p><code>[n, d]</code> the derivative of <code>energy</code> with respect to the unit rows.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PairEnergy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PairEnergy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PairEnergy as default
};
