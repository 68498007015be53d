/**
 * The Tammes solver (paper Section 4): spread n points on the unit sphere of R^d by SGD on
 * any loss of the project, refine towards the best-known angles, and the reference data
 * (best-known angles, the paper's Table 1).
 *
 * @module
 */
export { annealSoftMax } from "./anneal.js";
export type { AnnealOptimizer, AnnealOptions, AnnealResult } from "./anneal.js";
export { BEST_KNOWN_DEG, BEST_KNOWN_SOURCES, bestKnownAngleDeg } from "./bestKnown.js";
export { fastExp } from "./fastExp.js";
export { closestPair, minimalAngleDeg, nearestAnglesDeg, normalizeRowsInPlace, pairAngle } from "./geometry.js";
export type { ClosestPair } from "./geometry.js";
export { PairList } from "./pairList.js";
export { PAPER_TABLE1 } from "./paperTable1.js";
export type { PaperTable1Column, PaperTable1Row } from "./paperTable1.js";
export { refineTammes } from "./refine.js";
export type { RefineOptions, RefineProgress, RefineReport } from "./refine.js";
export { createScheduler, PLATEAU_DEFAULTS } from "./schedule.js";
export type { LrScheduler, TammesSchedule } from "./schedule.js";
export { solveTammes } from "./solveTammes.js";
export type { SolveTammesOptions, TammesProgress, TammesResult } from "./solveTammes.js";
