import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RegisteredKernel","description":"","frontmatter":{"prev":{"text":"@mmareg/gpujs","link":"/api/gpujs/"},"next":false},"headers":[],"relativePath":"api/gpujs/interfaces/RegisteredKernel.md","filePath":"api/gpujs/interfaces/RegisteredKernel.md"}');
const _sfc_main = { name: "api/gpujs/interfaces/RegisteredKernel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-registeredkernel" tabindex="-1">Interface: RegisteredKernel <a class="header-anchor" href="#interface-registeredkernel" aria-label="Permalink to &quot;Interface: RegisteredKernel&quot;">​</a></h1><p>A kernel body or helper function of this backend under a stable id. The function is there for the type checker (and the tests); what gpu.js compiles is the text <code>scripts/generateKernelSources.mjs</code> extracted from its TypeScript source (kernelText), never <code>fn.toString()</code>, which a consumer&#39;s minifier would have turned into code gpu.js cannot translate.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="fn" tabindex="-1">fn <a class="header-anchor" href="#fn" aria-label="Permalink to &quot;fn&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>fn</strong>: <code>Function</code></p></blockquote><p>The TypeScript function, type-checked with the package.</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>id</strong>: <code>string</code></p></blockquote><p>Stable id, <code>&lt;op&gt;.&lt;part&gt;</code> (for example <code>pairAngles.stats</code>); the key of its generated text.</p><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kind</strong>: <code>&quot;kernel&quot;</code> | <code>&quot;helper&quot;</code></p></blockquote><p><code>kernel</code>: a kernel body (<code>this.thread</code>, <code>this.constants</code>); <code>helper</code>: a function kernels call.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/gpujs/interfaces/RegisteredKernel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RegisteredKernel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RegisteredKernel as default
};
