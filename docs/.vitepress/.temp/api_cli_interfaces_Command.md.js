import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Command","description":"","frontmatter":{"prev":{"text":"@mmareg/cli","link":"/api/cli/"},"next":false},"headers":[],"relativePath":"api/cli/interfaces/Command.md","filePath":"api/cli/interfaces/Command.md"}');
const _sfc_main = { name: "api/cli/interfaces/Command.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-command" tabindex="-1">Interface: Command <a class="header-anchor" href="#interface-command" aria-label="Permalink to &quot;Interface: Command&quot;">​</a></h1><p>A subcommand of <code>mma</code>. Each lives in its own file in this folder.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="help" tabindex="-1">help <a class="header-anchor" href="#help" aria-label="Permalink to &quot;help&quot;">​</a></h3><blockquote><p><strong>help</strong>: <code>string</code></p></blockquote><p>The full text of <code>mma &lt;name&gt; --help</code>.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>The word after <code>mma</code>.</p><hr><h3 id="summary" tabindex="-1">summary <a class="header-anchor" href="#summary" aria-label="Permalink to &quot;summary&quot;">​</a></h3><blockquote><p><strong>summary</strong>: <code>string</code></p></blockquote><p>One line for <code>mma --help</code>.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="run" tabindex="-1">run() <a class="header-anchor" href="#run" aria-label="Permalink to &quot;run()&quot;">​</a></h3><blockquote><p><strong>run</strong>(<code>argv</code>, <code>io</code>): <code>Promise</code>&lt;<code>number</code>&gt;</p></blockquote><p>Run with the arguments after the subcommand; resolves to the exit code.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="argv" tabindex="-1">argv <a class="header-anchor" href="#argv" aria-label="Permalink to &quot;argv&quot;">​</a></h5><p><code>string</code>[]</p><h5 id="io" tabindex="-1">io <a class="header-anchor" href="#io" aria-label="Permalink to &quot;io&quot;">​</a></h5><p><a href="./CommandIO.html"><code>CommandIO</code></a></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>number</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/interfaces/Command.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Command = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Command as default
};
