import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FileProbe","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/interfaces/FileProbe.md","filePath":"api/cli/interfaces/FileProbe.md"}');
const _sfc_main = { name: "api/cli/interfaces/FileProbe.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-fileprobe" tabindex="-1">Interface: FileProbe <a class="header-anchor" href="#interface-fileprobe" aria-label="Permalink to &quot;Interface: FileProbe&quot;">​</a></h1><p>What a probe of a file gives a reader to decide on.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><blockquote><p><strong>file</strong>: <code>string</code></p></blockquote><p>The path.</p><hr><h3 id="head" tabindex="-1">head <a class="header-anchor" href="#head" aria-label="Permalink to &quot;head&quot;">​</a></h3><blockquote><p><strong>head</strong>: <code>Uint8Array</code></p></blockquote><p>Its first bytes (up to 64).</p><hr><h3 id="json" tabindex="-1">json? <a class="header-anchor" href="#json" aria-label="Permalink to &quot;json?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>json?</strong>: <code>unknown</code></p></blockquote><p>The parsed JSON, for <code>.json</code> files that parse (decided from the content, not the first bytes).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/FileProbe.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FileProbe = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FileProbe as default
};
