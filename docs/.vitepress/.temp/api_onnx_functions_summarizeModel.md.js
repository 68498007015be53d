import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: summarizeModel()","description":"","frontmatter":{"prev":{"text":"@mmareg/onnx","link":"/api/onnx/"},"next":false},"headers":[],"relativePath":"api/onnx/functions/summarizeModel.md","filePath":"api/onnx/functions/summarizeModel.md"}');
const _sfc_main = { name: "api/onnx/functions/summarizeModel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-summarizemodel" tabindex="-1">Function: summarizeModel() <a class="header-anchor" href="#function-summarizemodel" aria-label="Permalink to &quot;Function: summarizeModel()&quot;">​</a></h1><blockquote><p><strong>summarizeModel</strong>(<code>bytes</code>): <a href="./../interfaces/ModelSummary.html"><code>ModelSummary</code></a></p></blockquote><p>The interface of an ONNX model: its inputs and outputs with shapes, node count, opset, doc string and metadata.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ModelSummary.html"><code>ModelSummary</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">summarizeModel</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">buildLossModel</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ loss: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;mma&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, rows: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;N&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, cols: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">9</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> })).inputs;</span></span>
<span class="line"><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [{ name: &quot;W&quot;, type: &quot;float32&quot;, shape: [&quot;N&quot;, 9] }]</span></span></code></pre></div><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><a href="./../../core/classes/MMARegError.html">MMARegError</a> <code>PARSE</code> when the bytes are not an ONNX model.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx/functions/summarizeModel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const summarizeModel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  summarizeModel as default
};
