import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PAPER_TABLE1","description":"","frontmatter":{"prev":{"text":"@mmareg/core","link":"/api/core/"},"next":false},"headers":[],"relativePath":"api/core/variables/PAPER_TABLE1.md","filePath":"api/core/variables/PAPER_TABLE1.md"}');
const _sfc_main = { name: "api/core/variables/PAPER_TABLE1.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-paper-table1" tabindex="-1">Variable: PAPER_TABLE1 <a class="header-anchor" href="#variable-paper-table1" aria-label="Permalink to &quot;Variable: PAPER\\_TABLE1&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PAPER_TABLE1</strong>: readonly <a href="./../interfaces/PaperTable1Row.html"><code>PaperTable1Row</code></a>[]</p></blockquote><p>Table 1 of the paper, row by row. Setting (Section 4): standard-normal start, SGD with momentum 0.9, learning rate 0.1 divided by 5 when the loss stagnates, 10000 iterations.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">PAPER_TABLE1</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">.</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">find</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">((</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">r</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">) </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">=&gt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> r.d </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">===</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 3</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> &amp;&amp;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> r.n </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">===</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 130</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)?.paper.mma; </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// 17.6</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/variables/PAPER_TABLE1.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PAPER_TABLE1 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PAPER_TABLE1 as default
};
