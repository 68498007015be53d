#!/usr/bin/env node
// Generates the API reference (api/) from the packages' TSDoc with typedoc and
// typedoc-plugin-markdown, one section per package.
import { Application } from "typedoc";

const packages = ["core", "cpu", "tfjs", "gpujs", "onnx", "wasm", "cli"];
const app = await Application.bootstrapWithPlugins({
  entryPoints: packages.map((p) => `../packages/${p}/src/index.ts`),
  tsconfig: "./tsconfig.api.json",
  plugin: ["typedoc-plugin-markdown"],
  out: "api",
  readme: "none",
  entryFileName: "index",
  excludePrivate: true,
  excludeInternal: true,
  hideGenerator: true,
  disableSources: true,
  logLevel: "Warn",
  name: "API reference",
});
const project = await app.convert();
if (!project) {
  console.error("typedoc failed");
  process.exit(1);
}
await app.generateOutputs(project);
console.log("wrote api/ (typedoc)");
