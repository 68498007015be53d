import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PairLossTensors<T>","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/PairLossTensors.md","filePath":"api/core/interfaces/PairLossTensors.md"}');
const _sfc_main = { name: "api/core/interfaces/PairLossTensors.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-pairlosstensors-t" tabindex="-1">Interface: PairLossTensors&lt;T&gt; <a class="header-anchor" href="#interface-pairlosstensors-t" aria-label="Permalink to &quot;Interface: PairLossTensors\\&lt;T\\&gt;&quot;">​</a></h1><p>A loss and its gradient together with the partner index of each row that produced them.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./LossTensors.html"><code>LossTensors</code></a>&lt;<code>T</code>&gt;</li></ul><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="grad" tabindex="-1">grad <a class="header-anchor" href="#grad" aria-label="Permalink to &quot;grad&quot;">​</a></h3><blockquote><p><strong>grad</strong>: <code>T</code></p></blockquote><p><code>[n, d]</code> d loss / d W.</p><h4 id="inherited-from" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./LossTensors.html"><code>LossTensors</code></a>.<a href="./LossTensors.html#grad"><code>grad</code></a></p><hr><h3 id="index" tabindex="-1">index? <a class="header-anchor" href="#index" aria-label="Permalink to &quot;index?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>index?</strong>: <code>T</code></p></blockquote><p><code>[n]</code> the partner row of each row (an index tensor): the nearest neighbour found by the search, or the pairs the caller gave. Present only when asked for.</p><hr><h3 id="loss" tabindex="-1">loss <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss&quot;">​</a></h3><blockquote><p><strong>loss</strong>: <code>T</code></p></blockquote><p><code>[]</code> the loss.</p><h4 id="inherited-from-1" tabindex="-1">Inherited from <a class="header-anchor" href="#inherited-from-1" aria-label="Permalink to &quot;Inherited from&quot;">​</a></h4><p><a href="./LossTensors.html"><code>LossTensors</code></a>.<a href="./LossTensors.html#loss"><code>loss</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PairLossTensors.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PairLossTensors = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PairLossTensors as default
};
