import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { createOnnxBackend } from "../index.js";

runConformance({
  name: "onnx-wasm",
  createBackend: () => createOnnxBackend({ numThreads: 1 }),
  dtypes: ["float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
  dispose: (b) => (b as Awaited<ReturnType<typeof createOnnxBackend>>).close(),
});
