import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: uniform()","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/functions/uniform.md","filePath":"api/core/functions/uniform.md"}');
const _sfc_main = { name: "api/core/functions/uniform.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-uniform" tabindex="-1">Function: uniform() <a class="header-anchor" href="#function-uniform" aria-label="Permalink to &quot;Function: uniform()&quot;">​</a></h1><blockquote><p><strong>uniform</strong>(<code>seed</code>): <a href="./../type-aliases/Uniform.html"><code>Uniform</code></a></p></blockquote><p>Uniform numbers in <code>[0, 1)</code> from a seed (mulberry32 / 2^32, exact).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="seed" tabindex="-1">seed <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/Uniform.html"><code>Uniform</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/uniform.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const uniform = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  uniform as default
};
