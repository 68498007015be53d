/**
 * `@mmareg/tfjs`: the angular-diversity losses of `@mmareg/core` on TensorFlow.js tensors
 * (any tfjs backend: cpu, wasm, webgl, webgpu, tfjs-node), a tf.layers MMA regularizer
 * that saves and loads with the model, and helpers for custom training loops. Re-exports
 * all of `@mmareg/core`.
 *
 * Importing the package registers its two regularizer classes with `tf.serialization`
 * (idempotent); it imports no tfjs backend.
 *
 * @packageDocumentation
 */
import "./regularizer/register.js";

export * from "@mmareg/core";
export { angularLoss, sharedBackend } from "./angularLoss.js";
export type { AngularLossOptions } from "./angularLoss.js";
export { arcFaceLoss } from "./arcface/arcFaceLoss.js";
export type { ClassMarginLoss } from "./arcface/arcFaceLoss.js";
export { resolveArcFaceOptions } from "./arcface/arcFaceOptions.js";
export type { ArcFaceBoundary, ArcFaceOptions, ArcFacePlusOptions, ClassWeightsLayout, ResolvedArcFaceOptions } from "./arcface/arcFaceOptions.js";
export { arcFacePlusLoss } from "./arcface/arcFacePlusLoss.js";
export type { ArcFacePlusLoss } from "./arcface/arcFacePlusLoss.js";
export { classCosines } from "./arcface/classCosines.js";
export type { GramTranspose, ScatterRows, TieBreak } from "./context.js";
export { createTfjsBackend } from "./createTfjsBackend.js";
export type { TfjsBackend, TfjsBackendOptions } from "./createTfjsBackend.js";
export { loadTfjsBackend } from "./loadTfjsBackend.js";
export { checkWeight } from "./model/checkWeight.js";
export type { CheckContext } from "./model/checkWeight.js";
export { disposeDiversityPairs, diversityLoss } from "./model/diversityLoss.js";
export type { DiversityLossOptions } from "./model/diversityLoss.js";
export { detectLayout, KERNEL_LAYOUTS, kernelRows, resolveLayout } from "./model/kernelRows.js";
export type { KernelLayout } from "./model/kernelRows.js";
export { kernelWeights } from "./model/kernelWeights.js";
export type { KernelWeight, LayerSelection } from "./model/kernelWeights.js";
export { layerAngles } from "./model/layerAngles.js";
export type { LayerAngles } from "./model/layerAngles.js";
export { angularRegularizer } from "./regularizer/angularRegularizer.js";
export { mmaRegularizer } from "./regularizer/mmaRegularizer.js";
export type { MmaRegularizerOptions } from "./regularizer/mmaRegularizer.js";
export { resolveRegularizerOptions } from "./regularizer/options.js";
export type { AngularRegularizerOptions, CheckPolicy, ResolvedRegularizerOptions } from "./regularizer/options.js";
export { REGULARIZER_BRAND, registerRegularizers } from "./regularizer/regularizerClasses.js";
export type { AngularRegularizer, AngularRegularizerClass, RegularizerClasses, TfRegularizer } from "./regularizer/regularizerClasses.js";
export type { TfNamespace, TfTensor } from "./tf.js";
export { tfjsBackends } from "./backends.js";
