import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DefinedBackend<T, O, D>","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/DefinedBackend.md","filePath":"api/core/type-aliases/DefinedBackend.md"}');
const _sfc_main = { name: "api/core/type-aliases/DefinedBackend.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-definedbackend-t-o-d" tabindex="-1">Type Alias: DefinedBackend&lt;T, O, D&gt; <a class="header-anchor" href="#type-alias-definedbackend-t-o-d" aria-label="Permalink to &quot;Type Alias: DefinedBackend\\&lt;T, O, D\\&gt;&quot;">​</a></h1><blockquote><p><strong>DefinedBackend</strong>&lt;<code>T</code>, <code>O</code>, <code>D</code>&gt; = <a href="./../interfaces/Backend.html"><code>Backend</code></a>&lt;<code>T</code>&gt; &amp; <code>Required</code>&lt;<code>Pick</code>&lt;<a href="./../interfaces/Backend.html"><code>Backend</code></a>&lt;<code>T</code>&gt;, <code>Extract</code>&lt;keyof <code>O</code>, <a href="./OptionalOp.html"><code>OptionalOp</code></a>&gt; | <code>Extract</code>&lt;keyof <code>D</code>, <code>IoOptional</code>&gt; | <code>&quot;close&quot;</code>&gt;&gt;</p></blockquote><p>The backend <a href="./../functions/defineBackend.html">defineBackend</a> returns: the contract, with <code>close</code> and the optional ops and data members the definition has marked present.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h3 id="o" tabindex="-1">O <a class="header-anchor" href="#o" aria-label="Permalink to &quot;O&quot;">​</a></h3><p><code>O</code></p><h3 id="d" tabindex="-1">D <a class="header-anchor" href="#d" aria-label="Permalink to &quot;D&quot;">​</a></h3><p><code>D</code> = <code>unknown</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/DefinedBackend.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DefinedBackend = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DefinedBackend as default
};
