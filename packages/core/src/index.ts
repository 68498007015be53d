/**
 * `@mmareg/core`: angular-diversity losses (MMA, cosine, MHE, orthogonal) with analytic
 * gradients, written once against an abstract {@link Backend}. Zero runtime dependencies.
 * Install an adapter (`@mmareg/cpu`, `@mmareg/tfjs`, `@mmareg/gpujs`, `@mmareg/onnx`) to
 * run them.
 *
 * @packageDocumentation
 */
export { ASIN_COEFFS, ATAN_COEFFS, polyAcos, polyAtan2 } from "./accurateMath.js";
export { FUSED_OPS, release, withoutFused, withScope } from "./backend.js";
export type {
  Backend,
  BackendArray,
  BinaryOp,
  DiagonalRule,
  Dtype,
  FusedOp,
  NormalizedRows,
  PairAngles,
  PairEnergy,
  PairKernel,
  RowMax,
  UnaryOp,
} from "./backend.js";
export { nearestNeighbors, pairAngles, pairEnergy, tinyFor } from "./compose.js";
export { isMMARegError, MMARegError } from "./errors.js";
export type { MMARegErrorCode, MMARegErrorContext } from "./errors.js";
export { evaluateLoss, evaluateLossSync, matrixData, requireSync } from "./evaluate.js";
export type { EvaluateOptions } from "./evaluate.js";
export { flatIndexOf, flattenNested, fromRows, LAYER_KERNELS, rowsShape, toRows } from "./layout.js";
export type { RowsShape } from "./layout.js";
export { computeLoss, cosineLoss, mheLoss, mmaLoss, orthogonalLoss, resolveLossName } from "./losses/index.js";
export { REFERENCE_COS_CLAMP, TORCH_NORMALIZE_EPS } from "./losses/shared.js";
export {
  angleReport,
  angleReportSync,
  histogram,
  nearestAngleTensors,
  pairsAboveTensor,
  pairwiseCosines,
  upperTriangle,
} from "./metrics.js";
export type { AngleReport, AngleReportOptions, Histogram } from "./metrics.js";
export { gaussian, gaussianMatrix, mulberry32, normal12, normal12Matrix, sampleRows, uniform } from "./random.js";
export type { Uniform } from "./random.js";
export { regularSimplex, simplexAngle } from "./simplex.js";
export {
  annealSoftMax,
  BEST_KNOWN_DEG,
  BEST_KNOWN_SOURCES,
  bestKnownAngleDeg,
  closestPair,
  createScheduler,
  fastExp,
  minimalAngleDeg,
  nearestAnglesDeg,
  normalizeRowsInPlace,
  pairAngle,
  PairList,
  PAPER_TABLE1,
  PLATEAU_DEFAULTS,
  refineTammes,
  solveTammes,
} from "./tammes/index.js";
export type {
  AnnealOptimizer,
  AnnealOptions,
  AnnealResult,
  ClosestPair,
  LrScheduler,
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
export { findCoincidentRows, validateRows } from "./validate.js";
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
