import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: release()","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/functions/release.md","filePath":"api/core/functions/release.md"}');
const _sfc_main = { name: "api/core/functions/release.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-release" tabindex="-1">Function: release() <a class="header-anchor" href="#function-release" aria-label="Permalink to &quot;Function: release()&quot;">​</a></h1><blockquote><p><strong>release</strong>&lt;<code>T</code>&gt;(<code>backend</code>, ...<code>xs</code>): <code>void</code></p></blockquote><p>Dispose tensors the backend can dispose; a no-op on garbage-collected backends.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="backend" tabindex="-1">backend <a class="header-anchor" href="#backend" aria-label="Permalink to &quot;backend&quot;">​</a></h3><p><a href="./../interfaces/Backend.html"><code>Backend</code></a>&lt;<code>T</code>&gt;</p><h3 id="xs" tabindex="-1">xs <a class="header-anchor" href="#xs" aria-label="Permalink to &quot;xs&quot;">​</a></h3><p>...(<code>T</code> | <code>undefined</code>)[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/release.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const release = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  release as default
};
