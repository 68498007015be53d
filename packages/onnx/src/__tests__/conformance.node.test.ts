import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { createOnnxBackend } from "../index.js";

// The same graphs run by ONNX Runtime's native CPU build (onnxruntime-node), one thread.
runConformance({
  name: "onnx-node",
  createBackend: () => createOnnxBackend({ runtime: "node", numThreads: 1 }),
  dtypes: ["float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
  dispose: (b) => (b as Awaited<ReturnType<typeof createOnnxBackend>>).close(),
});
