/**
 * `@mmareg/gpujs`: the MMA, cosine, MHE and orthogonal losses on gpu.js kernels (webgl,
 * webgl2 and webgpu in the browser; webasm and cpu anywhere), and the whole of
 * `@mmareg/core` re-exported, so users install one package.
 *
 * @packageDocumentation
 */
export * from "@mmareg/core";
export { createGpujsBackend, GPUJS_MODES } from "./createGpujsBackend.js";
export type { GpujsBackend, GpujsBackendOptions, GpujsMode } from "./createGpujsBackend.js";
export { KernelCache } from "./kernelCache.js";
export type { KernelHelper, KernelRun, KernelSource, KernelSpec, KernelStats } from "./kernelCache.js";
export type { RegisteredKernel } from "./kernelRegistry.js";
export { GpujsTensor } from "./tensor.js";
export type { DeviceHandle, StoredValue } from "./tensor.js";
export { gpujsBackends } from "./backends.js";
