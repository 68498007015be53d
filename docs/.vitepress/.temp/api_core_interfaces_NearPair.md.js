import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NearPair","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/NearPair.md","filePath":"api/core/interfaces/NearPair.md"}');
const _sfc_main = { name: "api/core/interfaces/NearPair.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-nearpair" tabindex="-1">Interface: NearPair <a class="header-anchor" href="#interface-nearpair" aria-label="Permalink to &quot;Interface: NearPair&quot;">​</a></h1><p>A pair of rows closer than the near threshold.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="angledeg" tabindex="-1">angleDeg <a class="header-anchor" href="#angledeg" aria-label="Permalink to &quot;angleDeg&quot;">​</a></h3><blockquote><p><strong>angleDeg</strong>: <code>number</code></p></blockquote><p>Their exact angle in degrees.</p><hr><h3 id="i" tabindex="-1">i <a class="header-anchor" href="#i" aria-label="Permalink to &quot;i&quot;">​</a></h3><blockquote><p><strong>i</strong>: <code>number</code></p></blockquote><p>Row indices, <code>i &lt; j</code>, in the weight&#39;s row numbering (dead rows included).</p><hr><h3 id="j" tabindex="-1">j <a class="header-anchor" href="#j" aria-label="Permalink to &quot;j&quot;">​</a></h3><blockquote><p><strong>j</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/NearPair.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NearPair = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NearPair as default
};
