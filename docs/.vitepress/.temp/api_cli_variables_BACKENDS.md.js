import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: BACKENDS","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/variables/BACKENDS.md","filePath":"api/cli/variables/BACKENDS.md"}');
const _sfc_main = { name: "api/cli/variables/BACKENDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-backends" tabindex="-1">Variable: BACKENDS <a class="header-anchor" href="#variable-backends" aria-label="Permalink to &quot;Variable: BACKENDS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>BACKENDS</strong>: readonly <a href="./../interfaces/BackendEntry.html"><code>BackendEntry</code></a>[]</p></blockquote><p>Every backend the command line knows (the registry&#39;s Node entries), in <code>--help</code> order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/variables/BACKENDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BACKENDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BACKENDS as default
};
