import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OnnxWeight","description":"","frontmatter":{"prev":{"text":"@mmareg/onnx","link":"/api/onnx/"},"next":false},"headers":[],"relativePath":"api/onnx/interfaces/OnnxWeight.md","filePath":"api/onnx/interfaces/OnnxWeight.md"}');
const _sfc_main = { name: "api/onnx/interfaces/OnnxWeight.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-onnxweight" tabindex="-1">Interface: OnnxWeight <a class="header-anchor" href="#interface-onnxweight" aria-label="Permalink to &quot;Interface: OnnxWeight&quot;">​</a></h1><p>One weight matrix of an ONNX model and how it maps to rows (one row per neuron or filter).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <code>Float64Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote><p>Its values in file order.</p><hr><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><blockquote><p><strong>layout</strong>: <a href="./../../core/type-aliases/Layout.html"><code>Layout</code></a></p></blockquote><p><code>conv-oihw</code> for Conv (<code>[out, in/groups, kh, kw]</code>), <code>rows</code> for a Gemm with <code>transB = 1</code> (<code>[out, in]</code>) or a weight on the left of a MatMul, <code>dense</code> for a Gemm with <code>transB = 0</code> or a MatMul weight on the right (<code>[in, out]</code>).</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>The initializer&#39;s name (for example <code>conv1.weight</code>).</p><hr><h3 id="node" tabindex="-1">node <a class="header-anchor" href="#node" aria-label="Permalink to &quot;node&quot;">​</a></h3><blockquote><p><strong>node</strong>: <code>string</code></p></blockquote><p>The node that uses it as its weight.</p><hr><h3 id="optype" tabindex="-1">opType <a class="header-anchor" href="#optype" aria-label="Permalink to &quot;opType&quot;">​</a></h3><blockquote><p><strong>opType</strong>: <code>string</code></p></blockquote><p>That node&#39;s op type: <code>Conv</code>, <code>Gemm</code> or <code>MatMul</code>.</p><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><strong>shape</strong>: <code>number</code>[]</p></blockquote><p>The initializer&#39;s shape.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx/interfaces/OnnxWeight.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OnnxWeight = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OnnxWeight as default
};
