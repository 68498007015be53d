/**
 * `@mmareg/conformance`: the one suite every backend passes. An adapter's test is a few
 * lines: `runConformance({ name, createBackend, dtypes, reference, skip })`.
 *
 * @packageDocumentation
 */
export { maxAbs, maxAbsDiff, expectAllClose, expectClose } from "./compare.js";
export { DEFAULT_TOLERANCE } from "./context.js";
export type { ConformanceOptions, ConformanceSkip, SuiteContext } from "./context.js";
export { exactAgreesWithReference, goldenCases, goldenInput, goldenLosses, goldenNumber } from "./golden.js";
export type { GoldenCase, GoldenConformance, GoldenLoss, GoldenNumber, GoldenResult } from "./golden.js";
export { matmul, randomMatrix, randomPermutation, randomRotation } from "./matrices.js";
export type { TestMatrix } from "./matrices.js";
export { runConformance } from "./runConformance.js";
export { LOSS_CONFIGS } from "./suites/losses.js";
