import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sharedBackend()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/sharedBackend.md","filePath":"api/tfjs/functions/sharedBackend.md"}');
const _sfc_main = { name: "api/tfjs/functions/sharedBackend.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-sharedbackend" tabindex="-1">Function: sharedBackend() <a class="header-anchor" href="#function-sharedbackend" aria-label="Permalink to &quot;Function: sharedBackend()&quot;">​</a></h1><blockquote><p><strong>sharedBackend</strong>(<code>tf?</code>): <a href="./../type-aliases/TfjsBackend.html"><code>TfjsBackend</code></a></p></blockquote><p>The backend the model helpers use for a namespace: one per namespace, created on first use.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tf" tabindex="-1">tf? <a class="header-anchor" href="#tf" aria-label="Permalink to &quot;tf?&quot;">​</a></h3><p><code>__module</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/TfjsBackend.html"><code>TfjsBackend</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/sharedBackend.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sharedBackend = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sharedBackend as default
};
