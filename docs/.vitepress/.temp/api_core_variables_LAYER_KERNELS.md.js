import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: LAYER_KERNELS","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/LAYER_KERNELS.md","filePath":"api/core/variables/LAYER_KERNELS.md"}');
const _sfc_main = { name: "api/core/variables/LAYER_KERNELS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-layer-kernels" tabindex="-1">Variable: LAYER_KERNELS <a class="header-anchor" href="#variable-layer-kernels" aria-label="Permalink to &quot;Variable: LAYER\\_KERNELS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>LAYER_KERNELS</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <a href="./../type-aliases/Layout.html"><code>Layout</code></a>&gt;&gt;&gt;&gt;</p></blockquote><p>The weights of TensorFlow.js Layers models treated as rows of neurons, per <code>tf.layers</code> class name and weight name, with their layout. Data only (no TensorFlow.js import), so <code>@mmareg/tfjs</code> (live models) and the <code>mma inspect</code> reader (saved <code>model.json</code> files) use the same table. Other layers (batch norm, embeddings, recurrent cells, transposed convolutions) are left out: regularize those with a row matrix you build.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">LAYER_KERNELS</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.Conv2D.kernel; </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &quot;conv-hwio&quot;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/LAYER_KERNELS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LAYER_KERNELS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LAYER_KERNELS as default
};
