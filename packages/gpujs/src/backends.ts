import { hasWebAssembly, hasWebGL, hasWebGPU } from "@mmareg/core/internal";
import type { BackendDescriptor, BackendEnvironment, BackendStartOptions } from "@mmareg/core";

type Mode = "cpu" | "webasm" | "webgl" | "webgl2" | "webgpu";

const AVAILABLE: Record<Mode, () => boolean> = {
  cpu: () => true,
  webasm: hasWebAssembly,
  webgl: () => hasWebGL("webgl"),
  webgl2: () => hasWebGL("webgl2"),
  webgpu: hasWebGPU,
};

function gpujsDescriptor(mode: Mode, description: string, environments: readonly BackendEnvironment[]): BackendDescriptor {
  return {
    name: `gpujs-${mode}`,
    package: "@mmareg/gpujs",
    description,
    dtypes: ["float32"],
    environments,
    install: ["@mmareg/gpujs", "gpu.js"],
    available: AVAILABLE[mode],
    async start(options: BackendStartOptions = {}) {
      const { createGpujsBackend } = await import("./createGpujsBackend.js");
      return createGpujsBackend({ ...(options.settings ?? {}), mode });
    },
  };
}

/**
 * The gpu.js backends' registry entries: `gpujs-webgl`, `gpujs-webgl2`, `gpujs-webgpu`
 * (browser), `gpujs-cpu` and `gpujs-webasm` (Node and browser).
 *
 * @example
 * ```ts
 * import { findBackend, startDescriptor } from "@mmareg/core";
 * import { gpujsBackends } from "@mmareg/gpujs/backends";
 * const b = await startDescriptor(findBackend(gpujsBackends, "gpujs-webasm"));
 * ```
 */
export const gpujsBackends: readonly BackendDescriptor[] = [
  gpujsDescriptor("webgl", "gpu.js kernels on WebGL 1, float32", ["browser"]),
  gpujsDescriptor("webgl2", "gpu.js kernels on WebGL 2, float32", ["browser"]),
  gpujsDescriptor("webgpu", "gpu.js kernels on WebGPU, float32", ["browser"]),
  gpujsDescriptor("cpu", "gpu.js kernels in its cpu mode (JavaScript, float32)", ["node", "browser"]),
  gpujsDescriptor("webasm", "gpu.js kernels in its webasm mode (WebAssembly SIMD, float32)", ["node", "browser"]),
];
