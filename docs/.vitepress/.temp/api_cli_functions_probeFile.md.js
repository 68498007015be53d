import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: probeFile()","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/functions/probeFile.md","filePath":"api/cli/functions/probeFile.md"}');
const _sfc_main = { name: "api/cli/functions/probeFile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-probefile" tabindex="-1">Function: probeFile() <a class="header-anchor" href="#function-probefile" aria-label="Permalink to &quot;Function: probeFile()&quot;">​</a></h1><blockquote><p><strong>probeFile</strong>(<code>file</code>): <a href="./../interfaces/FileProbe.html"><code>FileProbe</code></a></p></blockquote><p>What readers decide on: the first 64 bytes and, for JSON (<code>.json</code> or text starting with <code>{</code> / <code>[</code>), the whole file parsed, so that a graph model, a layers model and a bare manifest are told apart by their content whatever the order of their keys.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/FileProbe.html"><code>FileProbe</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>MMARegError <code>PARSE</code> when the file cannot be read or a <code>.json</code> does not parse.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/functions/probeFile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const probeFile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  probeFile as default
};
