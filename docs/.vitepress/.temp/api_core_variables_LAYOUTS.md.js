import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: LAYOUTS","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/LAYOUTS.md","filePath":"api/core/variables/LAYOUTS.md"}');
const _sfc_main = { name: "api/core/variables/LAYOUTS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-layouts" tabindex="-1">Variable: LAYOUTS <a class="header-anchor" href="#variable-layouts" aria-label="Permalink to &quot;Variable: LAYOUTS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>LAYOUTS</strong>: readonly <a href="./../type-aliases/Layout.html"><code>Layout</code></a>[]</p></blockquote><p>Every layout name.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/LAYOUTS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LAYOUTS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LAYOUTS as default
};
