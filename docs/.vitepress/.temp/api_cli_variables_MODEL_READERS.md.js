import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MODEL_READERS","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/variables/MODEL_READERS.md","filePath":"api/cli/variables/MODEL_READERS.md"}');
const _sfc_main = { name: "api/cli/variables/MODEL_READERS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-model-readers" tabindex="-1">Variable: MODEL_READERS <a class="header-anchor" href="#variable-model-readers" aria-label="Permalink to &quot;Variable: MODEL\\_READERS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MODEL_READERS</strong>: readonly <a href="./../interfaces/ModelReader.html"><code>ModelReader</code></a>[]</p></blockquote><p>Every model format <code>mma inspect</code> (and <code>mma loss --weight</code>) reads, tried in order. One file each in this folder; JSON formats are told apart by their parsed content.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/variables/MODEL_READERS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MODEL_READERS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MODEL_READERS as default
};
