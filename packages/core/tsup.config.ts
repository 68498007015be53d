import { defineConfig } from "tsup";

export default defineConfig({
  // the public surface and the adapters' internal subpath (@mmareg/core/internal)
  entry: { index: "src/index.ts", internal: "src/internal.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  // one copy of shared modules in both formats: MMARegError thrown by an internal helper
  // must be the class users import from the public entry (instanceof), in CJS too
  splitting: true,
});
