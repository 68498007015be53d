import { computeLoss, release, type Backend } from "@mmareg/core";
import type { BenchExtras } from "./types.js";

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

/** gpu.js rows of `mma bench` also say how they compare with the plain-TypeScript package. */
export const gpujsExtras: BenchExtras = { baselines: [cpuPackageMma] };
