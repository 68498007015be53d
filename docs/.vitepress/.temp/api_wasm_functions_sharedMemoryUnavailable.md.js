import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sharedMemoryUnavailable()","description":"","frontmatter":{"prev":{"text":"@mmareg/wasm","link":"/api/wasm/"},"next":false},"headers":[],"relativePath":"api/wasm/functions/sharedMemoryUnavailable.md","filePath":"api/wasm/functions/sharedMemoryUnavailable.md"}');
const _sfc_main = { name: "api/wasm/functions/sharedMemoryUnavailable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-sharedmemoryunavailable" tabindex="-1">Function: sharedMemoryUnavailable() <a class="header-anchor" href="#function-sharedmemoryunavailable" aria-label="Permalink to &quot;Function: sharedMemoryUnavailable()&quot;">​</a></h1><blockquote><p><strong>sharedMemoryUnavailable</strong>(): <code>string</code> | <code>undefined</code></p></blockquote><p>Why shared memory cannot be used here, or <code>undefined</code> when it can.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/wasm/functions/sharedMemoryUnavailable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sharedMemoryUnavailable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sharedMemoryUnavailable as default
};
