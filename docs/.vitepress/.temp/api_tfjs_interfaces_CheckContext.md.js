import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckContext","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/interfaces/CheckContext.md","filePath":"api/tfjs/interfaces/CheckContext.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/CheckContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-checkcontext" tabindex="-1">Interface: CheckContext <a class="header-anchor" href="#interface-checkcontext" aria-label="Permalink to &quot;Interface: CheckContext&quot;">​</a></h1><p>What a weight check reports in its errors.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="backend" tabindex="-1">backend <a class="header-anchor" href="#backend" aria-label="Permalink to &quot;backend&quot;">​</a></h3><blockquote><p><strong>backend</strong>: <code>string</code></p></blockquote><p>Backend name.</p><hr><h3 id="loss" tabindex="-1">loss <a class="header-anchor" href="#loss" aria-label="Permalink to &quot;loss&quot;">​</a></h3><blockquote><p><strong>loss</strong>: <a href="./../../core/type-aliases/LossName.html"><code>LossName</code></a></p></blockquote><hr><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><blockquote><p><strong>mode</strong>: <a href="./../../core/type-aliases/NumericMode.html"><code>NumericMode</code></a></p></blockquote><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Weight or layer name.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/CheckContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckContext as default
};
