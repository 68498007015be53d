import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readMatrixFile()","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/functions/readMatrixFile.md","filePath":"api/cli/functions/readMatrixFile.md"}');
const _sfc_main = { name: "api/cli/functions/readMatrixFile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-readmatrixfile" tabindex="-1">Function: readMatrixFile() <a class="header-anchor" href="#function-readmatrixfile" aria-label="Permalink to &quot;Function: readMatrixFile()&quot;">​</a></h1><blockquote><p><strong>readMatrixFile</strong>(<code>file</code>): <a href="./../interfaces/MatrixFile.html"><code>MatrixFile</code></a></p></blockquote><p>Read a weight from <code>.npy</code> (float32/float64, C order) or JSON: <code>{&quot;shape&quot;: [...], &quot;data&quot;: [flat row-major]}</code> or nested arrays.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MatrixFile.html"><code>MatrixFile</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>MMARegError <code>PARSE</code> (with a byte offset) or <code>BAD_SHAPE</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/readMatrixFile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readMatrixFile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readMatrixFile as default
};
