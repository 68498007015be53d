import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MMARegErrorCode","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/MMARegErrorCode.md","filePath":"api/core/type-aliases/MMARegErrorCode.md"}');
const _sfc_main = { name: "api/core/type-aliases/MMARegErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-mmaregerrorcode" tabindex="-1">Type Alias: MMARegErrorCode <a class="header-anchor" href="#type-alias-mmaregerrorcode" aria-label="Permalink to &quot;Type Alias: MMARegErrorCode&quot;">​</a></h1><blockquote><p><strong>MMARegErrorCode</strong> = <code>&quot;NON_FINITE&quot;</code> | <code>&quot;ZERO_ROW&quot;</code> | <code>&quot;COINCIDENT_ROWS&quot;</code> | <code>&quot;NON_FINITE_RESULT&quot;</code> | <code>&quot;BAD_SHAPE&quot;</code> | <code>&quot;EMPTY&quot;</code> | <code>&quot;UNKNOWN_LOSS&quot;</code> | <code>&quot;BAD_OPTION&quot;</code> | <code>&quot;PARSE&quot;</code> | <code>&quot;BACKEND&quot;</code></p></blockquote><p>Machine-readable reason carried by every <a href="./../classes/MMARegError.html">MMARegError</a>.</p><ul><li><code>NON_FINITE</code>: an input weight is NaN or ±Infinity.</li><li><code>ZERO_ROW</code>: a row has norm 0, so its direction (and every angle to it) is undefined.</li><li><code>COINCIDENT_ROWS</code>: two rows point the same way (or, for half-space MHE, opposite ways), so an MHE energy is infinite.</li><li><code>NON_FINITE_RESULT</code>: a loss or gradient came out non-finite (reference mode on degenerate input).</li><li><code>BAD_SHAPE</code>: the weight is not a 2-D matrix after its layout is applied, or sizes disagree.</li><li><code>EMPTY</code>: the matrix has no rows or no columns.</li><li><code>UNKNOWN_LOSS</code>, <code>BAD_OPTION</code>: an option is not one this library knows (an unknown key, a value of the wrong type, a string in place of the options object).</li><li><code>PARSE</code>: a file is not valid <code>.npy</code> / JSON / model data.</li><li><code>BACKEND</code>: a backend could not start or does not support what was asked.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/MMARegErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MMARegErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MMARegErrorCode as default
};
