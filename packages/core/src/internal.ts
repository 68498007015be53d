/**
 * `@mmareg/core/internal`: the building blocks the adapters, the CLI, the conformance
 * suite and the docs share, which are not part of the library's public surface: the
 * composed forms of the optional backend ops, the polynomial coefficients GPU kernels
 * inline, the deterministic generators behind the golden data, the Tammes solver's
 * inner geometry. No semver promise: these may change in any release. Users import
 * `@mmareg/core` (or an adapter, which re-exports it).
 *
 * @packageDocumentation
 */
export { angleStats, angleStatsAsync, cosineHistogramOfUnit, nearestNeighborsAsync, nearestNeighborsInBlocks } from "./angleBlocks.js";
export { ASIN_COEFFS, ATAN_COEFFS, polyAcos, polyAtan2 } from "./accurateMath.js";
export {
  addDiagonal,
  nearestNeighbors,
  normalizeRows,
  normalizeRowsGrad,
  pairAngles,
  pairEnergy,
  rowDot,
  selfMask,
  tinyFor,
} from "./compose.js";
export { BINARY_FUNCTIONS, compensatedSum, UNARY_FUNCTIONS } from "./elementwise.js";
export { matrixData, requireSync } from "./evaluate.js";
export { flatIndexOf, flattenNested } from "./layout.js";
export { resolveLossName } from "./losses/index.js";
export { scanRowMax } from "./rowMaxScan.js";
export { REFERENCE_COS_CLAMP, TORCH_NORMALIZE_EPS } from "./losses/shared.js";
export { nearestAngleTensors, pairsAboveTensor, upperTriangle } from "./metrics.js";
export { benchMatrix, gaussian, mulberry32, normal12, normal12Matrix, sampleRows } from "./random.js";
export { annealSoftMax } from "./tammes/anneal.js";
export type { AnnealOptimizer, AnnealOptions, AnnealResult } from "./tammes/anneal.js";
export { fastExp } from "./tammes/fastExp.js";
export { normalizeRowsInPlace, pairAngle } from "./tammes/geometry.js";
export { PairList } from "./tammes/pairList.js";
export { createScheduler } from "./tammes/schedule.js";
export type { LrScheduler } from "./tammes/schedule.js";
export { thrownCode } from "./errors.js";
export { findCoincidentRows } from "./validate.js";
export { hasWebAssembly, hasWebGL, hasWebGPU } from "./registry.js";
