import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RowsShape","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/RowsShape.md","filePath":"api/core/interfaces/RowsShape.md"}');
const _sfc_main = { name: "api/core/interfaces/RowsShape.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-rowsshape" tabindex="-1">Interface: RowsShape <a class="header-anchor" href="#interface-rowsshape" aria-label="Permalink to &quot;Interface: RowsShape&quot;">​</a></h1><p>The row view of a weight tensor: <code>n</code> rows (neurons / filters) of length <code>d</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="d" tabindex="-1">d <a class="header-anchor" href="#d" aria-label="Permalink to &quot;d&quot;">​</a></h3><blockquote><p><strong>d</strong>: <code>number</code></p></blockquote><hr><h3 id="n" tabindex="-1">n <a class="header-anchor" href="#n" aria-label="Permalink to &quot;n&quot;">​</a></h3><blockquote><p><strong>n</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/RowsShape.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RowsShape = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RowsShape as default
};
