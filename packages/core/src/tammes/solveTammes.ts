import { release, withScope, type Backend, type BackendArray } from "../backend.js";
import { MMARegError } from "../errors.js";
import { computeLoss, resolveLossName } from "../losses/index.js";
import { createPairCache, resolveRefreshEvery } from "../losses/pairs.js";
import { resolveMode } from "../losses/shared.js";
import { gaussianMatrix } from "../random.js";
import { regularSimplex } from "../simplex.js";
import type { LossName, NumericMode } from "../types.js";
import { bestKnownAngleDeg } from "./bestKnown.js";
import { closestPair, normalizeRowsInPlace } from "./geometry.js";
import { refineTammes, type RefineOptions, type RefineReport } from "./refine.js";
import { createScheduler, type TammesSchedule } from "./schedule.js";

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

function int(v: unknown, name: string, min: number): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) {
    throw new MMARegError("BAD_OPTION", `${name} must be an integer >= ${min}, got ${String(v)}`);
  }
  return v;
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
 * @example
 * ```ts
 * import { createCpuBackend } from "@mmareg/cpu";
 * const r = await solveTammes({ dim: 3, points: 30, backend: createCpuBackend(), seed: 1, refine: true });
 * console.log(r.minAngleDeg, r.bestKnownDeg); // ~38.597 38.5971
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for invalid sizes or options, `UNKNOWN_LOSS`.
 */
export async function solveTammes<T>(options: SolveTammesOptions<T>): Promise<TammesResult> {
  const d = int(options.dim, "dim", 1);
  const n = int(options.points, "points", 1);
  const b = options.backend;
  if (!b || typeof b.tensor !== "function") {
    throw new MMARegError("BAD_OPTION", "solveTammes needs a backend: pass { backend: createCpuBackend() } from @mmareg/cpu, or another adapter's");
  }
  const lossName = resolveLossName(options.loss);
  const mode = resolveMode(options.mode, lossName);
  const iterations = int(options.iterations ?? 10000, "iterations", 0);
  const seed = int(options.seed ?? 0, "seed", -(2 ** 31));
  const momentum = options.momentum ?? 0.9;
  if (!(momentum >= 0 && momentum < 1)) throw new MMARegError("BAD_OPTION", `momentum must be in [0, 1), got ${String(momentum)}`);
  const scheduler = createScheduler(options.lr ?? 0.1, options.schedule);
  const every = int(options.progressEvery ?? Math.max(1, Math.floor(iterations / 100)), "progressEvery", 1);
  const refineOptions = options.refine === true ? {} : options.refine || null;
  const report = options.onProgress ?? (() => {});
  const bestKnownDeg = n >= 2 ? bestKnownAngleDeg(d, n) : null;
  const refreshEvery = resolveRefreshEvery(options.refreshEvery);
  if (refreshEvery > 1 && lossName !== "mma" && lossName !== "cosine") {
    throw new MMARegError("BAD_OPTION", `refreshEvery applies to the mma and cosine losses (one nearest neighbour per point), not to ${lossName}: drop it`);
  }

  let points: Float64Array;
  let method: TammesResult["method"] = "sgd";
  let finalLoss: number | null = null;
  let ran = 0;
  const t0 = performance.now();
  if (options.useSimplex !== false && d >= n - 1) {
    points = regularSimplex(n, d);
    method = "simplex";
  } else {
    const lossOptions = { loss: lossName, mode, s: options.s ?? 2 };
    const readSync = b.readSync?.bind(b);
    const read = async (x: T): Promise<BackendArray> => (readSync ? readSync(x) : await b.read(x));
    let w = b.tensor(gaussianMatrix(n, d, seed), [n, d]);
    let v = b.tensor(new Float64Array(n * d), [n, d]);
    // k > 1: the pairs are searched every k iterations, outside the step's scope so the cached index outlives it
    const pairs = refreshEvery > 1 ? createPairCache(b, { loss: lossName as "mma" | "cosine", mode, refreshEvery }) : null;
    try {
      for (let it = 0; it < iterations; it++) {
        const lr = scheduler.lr;
        const cached = pairs ? pairs.loss(w) : null;
        const next = withScope(b, () => {
          const { loss, grad } = cached ?? computeLoss(b, w, lossOptions);
          const v2 = b.binary("add", b.binary("mul", v, momentum), grad);
          return { loss, v: v2, w: b.binary("sub", w, b.binary("mul", v2, lr)) };
        });
        release(b, w, v);
        if (cached) release(b, cached.grad);
        w = next.w;
        v = next.v;
        // a lazy backend computes the step now, so the next one starts from values (Backend.settle)
        if (b.settle) await b.settle(pairs?.index ? [w, v, next.loss, pairs.index] : [w, v, next.loss]);
        finalLoss = (await read(next.loss))[0] as number;
        release(b, next.loss);
        if (!Number.isFinite(finalLoss)) {
          throw new MMARegError(
            "NON_FINITE_RESULT",
            `the ${lossName} loss became ${finalLoss} at iteration ${it}: lower lr (now ${lr}) or use mode "exact"`,
            { backend: b.name, loss: lossName },
          );
        }
        scheduler.step(it, finalLoss);
        ran = it + 1;
        if (ran % every === 0 || ran === iterations) {
          const current = options.progressPoints ? Float64Array.from(await b.read(w)) : undefined;
          if (current) normalizeRowsInPlace(current, n, d);
          await report({ phase: "sgd", step: ran, total: iterations, loss: finalLoss, lr: scheduler.lr, ...(current ? { points: current } : {}) });
        }
        if (options.signal?.aborted) break;
      }
      points = Float64Array.from(await b.read(w));
    } finally {
      release(b, w, v);
      pairs?.dispose();
    }
    normalizeRowsInPlace(points, n, d);
  }
  const sgdMs = performance.now() - t0;
  const sgdPair = closestPair(points, n, d);
  let refine: RefineReport | null = null;
  const t1 = performance.now();
  if (refineOptions && method === "sgd" && n >= 2) {
    const r = refineTammes(points, n, d, {
      seed,
      ...(bestKnownDeg !== null ? { targetDeg: bestKnownDeg } : {}),
      ...refineOptions,
      onProgress: (p) => {
        report({ phase: "refine", step: p.step, total: p.total, minAngleDeg: p.bestDeg });
        refineOptions.onProgress?.(p);
      },
    });
    points = r.points;
    refine = r.report;
    method = "sgd+refine";
  }
  const refineMs = performance.now() - t1;
  const pair = closestPair(points, n, d);
  const minAngleDeg = pair?.angleDeg ?? null;
  await report({ phase: "done", step: 1, total: 1, ...(minAngleDeg !== null ? { minAngleDeg } : {}) });
  return {
    points,
    n,
    d,
    method,
    minAngleDeg,
    closestPair: pair ? [pair.i, pair.j] : null,
    bestKnownDeg,
    ratio: minAngleDeg !== null && bestKnownDeg ? minAngleDeg / bestKnownDeg : null,
    sgdMinAngleDeg: sgdPair?.angleDeg ?? null,
    finalLoss,
    iterations: ran,
    finalLr: scheduler.lr,
    lrReductions: scheduler.reductions,
    refine,
    timeMs: { sgd: sgdMs, refine: refineMs },
  };
}
