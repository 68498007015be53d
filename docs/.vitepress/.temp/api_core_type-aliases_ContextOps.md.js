import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ContextOps<C, T>","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/ContextOps.md","filePath":"api/core/type-aliases/ContextOps.md"}');
const _sfc_main = { name: "api/core/type-aliases/ContextOps.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-contextops-c-t" tabindex="-1">Type Alias: ContextOps&lt;C, T&gt; <a class="header-anchor" href="#type-alias-contextops-c-t" aria-label="Permalink to &quot;Type Alias: ContextOps\\&lt;C, T\\&gt;&quot;">​</a></h1><blockquote><p><strong>ContextOps</strong>&lt;<code>C</code>, <code>T</code>&gt; = <code>{ [K in RequiredOp]: (ctx: C, args: Parameters&lt;OpFn&lt;T, K&gt;&gt;) =&gt; ReturnType&lt;OpFn&lt;T, K&gt;&gt; }</code> &amp; <code>{ [K in OptionalOp]?: (ctx: C, args: Parameters&lt;OpFn&lt;T, K&gt;&gt;) =&gt; ReturnType&lt;OpFn&lt;T, K&gt;&gt; }</code></p></blockquote><p>An op table whose functions take the adapter&#39;s context first (<code>gram(ctx, a)</code>), the form of an adapter&#39;s <code>src/ops/index.ts</code>: <a href="./../functions/defineBackend.html">defineBackend</a> binds the context.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="c" tabindex="-1">C <a class="header-anchor" href="#c" aria-label="Permalink to &quot;C&quot;">​</a></h3><p><code>C</code></p><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/ContextOps.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ContextOps = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ContextOps as default
};
