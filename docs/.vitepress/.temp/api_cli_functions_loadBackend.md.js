import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loadBackend()","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/functions/loadBackend.md","filePath":"api/cli/functions/loadBackend.md"}');
const _sfc_main = { name: "api/cli/functions/loadBackend.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-loadbackend" tabindex="-1">Function: loadBackend() <a class="header-anchor" href="#function-loadbackend" aria-label="Permalink to &quot;Function: loadBackend()&quot;">​</a></h1><blockquote><p><strong>loadBackend</strong>(<code>name</code>, <code>dtype?</code>): <code>Promise</code>&lt;{ <code>backend</code>: <a href="./../../core/interfaces/Backend.html"><code>Backend</code></a>&lt;<code>unknown</code>&gt;; <code>entry</code>: <a href="./../interfaces/BackendEntry.html"><code>BackendEntry</code></a>; }&gt;</p></blockquote><p>Start a backend by name; <code>dtype</code> defaults to the backend&#39;s first (native) precision.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>string</code></p><h3 id="dtype" tabindex="-1">dtype? <a class="header-anchor" href="#dtype" aria-label="Permalink to &quot;dtype?&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;{ <code>backend</code>: <a href="./../../core/interfaces/Backend.html"><code>Backend</code></a>&lt;<code>unknown</code>&gt;; <code>entry</code>: <a href="./../interfaces/BackendEntry.html"><code>BackendEntry</code></a>; }&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/loadBackend.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loadBackend = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loadBackend as default
};
