import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseNpy()","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/functions/parseNpy.md","filePath":"api/cli/functions/parseNpy.md"}');
const _sfc_main = { name: "api/cli/functions/parseNpy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-parsenpy" tabindex="-1">Function: parseNpy() <a class="header-anchor" href="#function-parsenpy" aria-label="Permalink to &quot;Function: parseNpy()&quot;">​</a></h1><blockquote><p><strong>parseNpy</strong>(<code>bytes</code>, <code>file?</code>): <a href="./../interfaces/NpyArray.html"><code>NpyArray</code></a></p></blockquote><p>Parse a <code>.npy</code> file (format versions 1-3) holding float32 or float64 data in C order, either byte order.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="file" tabindex="-1">file? <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file?&quot;">​</a></h3><p><code>string</code> = <code>&quot;input&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/NpyArray.html"><code>NpyArray</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>MMARegError <code>PARSE</code> with the byte offset of the problem.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/parseNpy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseNpy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseNpy as default
};
