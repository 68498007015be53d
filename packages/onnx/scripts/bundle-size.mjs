#!/usr/bin/env node
// The browser weight of @mmareg/onnx: `createOnnxBackend` alone (and the whole package),
// bundled and minified by esbuild for the browser, with the runtimes left external (a
// user's bundler loads onnxruntime-web on its own; onnxruntime-node never reaches a
// browser bundle). Prints bytes minified and gzipped.
//
//   node scripts/bundle-size.mjs
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const src = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const entries = {
  "createOnnxBackend": `export { createOnnxBackend } from ${JSON.stringify(src)};`,
  "readOnnxWeights": `export { readOnnxWeights } from ${JSON.stringify(src)};`,
  "the whole package": `export * from ${JSON.stringify(src)};`,
};
for (const [label, contents] of Object.entries(entries)) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    external: ["onnxruntime-web", "onnxruntime-node"],
    write: false,
    logLevel: "error",
  });
  const bytes = out.outputFiles[0].contents;
  console.log(`${label.padEnd(18)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KiB minified, ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(5)} KiB gzipped`);
}
