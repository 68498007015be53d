import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"API reference","description":"","frontmatter":{},"headers":[],"relativePath":"api/index.md","filePath":"api/index.md"}');
const _sfc_main = { name: "api/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="api-reference" tabindex="-1">API reference <a class="header-anchor" href="#api-reference" aria-label="Permalink to &quot;API reference&quot;">​</a></h1><h2 id="packages" tabindex="-1">Packages <a class="header-anchor" href="#packages" aria-label="Permalink to &quot;Packages&quot;">​</a></h2><table tabindex="0"><thead><tr><th>package</th><th>what it is</th></tr></thead><tbody><tr><td><a href="./core/">@mmareg/core</a></td><td>Angular-diversity losses (MMA, cosine, MHE, orthogonal) with analytic gradients over an abstract tensor backend.</td></tr><tr><td><a href="./cpu/">@mmareg/cpu</a></td><td>Pure-TypeScript reference backend for @mmareg/core (Float64Array / Float32Array, synchronous).</td></tr><tr><td><a href="./tfjs/">@mmareg/tfjs</a></td><td>TensorFlow.js backend for @mmareg/core, a tf.layers MMA regularizer and model helpers.</td></tr><tr><td><a href="./gpujs/">@mmareg/gpujs</a></td><td>gpu.js kernels for @mmareg/core: the MMA, MHE and orthogonal losses on the GPU (webgl, webgl2, webgpu) or CPU.</td></tr><tr><td><a href="./onnx/">@mmareg/onnx</a></td><td>ONNX graphs of the @mmareg/core losses and their gradients, run by ONNX Runtime Web; .onnx weight reader.</td></tr><tr><td><a href="./wasm/">@mmareg/wasm</a></td><td>WebAssembly SIMD kernels for @mmareg/core on a worker pool over shared memory: the MMA and MHE losses on every CPU core, in Node and in the browser.</td></tr><tr><td><a href="./cli/">@mmareg/cli</a></td><td>The <code>mma</code> command: losses, gradients and angular-diversity reports from the command line.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
