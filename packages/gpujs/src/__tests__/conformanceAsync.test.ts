import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { GPU } from "gpu.js";
import { createGpujsBackend, type GpujsBackend } from "../index.js";
import { fakeDeviceGpu } from "./fakeDevice.js";

// The paths the browser modes take, run in Node. Under gpu.js's async contract every
// kernel call returns a promise (as on webgpu): webasm kernels exercise the backend's
// promise chaining. The fake device adds texture lifetimes (upload kernels, deferred
// deletes) on top, with cpu kernels doing the math.
runConformance({
  name: "gpujs-webasm (async contract)",
  createBackend: () => createGpujsBackend({ gpu: new GPU({ mode: "async" }) }),
  dtypes: ["float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
  dispose: async (b) => {
    await (b as GpujsBackend).destroy();
    await (b as GpujsBackend).gpu.destroy();
  },
});

runConformance({
  name: "gpujs device path (fake asynchronous device)",
  createBackend: () => createGpujsBackend({ gpu: fakeDeviceGpu(true).gpu }),
  dtypes: ["float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
  dispose: (b) => (b as GpujsBackend).destroy(),
});
