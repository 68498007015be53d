import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PLATEAU_DEFAULTS","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/PLATEAU_DEFAULTS.md","filePath":"api/core/variables/PLATEAU_DEFAULTS.md"}');
const _sfc_main = { name: "api/core/variables/PLATEAU_DEFAULTS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-plateau-defaults" tabindex="-1">Variable: PLATEAU_DEFAULTS <a class="header-anchor" href="#variable-plateau-defaults" aria-label="Permalink to &quot;Variable: PLATEAU\\_DEFAULTS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PLATEAU_DEFAULTS</strong>: <code>object</code></p></blockquote><p>Defaults of the plateau schedule. The paper does not give its patience; PyTorch&#39;s default of 10 iterations cuts the rate to nothing within a few hundred noisy MMA steps and lands well below the paper&#39;s Table 1, so we wait 1000 (a tenth of the run).</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="cooldown" tabindex="-1">cooldown <a class="header-anchor" href="#cooldown" aria-label="Permalink to &quot;cooldown&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>cooldown</strong>: <code>0</code> = <code>0</code></p></blockquote><h3 id="factor" tabindex="-1">factor <a class="header-anchor" href="#factor" aria-label="Permalink to &quot;factor&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>factor</strong>: <code>0.2</code> = <code>0.2</code></p></blockquote><h3 id="minlr" tabindex="-1">minLr <a class="header-anchor" href="#minlr" aria-label="Permalink to &quot;minLr&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>minLr</strong>: <code>0</code> = <code>0</code></p></blockquote><h3 id="patience" tabindex="-1">patience <a class="header-anchor" href="#patience" aria-label="Permalink to &quot;patience&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>patience</strong>: <code>1000</code> = <code>1000</code></p></blockquote><h3 id="threshold" tabindex="-1">threshold <a class="header-anchor" href="#threshold" aria-label="Permalink to &quot;threshold&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>threshold</strong>: <code>0.0001</code> = <code>1e-4</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/PLATEAU_DEFAULTS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PLATEAU_DEFAULTS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PLATEAU_DEFAULTS as default
};
