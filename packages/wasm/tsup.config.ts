import { defineConfig } from "tsup";

export default defineConfig({
  // the adapter, and its registry descriptors on a light subpath (@mmareg/wasm/backends)
  entry: { index: "src/index.ts", backends: "src/backends.ts" },
  // one copy of each module shared by both entries (the descriptors import the adapter lazily)
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  // import.meta.url (where the .wasm files are) in the CommonJS build too
  shims: true,
  target: "es2022",
});
