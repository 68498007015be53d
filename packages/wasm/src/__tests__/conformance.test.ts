import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { createWasmBackend, type WasmBackend } from "../index.js";

// The whole suite in float32 (the backend's only precision) against the float64 CPU
// reference: once on one thread, once on two with every kernel call sent to the worker
// pool (minParallelWork 0), so the threaded path is what is tested even on small shapes.
for (const threads of [1, 2]) {
  runConformance({
    name: `wasm (${threads} thread${threads > 1 ? "s" : ""})`,
    createBackend: () => createWasmBackend({ threads, minParallelWork: 0 }),
    dtypes: ["float32"],
    reference: () => createCpuBackend({ dtype: "float64" }),
    dispose: (b) => (b as WasmBackend).close(),
  });
}
