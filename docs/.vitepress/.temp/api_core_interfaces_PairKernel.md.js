import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PairKernel","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/interfaces/PairKernel.md","filePath":"api/core/interfaces/PairKernel.md"}');
const _sfc_main = { name: "api/core/interfaces/PairKernel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-pairkernel" tabindex="-1">Interface: PairKernel <a class="header-anchor" href="#interface-pairkernel" aria-label="Permalink to &quot;Interface: PairKernel&quot;">​</a></h1><p>A pairwise energy kernel, named so a GPU backend can compile it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="halfspace" tabindex="-1">halfSpace <a class="header-anchor" href="#halfspace" aria-label="Permalink to &quot;halfSpace&quot;">​</a></h3><blockquote><p><strong>halfSpace</strong>: <code>boolean</code></p></blockquote><p>Also count each pair against the other row&#39;s antipode <code>-u_j</code> (half-space MHE).</p><hr><h3 id="s" tabindex="-1">s <a class="header-anchor" href="#s" aria-label="Permalink to &quot;s&quot;">​</a></h3><blockquote><p><strong>s</strong>: <code>number</code></p></blockquote><p>Riesz-Fisher exponent: <code>s &gt; 0</code> sums <code>D^(-s)</code> over pairs, <code>s = 0</code> sums <code>-log D</code>, where <code>D = ||u_i - u_j||</code> (the chord, not its square).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/PairKernel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PairKernel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PairKernel as default
};
