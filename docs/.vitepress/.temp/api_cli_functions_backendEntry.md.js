import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: backendEntry()","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/functions/backendEntry.md","filePath":"api/cli/functions/backendEntry.md"}');
const _sfc_main = { name: "api/cli/functions/backendEntry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-backendentry" tabindex="-1">Function: backendEntry() <a class="header-anchor" href="#function-backendentry" aria-label="Permalink to &quot;Function: backendEntry()&quot;">​</a></h1><blockquote><p><strong>backendEntry</strong>(<code>name</code>): <a href="./../interfaces/BackendEntry.html"><code>BackendEntry</code></a></p></blockquote><p>The entry for a <code>--backend</code> value, or a usage error listing the choices.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/BackendEntry.html"><code>BackendEntry</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/backendEntry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const backendEntry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  backendEntry as default
};
