import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resolveArcFaceOptions()","description":"","frontmatter":{"prev":{"text":"@mmareg/tfjs","link":"/api/tfjs/"},"next":false},"headers":[],"relativePath":"api/tfjs/functions/resolveArcFaceOptions.md","filePath":"api/tfjs/functions/resolveArcFaceOptions.md"}');
const _sfc_main = { name: "api/tfjs/functions/resolveArcFaceOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-resolvearcfaceoptions" tabindex="-1">Function: resolveArcFaceOptions() <a class="header-anchor" href="#function-resolvearcfaceoptions" aria-label="Permalink to &quot;Function: resolveArcFaceOptions()&quot;">​</a></h1><blockquote><p><strong>resolveArcFaceOptions</strong>(<code>options?</code>): <a href="./../interfaces/ResolvedArcFaceOptions.html"><code>ResolvedArcFaceOptions</code></a></p></blockquote><p>Check and complete ArcFace options.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ArcFaceOptions.html"><code>ArcFaceOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ResolvedArcFaceOptions.html"><code>ResolvedArcFaceOptions</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">resolveArcFaceOptions</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ margin: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">0.3</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> }); </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// { margin: 0.3, scale: 64, boundary: &quot;linear&quot;, layout: &quot;rows&quot; }</span></span></code></pre></div><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p><a href="./../../core/classes/MMARegError.html">MMARegError</a> <code>BAD_OPTION</code> naming the option and the values it takes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/resolveArcFaceOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resolveArcFaceOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resolveArcFaceOptions as default
};
