import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","install":"npm install @mmareg/cpu","hero":{"name":"mmareg","text":"Maximize the minimal angle","tagline":"Angular-diversity regularization (MMA, cosine, MHE, orthogonal) with analytic gradients, on every JavaScript compute stack.","image":{"src":"/generated/hero-sphere.svg","alt":"40 points on the sphere spread by MMA, each with its cap of half the minimal angle (computed by the docs build with @mmareg/core)"},"actions":[{"theme":"brand","text":"What is MMA?","link":"/guide/what-is-mma"},{"theme":"alt","text":"Run it on the sphere","link":"/examples/tammes"}]},"features":[{"title":"Correct to the last digit","details":"Reference mode reproduces the paper's PyTorch code to 1e-12 on 25 golden cases; exact mode keeps the full gradient for near-duplicate filters."},{"title":"One core, thin adapters","details":"Every loss is written once against a small backend contract and runs unchanged on plain arrays, TensorFlow.js, gpu.js kernels and ONNX Runtime Web."},{"title":"Cheap","details":"One Gram product (never stored as an n x n matrix on the CPU) plus an O(n·d) backward pass that touches only the n nearest pairs."},{"title":"Proven by one suite","details":"Golden vectors, finite differences, invariances and edge cases pass on cpu, tfjs (cpu, wasm, webgl, webgpu), gpu.js (cpu, webasm, webgl2, webgpu) and onnx (wasm)."}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
