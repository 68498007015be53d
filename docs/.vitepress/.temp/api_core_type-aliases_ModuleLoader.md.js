import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ModuleLoader","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/ModuleLoader.md","filePath":"api/core/type-aliases/ModuleLoader.md"}');
const _sfc_main = { name: "api/core/type-aliases/ModuleLoader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-moduleloader" tabindex="-1">Type Alias: ModuleLoader <a class="header-anchor" href="#type-alias-moduleloader" aria-label="Permalink to &quot;Type Alias: ModuleLoader&quot;">​</a></h1><blockquote><p><strong>ModuleLoader</strong> = (<code>specifier</code>) =&gt; <code>Promise</code>&lt;<code>unknown</code>&gt;</p></blockquote><p>How a descriptor imports the optional packages it needs (<code>@tensorflow/tfjs</code>, <code>onnxruntime-web</code>, ...). The caller supplies it so each stack resolves modules its own way: a Node program with <code>(s) =&gt; import(s)</code>, a bundled page with a table of static <code>import()</code>s (where it can also set wasm paths or environment flags once per module).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="specifier" tabindex="-1">specifier <a class="header-anchor" href="#specifier" aria-label="Permalink to &quot;specifier&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>unknown</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/ModuleLoader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModuleLoader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModuleLoader as default
};
