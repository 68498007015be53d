import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@mmareg/cli","description":"","frontmatter":{},"headers":[],"relativePath":"api/cli/index.md","filePath":"api/cli/index.md"}');
const _sfc_main = { name: "api/cli/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="mmareg-cli" tabindex="-1">@mmareg/cli <a class="header-anchor" href="#mmareg-cli" aria-label="Permalink to &quot;@mmareg/cli&quot;">​</a></h1><p><code>@mmareg/cli</code>: the <code>mma</code> command line, also usable as a library (<code>main(argv)</code>), with its file readers.</p><h2 id="classes" tabindex="-1">Classes <a class="header-anchor" href="#classes" aria-label="Permalink to &quot;Classes&quot;">​</a></h2><ul><li><a href="./classes/CliError.html">CliError</a></li></ul><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/BackendEntry.html">BackendEntry</a></li><li><a href="./interfaces/Command.html">Command</a></li><li><a href="./interfaces/CommandIO.html">CommandIO</a></li><li><a href="./interfaces/FileProbe.html">FileProbe</a></li><li><a href="./interfaces/InspectOptions.html">InspectOptions</a></li><li><a href="./interfaces/InspectReport.html">InspectReport</a></li><li><a href="./interfaces/InspectRow.html">InspectRow</a></li><li><a href="./interfaces/LayerPictures.html">LayerPictures</a></li><li><a href="./interfaces/LayerWeight.html">LayerWeight</a></li><li><a href="./interfaces/MatrixFile.html">MatrixFile</a></li><li><a href="./interfaces/ModelReader.html">ModelReader</a></li><li><a href="./interfaces/ModelWeights.html">ModelWeights</a></li><li><a href="./interfaces/NpyArray.html">NpyArray</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/BACKENDS.html">BACKENDS</a></li><li><a href="./variables/COMMANDS.html">COMMANDS</a></li><li><a href="./variables/MODEL_READERS.html">MODEL_READERS</a></li><li><a href="./variables/VERSION.html">VERSION</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/backendEntry.html">backendEntry</a></li><li><a href="./functions/encodeNpy.html">encodeNpy</a></li><li><a href="./functions/formatInspectTable.html">formatInspectTable</a></li><li><a href="./functions/inspectModel.html">inspectModel</a></li><li><a href="./functions/inspectWeights.html">inspectWeights</a></li><li><a href="./functions/inspectWeightsSync.html">inspectWeightsSync</a></li><li><a href="./functions/loadBackend.html">loadBackend</a></li><li><a href="./functions/main.html">main</a></li><li><a href="./functions/parseNpy.html">parseNpy</a></li><li><a href="./functions/probeFile.html">probeFile</a></li><li><a href="./functions/readMatrixFile.html">readMatrixFile</a></li><li><a href="./functions/readModel.html">readModel</a></li><li><a href="./functions/renderInspectHtml.html">renderInspectHtml</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cli/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
