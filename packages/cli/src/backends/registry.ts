/**
 * `@mmareg/cli/registry`: the one list of backends the project offers, read by the `mma`
 * command (its Node entries) and by the docs site (its browser entries). Each adapter
 * exports its descriptors from a light `/backends` subpath; adding a backend is one line
 * here.
 *
 * @packageDocumentation
 */
import type { BackendDescriptor } from "@mmareg/core";
import { cpuBackends } from "@mmareg/cpu/backends";
import { gpujsBackends } from "@mmareg/gpujs/backends";
import { onnxBackends } from "@mmareg/onnx/backends";
import { tfjsBackends } from "@mmareg/tfjs/backends";
import { wasmBackends } from "@mmareg/wasm/backends";

/**
 * Every backend of every adapter, in the order pickers show them (the reference first,
 * then each stack fastest-first).
 *
 * @example
 * ```ts
 * import { REGISTRY } from "@mmareg/cli/registry";
 * const node = REGISTRY.filter((d) => d.environments.includes("node")).map((d) => d.name);
 * ```
 */
export const REGISTRY: readonly BackendDescriptor[] = [...cpuBackends, ...wasmBackends, ...tfjsBackends, ...gpujsBackends, ...onnxBackends];
