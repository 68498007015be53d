import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Dtype","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/Dtype.md","filePath":"api/core/type-aliases/Dtype.md"}');
const _sfc_main = { name: "api/core/type-aliases/Dtype.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-dtype" tabindex="-1">Type Alias: Dtype <a class="header-anchor" href="#type-alias-dtype" aria-label="Permalink to &quot;Type Alias: Dtype&quot;">​</a></h1><blockquote><p><strong>Dtype</strong> = <code>&quot;float32&quot;</code> | <code>&quot;float64&quot;</code></p></blockquote><p>Element precision a backend computes and stores in.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/Dtype.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Dtype = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Dtype as default
};
