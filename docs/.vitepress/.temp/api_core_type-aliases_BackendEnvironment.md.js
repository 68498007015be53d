import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BackendEnvironment","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/BackendEnvironment.md","filePath":"api/core/type-aliases/BackendEnvironment.md"}');
const _sfc_main = { name: "api/core/type-aliases/BackendEnvironment.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-backendenvironment" tabindex="-1">Type Alias: BackendEnvironment <a class="header-anchor" href="#type-alias-backendenvironment" aria-label="Permalink to &quot;Type Alias: BackendEnvironment&quot;">​</a></h1><blockquote><p><strong>BackendEnvironment</strong> = <code>&quot;node&quot;</code> | <code>&quot;browser&quot;</code></p></blockquote><p>Where a backend runs.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/BackendEnvironment.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendEnvironment = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendEnvironment as default
};
