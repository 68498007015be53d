import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PaperTable1Column","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/PaperTable1Column.md","filePath":"api/core/type-aliases/PaperTable1Column.md"}');
const _sfc_main = { name: "api/core/type-aliases/PaperTable1Column.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-papertable1column" tabindex="-1">Type Alias: PaperTable1Column <a class="header-anchor" href="#type-alias-papertable1column" aria-label="Permalink to &quot;Type Alias: PaperTable1Column&quot;">​</a></h1><blockquote><p><strong>PaperTable1Column</strong> = <code>&quot;mma&quot;</code> | <code>&quot;cosine&quot;</code> | <code>&quot;rf&quot;</code> | <code>&quot;log&quot;</code></p></blockquote><p>The loss columns of Table 1, in the paper&#39;s order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/PaperTable1Column.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PaperTable1Column = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PaperTable1Column as default
};
