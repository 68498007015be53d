// The packages the API reference documents, in the order the /api/ sidebar lists them:
// read by scripts/make-api.mjs (typedoc entry points) and by config.mts (the sidebar).
/** @type {readonly { name: string; dir: string }[]} */
export const API_PACKAGES = [
  { name: "@mmareg/core", dir: "core" },
  { name: "@mmareg/cpu", dir: "cpu" },
  { name: "@mmareg/tfjs", dir: "tfjs" },
  { name: "@mmareg/gpujs", dir: "gpujs" },
  { name: "@mmareg/onnx", dir: "onnx" },
  { name: "@mmareg/wasm", dir: "wasm" },
  { name: "@mmareg/cli", dir: "cli" },
];
