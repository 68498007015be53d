/**
 * `@mmareg/cpu`: the pure-TypeScript reference backend, and the whole of `@mmareg/core`
 * re-exported with convenience functions that default to it, so plain-array users
 * install one package.
 *
 * @packageDocumentation
 */
export * from "@mmareg/core";
export { createCpuBackend } from "./createCpuBackend.js";
export type { CpuBackend, CpuBackendOptions } from "./createCpuBackend.js";
export { CpuTensor } from "./tensor.js";
export type { CpuData } from "./tensor.js";
export { angles, loss, mma } from "./convenience.js";
export type { CpuEvaluateOptions } from "./convenience.js";
export { cpuBackends } from "./backends.js";
