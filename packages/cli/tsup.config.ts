import { defineConfig } from "tsup";

export default defineConfig({
  // the command and its library API, and the backend registry alone (@mmareg/cli/registry),
  // which the docs site reads without loading the command
  entry: { index: "src/index.ts", registry: "src/backends/registry.ts" },
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
});
