import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MatrixFile","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/interfaces/MatrixFile.md","filePath":"api/cli/interfaces/MatrixFile.md"}');
const _sfc_main = { name: "api/cli/interfaces/MatrixFile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-matrixfile" tabindex="-1">Interface: MatrixFile <a class="header-anchor" href="#interface-matrixfile" aria-label="Permalink to &quot;Interface: MatrixFile&quot;">​</a></h1><p>A weight read from a file, with what is needed to point back into the file.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote><hr><h3 id="dataoffset" tabindex="-1">dataOffset? <a class="header-anchor" href="#dataoffset" aria-label="Permalink to &quot;dataOffset?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>dataOffset?</strong>: <code>number</code></p></blockquote><p><code>.npy</code> only: byte offset of element 0 and bytes per element.</p><hr><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><blockquote><p><strong>file</strong>: <code>string</code></p></blockquote><hr><h3 id="format" tabindex="-1">format <a class="header-anchor" href="#format" aria-label="Permalink to &quot;format&quot;">​</a></h3><blockquote><p><strong>format</strong>: <code>&quot;model&quot;</code> | <code>&quot;json&quot;</code> | <code>&quot;npy&quot;</code></p></blockquote><hr><h3 id="itemsize" tabindex="-1">itemSize? <a class="header-anchor" href="#itemsize" aria-label="Permalink to &quot;itemSize?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>itemSize?</strong>: <code>number</code></p></blockquote><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><strong>shape</strong>: <code>number</code>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/MatrixFile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MatrixFile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MatrixFile as default
};
