/**
 * `@mmareg/wasm`: WebAssembly SIMD kernels for `@mmareg/core` on a worker pool over one
 * shared memory (every core, in Node and in the browser), float32.
 *
 * @packageDocumentation
 */
export * from "@mmareg/core";
export { wasmBackends } from "./backends.js";
export { createWasmBackend, defaultThreads, sharedMemoryUnavailable } from "./createWasmBackend.js";
export type { WasmBackend, WasmBackendOptions } from "./createWasmBackend.js";
export { WasmTensor } from "./context.js";
export type { KernelFiles } from "./kernels.js";
