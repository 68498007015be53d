import { defineConfig } from "tsup";

export default defineConfig({
  // the adapter, and its registry descriptors on a light subpath (@mmareg/onnx/backends)
  entry: { index: "src/index.ts", backends: "src/backends.ts" },
  // one copy of each module shared by both entries (the descriptors import the adapter lazily)
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
