import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LossTensors<T>","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/LossTensors.md","filePath":"api/core/interfaces/LossTensors.md"}');
const _sfc_main = { name: "api/core/interfaces/LossTensors.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-losstensors-t" tabindex="-1">Interface: LossTensors&lt;T&gt; <a class="header-anchor" href="#interface-losstensors-t" aria-label="Permalink to &quot;Interface: LossTensors\\&lt;T\\&gt;&quot;">​</a></h1><p>A loss value and its gradient with respect to the raw rows, as backend tensors.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./PairLossTensors.html"><code>PairLossTensors</code></a></li></ul><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="grad" tabindex="-1">grad <a class="header-anchor" href="#grad" aria-label="Permalink to &quot;grad&quot;">​</a></h3><blockquote><p><strong>grad</strong>: <code>T</code></p></blockquote><p><code>[n, d]</code> d loss / d W.</p><hr><h3 id="loss" tabindex="-1">loss <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss&quot;">​</a></h3><blockquote><p><strong>loss</strong>: <code>T</code></p></blockquote><p><code>[]</code> the loss.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/LossTensors.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LossTensors = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LossTensors as default
};
