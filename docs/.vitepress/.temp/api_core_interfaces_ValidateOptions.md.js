import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ValidateOptions","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/ValidateOptions.md","filePath":"api/core/interfaces/ValidateOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/ValidateOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-validateoptions" tabindex="-1">Interface: ValidateOptions <a class="header-anchor" href="#interface-validateoptions" aria-label="Permalink to &quot;Interface: ValidateOptions&quot;">​</a></h1><p>Options of <a href="./../functions/validateRows.html">validateRows</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="allowzerorows" tabindex="-1">allowZeroRows? <a class="header-anchor" href="#allowzerorows" aria-label="Permalink to &quot;allowZeroRows?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>allowZeroRows?</strong>: <code>boolean</code></p></blockquote><p>Accept rows of norm 0 (the <code>reference</code> mode&#39;s <code>F.normalize</code> eps rule handles them).</p><hr><h3 id="context" tabindex="-1">context? <a class="header-anchor" href="#context" aria-label="Permalink to &quot;context?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>context?</strong>: <a href="./MMARegErrorContext.html"><code>MMARegErrorContext</code></a></p></blockquote><p>Context added to any error (backend, loss, layer).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/ValidateOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ValidateOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ValidateOptions as default
};
