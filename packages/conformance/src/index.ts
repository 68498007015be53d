/**
 * `@mmareg/conformance`: the one suite every backend passes. An adapter's test is a few
 * lines: `runConformance({ name, createBackend, dtypes, reference, skip })`.
 *
 * @packageDocumentation
 */
export { check, ConformanceFailure, expectAllClose, expectClose, expectRelClose, maxAbs, maxAbsDiff, recordComparisons, relativeError } from "./compare.js";
export type { ComparisonRecord } from "./compare.js";
export { CheckNotApplicable, DEFAULT_TOLERANCE } from "./context.js";
export { thrownCode } from "@mmareg/core/internal";
export type { CaseSkip, CaseTolerance, CheckDefinition, ConformanceOptions, ConformanceSkip, SuiteContext } from "./context.js";
export { exactAgreesWithReference, goldenCases, goldenInput, goldenLosses, goldenNumber } from "./golden.js";
export type { GoldenCase, GoldenConformance, GoldenLoss, GoldenNumber, GoldenResult } from "./golden.js";
export { matmul, randomMatrix, randomPermutation, randomRotation } from "./matrices.js";
export type { TestMatrix } from "./matrices.js";
export { recordTensorSizes } from "./memoryBound.js";
export type { TensorSizeRecorder } from "./memoryBound.js";
export { MUTANTS } from "./mutants.js";
export type { Mutant } from "./mutants.js";
export { createNaiveBackend } from "./naiveBackend.js";
export type { NaiveTensor } from "./naiveBackend.js";
export { expectedOpOutputs, OP_CASES, readOpOutputs } from "./opCases.js";
export type { AnyBackend, OpCase } from "./opCases.js";
export { CONFORMANCE_GROUPS, runConformance, runConformanceChecks } from "./runConformance.js";
export type { ConformanceCheck, ConformanceReport, ConformanceResult, RunChecksOptions } from "./runConformance.js";
export { LOSS_CONFIGS } from "./suites/losses.js";
export { findMutantCatchers, runMutationTest } from "./mutationTest.js";
export type { MutantCatch } from "./mutationTest.js";
