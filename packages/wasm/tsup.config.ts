import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  // import.meta.url (where the .wasm files are) in the CommonJS build too
  shims: true,
  target: "es2022",
});
