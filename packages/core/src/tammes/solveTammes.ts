import type { Backend } from "../backend.js";
import { regularSimplex } from "../simplex.js";
import type { LossName, NumericMode } from "../types.js";
import { closestPair } from "./geometry.js";
import { refineTammes, type RefineOptions, type RefineReport } from "./refine.js";
import type { TammesSchedule } from "./schedule.js";
import { runSgd } from "./sgd.js";
import { resolveSolveOptions, type SolvePlan } from "./solvePlan.js";

/** What {@link solveTammes} reports while it runs. */
export interface TammesProgress {
  /** `sgd` while the loss is optimized, `refine` during the refinement, `done` at the end. */
  phase: "sgd" | "refine" | "done";
  /** Iterations (SGD) or refinement rounds finished so far. */
  step: number;
  /** The total of `step` for this phase. */
  total: number;
  /** The current loss value (SGD phase). */
  loss?: number;
  /** The current learning rate (SGD phase). */
  lr?: number;
  /** The minimal angle in degrees of the current points (refine phase, and `done`). */
  minAngleDeg?: number;
  /** SGD phase with `progressPoints`: the current points, `[n, d]` row-major, rows normalized. */
  points?: Float64Array;
}

/** Options of {@link solveTammes}. */
export interface SolveTammesOptions<T> {
  /** Dimension `d` of the space (points lie on the unit sphere of `R^d`). */
  dim: number;
  /** Number of points `n`. */
  points: number;
  /** The backend that evaluates the loss (for example `createCpuBackend()` from `@mmareg/cpu`). */
  backend: Backend<T>;
  /** The loss SGD minimizes: `mma` (default), `cosine`, `mhe` or `orthogonal`. */
  loss?: LossName;
  /** MHE exponent: `2` is the paper's Riesz-Fisher column, `0` its logarithmic column (default 2). */
  s?: number;
  /** Numeric mode of the loss: `exact` (default) or `reference` (the paper's PyTorch code). */
  mode?: NumericMode;
  /** SGD iterations (default 10000, the paper's). */
  iterations?: number;
  /** Initial learning rate (default 0.1). */
  lr?: number;
  /** Momentum (default 0.9). */
  momentum?: number;
  /** Learning-rate schedule (default: divide by 5 on a plateau, see {@link TammesSchedule}). */
  schedule?: TammesSchedule;
  /** Seed of the standard-normal start (default 0). The same seed gives the same points. */
  seed?: number;
  /**
   * For `d >= n - 1`, return the regular simplex (the exact optimum, paper eq. 4) instead
   * of running SGD (default `true`).
   */
  useSimplex?: boolean;
  /** After SGD, push the minimal angle towards the best-known value ({@link refineTammes}). */
  refine?: boolean | RefineOptions;
  /**
   * Called every `progressEvery` iterations and at phase ends. When it returns a promise,
   * the solver waits for it (a page can repaint between steps).
   */
  onProgress?: (p: TammesProgress) => void | Promise<void>;
  /** Include the current points in the SGD-phase progress reports (costs one read-back each). */
  progressPoints?: boolean;
  /** Stop early when aborted: the result then holds the points reached so far. */
  signal?: AbortSignal;
  /** Iterations between progress calls (default: 1% of `iterations`). */
  progressEvery?: number;
  /**
   * `mma` and `cosine`: search the nearest neighbours every `refreshEvery` iterations and
   * use the cached pairs in between ({@link createPairCache}); default 1, a search every
   * iteration (the paper's loss exactly).
   */
  refreshEvery?: number;
}

/** The answer of {@link solveTammes}. */
export interface TammesResult {
  /** `[n, d]` row-major unit vectors. */
  points: Float64Array;
  /** Number of points. */
  n: number;
  /** Dimension. */
  d: number;
  /** How the points were found. */
  method: "simplex" | "sgd" | "sgd+refine";
  /** The minimal pairwise angle in degrees (`null` for one point). */
  minAngleDeg: number | null;
  /** The closest pair's row indices (`null` for one point). */
  closestPair: [number, number] | null;
  /** The best-known angle for `(d, n)` in degrees, `null` where none is tabulated. */
  bestKnownDeg: number | null;
  /** `minAngleDeg / bestKnownDeg`, `null` when either is unknown. */
  ratio: number | null;
  /** The minimal angle after SGD, before any refinement. */
  sgdMinAngleDeg: number | null;
  /** The loss value at the last SGD iteration (`null` when SGD did not run). */
  finalLoss: number | null;
  /** SGD iterations run. */
  iterations: number;
  /** The learning rate at the end, and how many times the schedule cut it. */
  finalLr: number;
  /** Number of learning-rate cuts. */
  lrReductions: number;
  /** The refinement's report, when it ran. */
  refine: RefineReport | null;
  /** Wall time in milliseconds, SGD and refinement. */
  timeMs: { sgd: number; refine: number };
}

/**
 * Spread `points` unit vectors in `R^dim` by minimizing a loss with the paper's recipe
 * (Section 4): a standard-normal start from `seed`, SGD with momentum 0.9 and learning
 * rate 0.1, divided by 5 when the loss stagnates, 10000 iterations. The loss and its
 * gradient are evaluated by `backend`; the update `v = momentum v + g; w -= lr v` is also
 * done with backend ops, so the points stay on the device until the end.
 *
 * For `dim >= points - 1` the answer is known exactly: the regular simplex, returned
 * without optimizing unless `useSimplex: false`. With `refine`, the SGD result is then
 * pushed towards the best-known angle by {@link refineTammes} (float64, on the CPU).
 *
 * Deterministic: the same options give the same points on the same backend.
 *
 * The phases live in their own modules: option checks (`solvePlan.ts`), the SGD loop and
 * its progress reports (`sgd.ts`); this function runs them in order and writes the report.
 *
 * @example
 * ```ts
 * import { createCpuBackend } from "@mmareg/cpu";
 * const r = await solveTammes({ dim: 3, points: 30, backend: createCpuBackend(), seed: 1, refine: true });
 * console.log(r.minAngleDeg, r.bestKnownDeg); // ~38.597 38.5971
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for invalid sizes or options, `UNKNOWN_LOSS`.
 */
export async function solveTammes<T>(options: SolveTammesOptions<T>): Promise<TammesResult> {
  const plan = resolveSolveOptions(options);
  const { n, d } = plan;
  const t0 = performance.now();
  const simplex = options.useSimplex !== false && d >= n - 1;
  const sgd = simplex ? { points: regularSimplex(n, d), finalLoss: null, ran: 0 } : await runSgd(plan);
  const sgdMs = performance.now() - t0;
  const method: TammesResult["method"] = simplex ? "simplex" : "sgd";
  const t1 = performance.now();
  const refined = method === "sgd" && n >= 2 ? refinePhase(sgd.points, plan) : null;
  const refineMs = performance.now() - t1;
  const points = refined?.points ?? sgd.points;
  const pair = closestPair(points, n, d);
  const minAngleDeg = pair?.angleDeg ?? null;
  await plan.report({ phase: "done", step: 1, total: 1, ...(minAngleDeg !== null ? { minAngleDeg } : {}) });
  return {
    points,
    n,
    d,
    method: refined ? "sgd+refine" : method,
    minAngleDeg,
    closestPair: pair ? [pair.i, pair.j] : null,
    bestKnownDeg: plan.bestKnownDeg,
    ratio: minAngleDeg !== null && plan.bestKnownDeg ? minAngleDeg / plan.bestKnownDeg : null,
    sgdMinAngleDeg: closestPair(sgd.points, n, d)?.angleDeg ?? null,
    finalLoss: sgd.finalLoss,
    iterations: sgd.ran,
    finalLr: plan.scheduler.lr,
    lrReductions: plan.scheduler.reductions,
    refine: refined?.report ?? null,
    timeMs: { sgd: sgdMs, refine: refineMs },
  };
}

/** The refinement phase: {@link refineTammes} towards the best-known angle, when asked for. */
function refinePhase<T>(points: Float64Array, plan: SolvePlan<T>): { points: Float64Array; report: RefineReport } | null {
  const refineOptions = plan.refine;
  if (!refineOptions) return null;
  const r = refineTammes(points, plan.n, plan.d, {
    seed: plan.seed,
    ...(plan.bestKnownDeg !== null ? { targetDeg: plan.bestKnownDeg } : {}),
    ...refineOptions,
    onProgress: (p) => {
      // refineTammes is synchronous: a returned promise is not waited for here
      void plan.report({ phase: "refine", step: p.step, total: p.total, minAngleDeg: p.bestDeg });
      refineOptions.onProgress?.(p);
    },
  });
  return { points: r.points, report: r.report };
}
