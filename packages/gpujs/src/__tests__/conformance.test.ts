import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { createGpujsBackend, type GpujsBackend } from "../index.js";

// The two gpu.js modes that run in Node; webgl, webgl2 and webgpu run the same kernels
// in a browser (tested there).
for (const mode of ["cpu", "webasm"] as const) {
  runConformance({
    name: `gpujs-${mode}`,
    createBackend: () => createGpujsBackend({ mode }),
    dtypes: ["float32"],
    reference: () => createCpuBackend({ dtype: "float64" }),
    dispose: (b) => (b as GpujsBackend).destroy(),
  });
}
