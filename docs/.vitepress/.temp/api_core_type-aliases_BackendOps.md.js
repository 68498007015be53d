import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BackendOps<T>","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/BackendOps.md","filePath":"api/core/type-aliases/BackendOps.md"}');
const _sfc_main = { name: "api/core/type-aliases/BackendOps.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-backendops-t" tabindex="-1">Type Alias: BackendOps&lt;T&gt; <a class="header-anchor" href="#type-alias-backendops-t" aria-label="Permalink to &quot;Type Alias: BackendOps\\&lt;T\\&gt;&quot;">​</a></h1><blockquote><p><strong>BackendOps</strong>&lt;<code>T</code>&gt; = <code>{ [K in RequiredOp]: OpFn&lt;T, K&gt; }</code> &amp; <code>{ [K in OptionalOp]?: OpFn&lt;T, K&gt; }</code></p></blockquote><p>An op table of plain functions, each with the contract&#39;s signature.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/BackendOps.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackendOps = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackendOps as default
};
