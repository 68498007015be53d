import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Layout","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/type-aliases/Layout.md","filePath":"api/core/type-aliases/Layout.md"}');
const _sfc_main = { name: "api/core/type-aliases/Layout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-layout" tabindex="-1">Type Alias: Layout <a class="header-anchor" href="#type-alias-layout" aria-label="Permalink to &quot;Type Alias: Layout&quot;">​</a></h1><blockquote><p><strong>Layout</strong> = <code>&quot;rows&quot;</code> | <code>&quot;dense&quot;</code> | <code>&quot;conv-hwio&quot;</code> | <code>&quot;conv-oihw&quot;</code> | <code>&quot;depthwise-hwcm&quot;</code></p></blockquote><p>How a weight tensor maps to the <code>[n, d]</code> row matrix (one row per neuron or filter).</p><ul><li><code>rows</code>: already <code>[n, d]</code>.</li><li><code>dense</code>: a dense kernel <code>[in, out]</code> (tfjs / Keras): columns are neurons.</li><li><code>conv-hwio</code>: channels-last conv kernel <code>[..., in, out]</code> (tfjs Conv1D/2D/3D): the last axis holds the filters, all others are flattened.</li><li><code>conv-oihw</code>: PyTorch / ONNX conv weight <code>[out, in, ...]</code>: the first axis holds the filters.</li><li><code>depthwise-hwcm</code>: tfjs depthwise kernel <code>[kh, kw, in, multiplier]</code>: each of the <code>in * multiplier</code> filters is a <code>kh * kw</code> row.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/Layout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Layout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Layout as default
};
