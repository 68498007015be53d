import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AngularRegularizerClass","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/type-aliases/AngularRegularizerClass.md","filePath":"api/tfjs/type-aliases/AngularRegularizerClass.md"}');
const _sfc_main = { name: "api/tfjs/type-aliases/AngularRegularizerClass.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-angularregularizerclass" tabindex="-1">Type Alias: AngularRegularizerClass <a class="header-anchor" href="#type-alias-angularregularizerclass" aria-label="Permalink to &quot;Type Alias: AngularRegularizerClass&quot;">​</a></h1><blockquote><p><strong>AngularRegularizerClass</strong> = (new (<code>options</code>) =&gt; <a href="./AngularRegularizer.html"><code>AngularRegularizer</code></a>) &amp; <code>object</code></p></blockquote><p>A regularizer class as registered with <code>tf.serialization</code>.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="classname" tabindex="-1">className <a class="header-anchor" href="#classname" aria-label="Permalink to &quot;className&quot;">​</a></h3><blockquote><p><strong>className</strong>: <code>string</code></p></blockquote><h3 id="fromconfig" tabindex="-1">fromConfig() <a class="header-anchor" href="#fromconfig" aria-label="Permalink to &quot;fromConfig()&quot;">​</a></h3><blockquote><p><strong>fromConfig</strong>&lt;<code>T</code>&gt;(<code>cls</code>, <code>config</code>): <code>T</code></p></blockquote><h4 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h4><h5 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h5><p><code>T</code> <em>extends</em> <code>Serializable</code></p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="cls" tabindex="-1">cls <a class="header-anchor" href="#cls" aria-label="Permalink to &quot;cls&quot;">​</a></h5><p><code>SerializableConstructor</code>&lt;<code>T</code>&gt;</p><h5 id="config" tabindex="-1">config <a class="header-anchor" href="#config" aria-label="Permalink to &quot;config&quot;">​</a></h5><p><code>ConfigDict</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>T</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/type-aliases/AngularRegularizerClass.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AngularRegularizerClass = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AngularRegularizerClass as default
};
