import { computeLoss, release, type Backend } from "@mmareg/core";
import type { BackendEntry } from "./types.js";

type GpujsBackend = Backend<unknown> & { destroy(): Promise<void> };

/** A CPU-package copy of each benchmark input, made once per input tensor. */
const cpuCopies = new WeakMap<object, { backend: Backend<unknown>; w: unknown }>();

/**
 * `mma bench` baseline: the `@mmareg/cpu` package's MMA loss + gradient (float64, its
 * default) on the same matrix, so each gpu.js row also says how it compares with plain
 * TypeScript.
 */
const cpuPackageMma = {
  label: "cpu-pkg MMA",
  async run(backend: Backend<unknown>, w: unknown): Promise<void> {
    let copy = cpuCopies.get(w as object);
    if (!copy) {
      const { createCpuBackend } = await import("@mmareg/cpu");
      const cpu = createCpuBackend() as Backend<unknown>;
      copy = { backend: cpu, w: cpu.tensor(await backend.read(w), backend.shape(w)) };
      cpuCopies.set(w as object, copy);
    }
    const out = computeLoss(copy.backend, copy.w, { loss: "mma" });
    await Promise.all([copy.backend.read(out.loss), copy.backend.read(out.grad)]);
    release(copy.backend, out.loss, out.grad);
  },
};

function gpujsEntry(mode: "cpu" | "webasm", description: string): BackendEntry {
  return {
    name: `gpujs-${mode}`,
    description,
    dtypes: ["float32"],
    packages: ["@mmareg/gpujs", "gpu.js"],
    load: async () => {
      const { createGpujsBackend } = await import("@mmareg/gpujs");
      return createGpujsBackend({ mode }) as unknown as Backend<unknown>;
    },
    baselines: [cpuPackageMma],
    unload: (backend) => (backend as GpujsBackend).destroy(),
  };
}

/** gpu.js kernels compiled to plain JavaScript (float32 storage). */
export const gpujsCpuEntry = gpujsEntry("cpu", "gpu.js kernels in its cpu mode (JavaScript, float32)");

/** gpu.js kernels compiled to WebAssembly with SIMD (float32). */
export const gpujsWebasmEntry = gpujsEntry("webasm", "gpu.js kernels in its webasm mode (WebAssembly SIMD, float32)");
