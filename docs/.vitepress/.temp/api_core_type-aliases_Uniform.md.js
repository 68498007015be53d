import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Uniform","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/Uniform.md","filePath":"api/core/type-aliases/Uniform.md"}');
const _sfc_main = { name: "api/core/type-aliases/Uniform.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-uniform" tabindex="-1">Type Alias: Uniform <a class="header-anchor" href="#type-alias-uniform" aria-label="Permalink to &quot;Type Alias: Uniform&quot;">​</a></h1><blockquote><p><strong>Uniform</strong> = () =&gt; <code>number</code></p></blockquote><p>A source of uniform numbers in <code>[0, 1)</code>.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/Uniform.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Uniform = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Uniform as default
};
