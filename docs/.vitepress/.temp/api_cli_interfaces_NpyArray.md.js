import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NpyArray","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/interfaces/NpyArray.md","filePath":"api/cli/interfaces/NpyArray.md"}');
const _sfc_main = { name: "api/cli/interfaces/NpyArray.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-npyarray" tabindex="-1">Interface: NpyArray <a class="header-anchor" href="#interface-npyarray" aria-label="Permalink to &quot;Interface: NpyArray&quot;">​</a></h1><p>A float array read from (or to be written to) a <code>.npy</code> file.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote><hr><h3 id="dataoffset" tabindex="-1">dataOffset <a class="header-anchor" href="#dataoffset" aria-label="Permalink to &quot;dataOffset&quot;">​</a></h3><blockquote><p><strong>dataOffset</strong>: <code>number</code></p></blockquote><p>Byte offset of the first element in the file.</p><hr><h3 id="itemsize" tabindex="-1">itemSize <a class="header-anchor" href="#itemsize" aria-label="Permalink to &quot;itemSize&quot;">​</a></h3><blockquote><p><strong>itemSize</strong>: <code>number</code></p></blockquote><p>Bytes per element.</p><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><strong>shape</strong>: <code>number</code>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/NpyArray.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NpyArray = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NpyArray as default
};
