import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defaultThreads()","description":"","frontmatter":{"prev":{"text":"@mmareg/wasm","link":"/api/wasm/"},"next":false},"headers":[],"relativePath":"api/wasm/functions/defaultThreads.md","filePath":"api/wasm/functions/defaultThreads.md"}');
const _sfc_main = { name: "api/wasm/functions/defaultThreads.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-defaultthreads" tabindex="-1">Function: defaultThreads() <a class="header-anchor" href="#function-defaultthreads" aria-label="Permalink to &quot;Function: defaultThreads()&quot;">​</a></h1><blockquote><p><strong>defaultThreads</strong>(): <code>Promise</code>&lt;<code>number</code>&gt;</p></blockquote><p>The number of cores of this machine (1 when it cannot be told).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>number</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/wasm/functions/defaultThreads.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultThreads = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultThreads as default
};
