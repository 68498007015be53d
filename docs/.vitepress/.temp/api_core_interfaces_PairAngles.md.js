import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PairAngles<T>","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/PairAngles.md","filePath":"api/core/interfaces/PairAngles.md"}');
const _sfc_main = { name: "api/core/interfaces/PairAngles.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-pairangles-t" tabindex="-1">Interface: PairAngles&lt;T&gt; <a class="header-anchor" href="#interface-pairangles-t" aria-label="Permalink to &quot;Interface: PairAngles\\&lt;T\\&gt;&quot;">​</a></h1><p>Angles to an assigned partner row and the gradient of their sum.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="grad" tabindex="-1">grad <a class="header-anchor" href="#grad" aria-label="Permalink to &quot;grad&quot;">​</a></h3><blockquote><p><strong>grad</strong>: <code>T</code></p></blockquote><p><code>[n, d]</code> derivative of <code>sum_i theta_i</code> with respect to the unit rows (both ends of each pair).</p><hr><h3 id="theta" tabindex="-1">theta <a class="header-anchor" href="#theta" aria-label="Permalink to &quot;theta&quot;">​</a></h3><blockquote><p><strong>theta</strong>: <code>T</code></p></blockquote><p><code>[n]</code> <code>theta_i = angle(u_i, u_index(i))</code>, computed as <code>2 atan2(|u_i - u_j|, |u_i + u_j|)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PairAngles.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PairAngles = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PairAngles as default
};
