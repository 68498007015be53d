import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: importModule","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/importModule.md","filePath":"api/core/variables/importModule.md"}');
const _sfc_main = { name: "api/core/variables/importModule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-importmodule" tabindex="-1">Variable: importModule <a class="header-anchor" href="#variable-importmodule" aria-label="Permalink to &quot;Variable: importModule&quot;">​</a></h1><blockquote><p><code>const</code> <strong>importModule</strong>: <a href="./../type-aliases/ModuleLoader.html"><code>ModuleLoader</code></a></p></blockquote><p>The default <a href="./../type-aliases/ModuleLoader.html">ModuleLoader</a>: a dynamic import resolved from core&#39;s location.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/importModule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const importModule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  importModule as default
};
