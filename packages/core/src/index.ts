/**
 * `@mmareg/core`: angular-diversity losses (MMA, cosine, MHE, orthogonal) with analytic
 * gradients, written once against an abstract {@link Backend}. Zero runtime dependencies.
 * Install an adapter (`@mmareg/cpu`, `@mmareg/tfjs`, `@mmareg/gpujs`, `@mmareg/onnx`) to
 * run them.
 *
 * This is the public surface. The shared building blocks of the adapters (composed ops,
 * kernel coefficients, the golden-data generators, solver internals) live in
 * `@mmareg/core/internal`, without a semver promise.
 *
 * @packageDocumentation
 */
export { angleStatistics, cosineBlock, exactPairAngle } from "./angleStatistics.js";
export type { AngleStatistics, AngleStatisticsOptions, NearPair } from "./angleStatistics.js";
export { COMPOSABLE_OPS, FUSED_OPS, OPTIONAL_OPS, release, withoutFused, withScope } from "./backend.js";
export type {
  Backend,
  BackendArray,
  BinaryOp,
  ComposableOp,
  DiagonalRule,
  Dtype,
  FusedOp,
  NormalizedRows,
  OptionalOp,
  PairAngles,
  MmaExact,
  PairEnergy,
  AngleStats,
  PairKernel,
  RowMax,
  UnaryOp,
} from "./backend.js";
export { defineBackend, REQUIRED_OPS } from "./defineBackend.js";
export type { BackendDefinition, BackendIo, BackendOps, ContextOps, DefinedBackend, OpName, RequiredOp } from "./defineBackend.js";
export { backendFailureError, findBackend, importModule, probeBackends, startBackends, startDescriptor } from "./registry.js";
export type { BackendDescriptor, BackendEnvironment, BackendFailure, BackendStartOptions, ModuleLoader } from "./registry.js";
export { createScopeTracker } from "./scopeTracker.js";
export type { ScopeTracker, ScopeTrackerOptions } from "./scopeTracker.js";
export { isMMARegError, MMARegError } from "./errors.js";
export type { MMARegErrorCode, MMARegErrorContext } from "./errors.js";
export { evaluateLoss, evaluateLossSync, evaluateLossView } from "./evaluate.js";
export type { EvaluateOptions } from "./evaluate.js";
export { fromRows, LAYER_KERNELS, rowsShape, toRows } from "./layout.js";
export type { RowsShape } from "./layout.js";
export { computeLoss, cosineLoss, mheLoss, mmaLoss, orthogonalLoss } from "./losses/index.js";
export { angleReport, angleReportSync, cosineHistogram, histogram, pairwiseCosines, PAIRWISE_COSINES_MAX_ROWS } from "./metrics.js";
export type { AngleReport, AngleReportOptions, CosineHistogram, CosineHistogramOptions, Histogram } from "./metrics.js";
export { ANGLE_BLOCK_ELEMENTS, angleBlockRows } from "./angleBlocks.js";
export { gaussianMatrix, uniform } from "./random.js";
export type { Uniform } from "./random.js";
export { regularSimplex, simplexAngle } from "./simplex.js";
export {
  BEST_KNOWN_DEG,
  BEST_KNOWN_SOURCES,
  bestKnownAngleDeg,
  closestPair,
  minimalAngleDeg,
  nearestAnglesDeg,
  PAPER_TABLE1,
  PLATEAU_DEFAULTS,
  refineTammes,
  solveTammes,
} from "./tammes/index.js";
export type {
  ClosestPair,
  PaperTable1Column,
  PaperTable1Row,
  RefineOptions,
  RefineProgress,
  RefineReport,
  SolveTammesOptions,
  TammesProgress,
  TammesResult,
  TammesSchedule,
} from "./tammes/index.js";
export { LAYOUTS, LOSS_NAMES } from "./types.js";
export type {
  AnyLossOptions,
  BaseLossOptions,
  CosineOptions,
  Layout,
  LossName,
  LossResult,
  LossTensors,
  MatrixInput,
  MheOptions,
  MmaOptions,
  NumericMode,
  OrthogonalOptions,
  RowBatch,
} from "./types.js";
export { validateRows } from "./validate.js";
export type { ValidateOptions } from "./validate.js";

// ---- neighbour refresh: losses for given pairs and the pair cache (issue 15) ----------
export {
  cosineLossForPairs,
  createPairCache,
  lossForPairs,
  lossWithPairs,
  mmaLossForPairs,
  PAIR_LOSSES,
  resolveRefreshEvery,
} from "./losses/pairs.js";
export type { PairCache, PairCacheOptions, PairLossName, PairLossOptions, PairLossTensors } from "./losses/pairs.js";
