import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: StoredValue","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/type-aliases/StoredValue.md","filePath":"api/gpujs/type-aliases/StoredValue.md"}');
const _sfc_main = { name: "api/gpujs/type-aliases/StoredValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-storedvalue" tabindex="-1">Type Alias: StoredValue <a class="header-anchor" href="#type-alias-storedvalue" aria-label="Permalink to &quot;Type Alias: StoredValue&quot;">​</a></h1><blockquote><p><strong>StoredValue</strong> = <code>Float32Array</code> | <code>Float32Array</code>[] | <a href="./../interfaces/DeviceHandle.html"><code>DeviceHandle</code></a></p></blockquote><p>What a tensor stores. On the <code>cpu</code> and <code>webasm</code> modes: host arrays in the shape gpu.js kernels take and return (a <code>Float32Array</code> for a vector or scalar, one <code>Float32Array</code> per row for a matrix), passed from kernel to kernel without copies. On the GPU modes (<code>webgl</code>, <code>webgl2</code>, <code>webgpu</code>): the device-resident output of the kernel that made it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/type-aliases/StoredValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StoredValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StoredValue as default
};
