import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RegularizerClasses","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/interfaces/RegularizerClasses.md","filePath":"api/tfjs/interfaces/RegularizerClasses.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/RegularizerClasses.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-regularizerclasses" tabindex="-1">Interface: RegularizerClasses <a class="header-anchor" href="#interface-regularizerclasses" aria-label="Permalink to &quot;Interface: RegularizerClasses&quot;">​</a></h1><p>The two classes of one tf namespace.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="angularregularizer" tabindex="-1">AngularRegularizer <a class="header-anchor" href="#angularregularizer" aria-label="Permalink to &quot;AngularRegularizer&quot;">​</a></h3><blockquote><p><strong>AngularRegularizer</strong>: <a href="./../type-aliases/AngularRegularizerClass.html"><code>AngularRegularizerClass</code></a></p></blockquote><hr><h3 id="mmaregularizer" tabindex="-1">MMARegularizer <a class="header-anchor" href="#mmaregularizer" aria-label="Permalink to &quot;MMARegularizer&quot;">​</a></h3><blockquote><p><strong>MMARegularizer</strong>: <a href="./../type-aliases/AngularRegularizerClass.html"><code>AngularRegularizerClass</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/RegularizerClasses.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RegularizerClasses = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RegularizerClasses as default
};
