import type { BackendDescriptor } from "@mmareg/core";

/**
 * The CPU backend's registry entry (`cpu`, float64 by default, float32 on request). The
 * `@mmareg/cpu/backends` subpath holds only descriptors: importing it loads no backend.
 *
 * @example
 * ```ts
 * import { startDescriptor } from "@mmareg/core";
 * import { cpuBackends } from "@mmareg/cpu/backends";
 * const b = await startDescriptor(cpuBackends[0]!, { dtype: "float32" }); // cpu-float32
 * ```
 */
export const cpuBackends: readonly BackendDescriptor[] = [
  {
    name: "cpu",
    package: "@mmareg/cpu",
    description: "pure TypeScript, Float64Array or Float32Array (the reference)",
    dtypes: ["float64", "float32"],
    environments: ["node", "browser"],
    install: ["@mmareg/cpu"],
    async start(options = {}) {
      const { createCpuBackend } = await import("./createCpuBackend.js");
      return createCpuBackend(options.dtype !== undefined ? { dtype: options.dtype } : {});
    },
  },
];
