import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encodeNpy()","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/functions/encodeNpy.md","filePath":"api/cli/functions/encodeNpy.md"}');
const _sfc_main = { name: "api/cli/functions/encodeNpy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-encodenpy" tabindex="-1">Function: encodeNpy() <a class="header-anchor" href="#function-encodenpy" aria-label="Permalink to &quot;Function: encodeNpy()&quot;">​</a></h1><blockquote><p><strong>encodeNpy</strong>(<code>data</code>, <code>shape</code>): <code>Uint8Array</code></p></blockquote><p>Encode a float array as a version-1 <code>.npy</code> file (little-endian, C order).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/encodeNpy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encodeNpy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encodeNpy as default
};
