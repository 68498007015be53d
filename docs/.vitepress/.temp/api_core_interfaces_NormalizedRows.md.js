import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NormalizedRows<T>","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/NormalizedRows.md","filePath":"api/core/interfaces/NormalizedRows.md"}');
const _sfc_main = { name: "api/core/interfaces/NormalizedRows.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-normalizedrows-t" tabindex="-1">Interface: NormalizedRows&lt;T&gt; <a class="header-anchor" href="#interface-normalizedrows-t" aria-label="Permalink to &quot;Interface: NormalizedRows\\&lt;T\\&gt;&quot;">​</a></h1><p>Unit rows and the norms they were divided by.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="norms" tabindex="-1">norms <a class="header-anchor" href="#norms" aria-label="Permalink to &quot;norms&quot;">​</a></h3><blockquote><p><strong>norms</strong>: <code>T</code></p></blockquote><p><code>[n]</code> the Euclidean norms <code>|w_i|</code> (before the eps clamp).</p><hr><h3 id="unit" tabindex="-1">unit <a class="header-anchor" href="#unit" aria-label="Permalink to &quot;unit&quot;">​</a></h3><blockquote><p><strong>unit</strong>: <code>T</code></p></blockquote><p><code>[n, d]</code> <code>w_i / max(|w_i|, eps)</code>, or <code>w_i / |w_i|</code> when <code>eps</code> is <code>null</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/NormalizedRows.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NormalizedRows = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NormalizedRows as default
};
