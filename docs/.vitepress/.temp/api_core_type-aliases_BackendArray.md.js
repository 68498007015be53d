import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BackendArray","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/BackendArray.md","filePath":"api/core/type-aliases/BackendArray.md"}');
const _sfc_main = { name: "api/core/type-aliases/BackendArray.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-backendarray" tabindex="-1">Type Alias: BackendArray <a class="header-anchor" href="#type-alias-backendarray" aria-label="Permalink to &quot;Type Alias: BackendArray&quot;">​</a></h1><blockquote><p><strong>BackendArray</strong> = <code>Float64Array</code> | <code>Float32Array</code></p></blockquote><p>Data that can be read back from a backend.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/BackendArray.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendArray = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendArray as default
};
