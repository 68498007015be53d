import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LossResult","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/LossResult.md","filePath":"api/core/interfaces/LossResult.md"}');
const _sfc_main = { name: "api/core/interfaces/LossResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-lossresult" tabindex="-1">Interface: LossResult <a class="header-anchor" href="#interface-lossresult" aria-label="Permalink to &quot;Interface: LossResult&quot;">​</a></h1><p>A loss evaluated and read back.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="backend" tabindex="-1">backend <a class="header-anchor" href="#backend" aria-label="Permalink to &quot;backend&quot;">​</a></h3><blockquote><p><strong>backend</strong>: <code>string</code></p></blockquote><p>Backend name.</p><hr><h3 id="d" tabindex="-1">d <a class="header-anchor" href="#d" aria-label="Permalink to &quot;d&quot;">​</a></h3><blockquote><p><strong>d</strong>: <code>number</code></p></blockquote><p>Row length after the layout.</p><hr><h3 id="dtype" tabindex="-1">dtype <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype&quot;">​</a></h3><blockquote><p><strong>dtype</strong>: <a href="./../type-aliases/Dtype.html"><code>Dtype</code></a></p></blockquote><p>Backend precision.</p><hr><h3 id="grad" tabindex="-1">grad <a class="header-anchor" href="#grad" aria-label="Permalink to &quot;grad&quot;">​</a></h3><blockquote><p><strong>grad</strong>: <a href="./../type-aliases/BackendArray.html"><code>BackendArray</code></a></p></blockquote><p>d loss / d W, flat row-major in the input&#39;s own shape and layout.</p><hr><h3 id="loss" tabindex="-1">loss <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss&quot;">​</a></h3><blockquote><p><strong>loss</strong>: <code>number</code></p></blockquote><p>The loss value.</p><hr><h3 id="lossname" tabindex="-1">lossName <a class="header-anchor" href="#lossname" aria-label="Permalink to &quot;lossName&quot;">​</a></h3><blockquote><p><strong>lossName</strong>: <a href="./../type-aliases/LossName.html"><code>LossName</code></a></p></blockquote><p>Loss name.</p><hr><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><blockquote><p><strong>mode</strong>: <a href="./../type-aliases/NumericMode.html"><code>NumericMode</code></a></p></blockquote><p>Numeric mode used.</p><hr><h3 id="n" tabindex="-1">n <a class="header-anchor" href="#n" aria-label="Permalink to &quot;n&quot;">​</a></h3><blockquote><p><strong>n</strong>: <code>number</code></p></blockquote><p>Number of rows (neurons / filters) after the layout.</p><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><strong>shape</strong>: <code>number</code>[]</p></blockquote><p>The input&#39;s shape.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/LossResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LossResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LossResult as default
};
