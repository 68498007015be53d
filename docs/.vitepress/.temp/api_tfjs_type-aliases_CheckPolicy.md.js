import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CheckPolicy","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/CheckPolicy.md","filePath":"api/tfjs/type-aliases/CheckPolicy.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/CheckPolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-checkpolicy" tabindex="-1">Type Alias: CheckPolicy <a class="header-anchor" href="#type-alias-checkpolicy" aria-label="Permalink to &quot;Type Alias: CheckPolicy&quot;">​</a></h1><blockquote><p><strong>CheckPolicy</strong> = <code>&quot;first&quot;</code> | <code>&quot;always&quot;</code> | <code>&quot;never&quot;</code></p></blockquote><p>When to check a weight before its loss is taken (the check reads the weight back synchronously, so it costs one device-to-host copy):</p><ul><li><code>first</code> (default): the first time each weight is seen, which catches a bad initialization (an all-zero kernel, non-finite values) with a typed error;</li><li><code>always</code>: every call (debugging; a read-back per training step);</li><li><code>never</code>: no read-back at all. On backends that cannot read synchronously (webgpu) the check is skipped: run <code>await layerAngles(model)</code> before training to validate the weights there.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/CheckPolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckPolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckPolicy as default
};
