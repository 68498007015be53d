import { MMARegError } from "../errors.js";
import { gaussianMatrix } from "../random.js";
import { annealSoftMax, type AnnealOptimizer, type AnnealOptions } from "./anneal.js";
import { closestPair, normalizeRowsInPlace } from "./geometry.js";

/** Progress of {@link refineTammes}, reported after every run. */
export interface RefineProgress {
  /** Runs finished (the first run refines the given points, the others are restarts). */
  step: number;
  /** The most runs this call may make (`restarts + 1`). */
  total: number;
  /** The minimal angle of the run that just finished, in degrees. */
  lastDeg: number;
  /** The best minimal angle so far, in degrees. */
  bestDeg: number;
}

/** Options of {@link refineTammes}. */
export interface RefineOptions {
  /**
   * Extra runs from fresh standard-normal starts after the run that refines the given
   * points (default 100). The search stops early once the target is reached.
   */
  restarts?: number;
  /** Annealing iterations per run (default 2500). */
  iterations?: number;
  /** Polishing iterations per run (default 1000). */
  polishIterations?: number;
  /** The angle to aim for, in degrees (`solveTammes` passes the best-known one). */
  targetDeg?: number;
  /** Stop once the best run is within this many degrees of `targetDeg` (default 0.05). */
  toleranceDeg?: number;
  /** Seed of the restarts' starting points (default 0). */
  seed?: number;
  /**
   * Start no new run that would likely end after this many milliseconds (judged by the
   * longest run so far; default: no limit). A safety net for budgets: with it, the
   * result depends on the machine's speed.
   */
  timeLimitMs?: number;
  /** Called after every run. */
  onProgress?: (p: RefineProgress) => void;
}

/** What {@link refineTammes} did. */
export interface RefineReport {
  /** The minimal angle of the given points, in degrees. */
  startDeg: number;
  /** The minimal angle of the returned points, in degrees. */
  finalDeg: number;
  /** Runs made, the first (refining the given points) included. */
  runs: number;
  /** Restarts from fresh random points among them (`runs - 1`). */
  restarts: number;
  /** Which run gave the answer: 0 is the given points, `k` the k-th restart. */
  bestRun: number;
  /** The target angle, when one was given. */
  targetDeg: number | null;
  /** Whether the best run came within `toleranceDeg` of the target. */
  reachedTarget: boolean;
  /** Whether `timeLimitMs` stopped the restarts. */
  timedOut: boolean;
  /** Wall time in milliseconds. */
  timeMs: number;
  /** The minimal angle of every run, in degrees, in run order. */
  runDeg: number[];
  /** The schedule of every run (see {@link refineTammes}). */
  runOptimizer: AnnealOptimizer[];
}

/**
 * The two annealing schedules of the runs. Adam (per-coordinate steps) and heavy-ball
 * (momentum, the largest point move is the step size) end in different local optima,
 * and which is better depends on the row, so the runs try both ({@link scheduleFor}).
 */
const SCHEDULES: readonly Omit<AnnealOptions, "iterations">[] = [
  { optimizer: "adam", tau: [3, 1e4], lr: [1e-2, 1e-5] },
  { optimizer: "heavy-ball", tau: [3, 1e4], lr: [1e-1, 1e-4], momentum: 0.95 },
];

/** The final polish: a sharp soft-max (close to the max-min objective itself) with tiny steps. */
const POLISH: Omit<AnnealOptions, "iterations"> = { optimizer: "heavy-ball", tau: [1e4, 1e6], lr: [1e-4, 1e-7], momentum: 0.9 };

/**
 * Which schedule a run uses. Run 0 (the given points) and the first eight restarts
 * alternate, so each schedule gets a fair trial; after that three of every four runs go
 * to the schedule whose three best runs average higher, the fourth to the other. Rows
 * differ in which schedule suits them (heavy-ball for 130 points in R^5, Adam for 30 in
 * R^4), and the choice depends only on results, so it stays deterministic.
 */
function scheduleFor(run: number, results: readonly (readonly number[])[]): number {
  if (run <= 8) return run % SCHEDULES.length;
  const score = results.map((r) => {
    const top = [...r].sort((a, b) => b - a).slice(0, 3);
    return top.reduce((a, b) => a + b, 0) / Math.max(1, top.length);
  });
  const favoured = (score[1] as number) > (score[0] as number) ? 1 : 0;
  return run % 4 === 0 ? 1 - favoured : favoured;
}

function seedOf(seed: number, run: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(run, 0x85ebca6b)) >>> 0;
}

/**
 * Push the minimal angle of `n` points in `R^d` up, towards the best-known value, by
 * annealing a soft maximum of the pairwise cosines ({@link annealSoftMax}) and polishing,
 * first from the given points and then from fresh random starts (restarts), keeping the
 * best. Runs use an Adam or a heavy-ball schedule: alternately at first, then mostly
 * the one that has done better on these points. Deterministic for a given seed (unless
 * `timeLimitMs` cuts it short).
 *
 * This is plain float64 JS rather than backend ops: it needs neighbour lists, per-pair
 * exponentials with a cut-off and an iterate kept by its worst pair, which the backend
 * contract does not express, and the problem sizes (n up to a few thousand) are small.
 *
 * @param points - `[n, d]` row-major starting points (any non-zero rows; not modified).
 * @returns the best points (unit rows) and a report.
 * @example
 * ```ts
 * const { report } = refineTammes(sgdPoints, 130, 3, { targetDeg: 18.5104, seed: 1 });
 * report.finalDeg; // ~18.45, from 17.6 after SGD
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for invalid sizes or options, `ZERO_ROW` / `NON_FINITE` for bad points.
 */
export function refineTammes(points: ArrayLike<number>, n: number, d: number, options: RefineOptions = {}): { points: Float64Array; report: RefineReport } {
  if (!Number.isInteger(n) || n < 2 || !Number.isInteger(d) || d < 1 || points.length !== n * d) {
    throw new MMARegError("BAD_OPTION", `refineTammes needs n >= 2 points of d >= 1 coordinates (${n * d} values), got n=${n}, d=${d}, ${points.length} values`);
  }
  const restarts = options.restarts ?? 100;
  const iterations = options.iterations ?? 2500;
  const polishIterations = options.polishIterations ?? 1000;
  const tolerance = options.toleranceDeg ?? 0.05;
  const seed = options.seed ?? 0;
  for (const [name, value] of [["restarts", restarts], ["iterations", iterations], ["polishIterations", polishIterations], ["seed", seed]] as const) {
    if (!Number.isInteger(value) || (name !== "seed" && value < 0)) throw new MMARegError("BAD_OPTION", `${name} must be an integer${name === "seed" ? "" : " >= 0"}, got ${value}`);
  }
  if (!(tolerance >= 0)) throw new MMARegError("BAD_OPTION", `toleranceDeg must be >= 0, got ${tolerance}`);
  const target = options.targetDeg ?? null;
  const t0 = performance.now();
  const start = normalizeRowsInPlace(Float64Array.from(points), n, d);
  const startDeg = (closestPair(start, n, d) as { angleDeg: number }).angleDeg;
  let best: Float64Array = start.slice();
  let bestDeg = startDeg;
  let bestRun = 0;
  let timedOut = false;
  const runDeg: number[] = [];
  const runOptimizer: AnnealOptimizer[] = [];
  const bySchedule: number[][] = SCHEDULES.map(() => []);
  const reached = (): boolean => target !== null && bestDeg >= target - tolerance;
  let longestRun = 0;
  for (let run = 0; run <= restarts; run++) {
    if (run > 0 && reached()) break;
    if (run > 0 && options.timeLimitMs !== undefined && performance.now() - t0 + longestRun > options.timeLimitMs) {
      timedOut = true;
      break;
    }
    const runStart = performance.now();
    const u = run === 0 ? start.slice() : normalizeRowsInPlace(gaussianMatrix(n, d, seedOf(seed, run)), n, d);
    const k = scheduleFor(run, bySchedule);
    const schedule = SCHEDULES[k] as Omit<AnnealOptions, "iterations">;
    annealSoftMax(u, n, d, { ...schedule, iterations });
    if (polishIterations > 0) annealSoftMax(u, n, d, { ...POLISH, iterations: polishIterations });
    const deg = (closestPair(u, n, d) as { angleDeg: number }).angleDeg;
    runDeg.push(deg);
    runOptimizer.push(schedule.optimizer);
    (bySchedule[k] as number[]).push(deg);
    if (deg > bestDeg) {
      bestDeg = deg;
      best = u;
      bestRun = run;
    }
    longestRun = Math.max(longestRun, performance.now() - runStart);
    options.onProgress?.({ step: run + 1, total: restarts + 1, lastDeg: deg, bestDeg });
  }
  return {
    points: best,
    report: {
      startDeg,
      finalDeg: bestDeg,
      runs: runDeg.length,
      restarts: Math.max(0, runDeg.length - 1),
      bestRun,
      targetDeg: target,
      reachedTarget: reached(),
      timedOut,
      timeMs: performance.now() - t0,
      runDeg,
      runOptimizer,
    },
  };
}
