/**
 * `@mmareg/onnx`: the `@mmareg/core` losses and their analytic gradients as ONNX graphs.
 *
 * - {@link createOnnxBackend}: a core backend that traces each loss into an ONNX graph
 *   (opset 13) and runs it with ONNX Runtime Web (`wasm` in Node, `webgpu` in browsers).
 * - {@link buildLossModel}: a standalone `.onnx` model of a loss with input `W` and
 *   outputs `loss` and `grad`, for any ONNX Runtime (Python, C++, C#, JS).
 * - {@link readOnnxWeights}: the weight matrices of an `.onnx` file (Conv, Gemm, MatMul)
 *   with the layout that maps each to rows, for angle reports.
 *
 * It re-exports all of `@mmareg/core` (like the other adapters), so `evaluateLoss` and the
 * error types come from the package you installed.
 *
 * @packageDocumentation
 */
export * from "@mmareg/core";
export { buildLossModel } from "./buildLossModel.js";
export { createOnnxBackend } from "./createOnnxBackend.js";
export { summarizeModel } from "./modelSummary.js";
export { createTracingBackend, placeholder } from "./trace/createTracingBackend.js";
export { TraceTensor } from "./trace/traceTensor.js";
export { readOnnxWeights } from "./weights/readOnnxWeights.js";

export type { LossModelOptions } from "./buildLossModel.js";
export type { OnnxBackend, OnnxBackendOptions } from "./createOnnxBackend.js";
export type { ModelSummary, ValueSummary } from "./modelSummary.js";
export type { OrtModule, RuntimeName } from "./runtime/ortTypes.js";
export type { TracingBackendOptions } from "./trace/createTracingBackend.js";
export type { TraceKind } from "./trace/traceTensor.js";
export type { OnnxWeight, OnnxWeights, ReadOnnxWeightsOptions } from "./weights/readOnnxWeights.js";
export type { ExternalReader } from "./weights/tensorValues.js";
export { onnxBackends } from "./backends.js";
