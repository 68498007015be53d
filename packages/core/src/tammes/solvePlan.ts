import type { Backend } from "../backend.js";
import { MMARegError } from "../errors.js";
import { resolveLossName } from "../losses/index.js";
import { resolveRefreshEvery } from "../losses/pairs.js";
import { resolveMode } from "../losses/shared.js";
import type { LossName, NumericMode } from "../types.js";
import { bestKnownAngleDeg } from "./bestKnown.js";
import type { RefineOptions } from "./refine.js";
import { createScheduler, type LrScheduler } from "./schedule.js";
import type { SolveTammesOptions, TammesProgress } from "./solveTammes.js";

/** {@link SolveTammesOptions} checked, with every default applied: what the phases run on. */
export interface SolvePlan<T> {
  n: number;
  d: number;
  backend: Backend<T>;
  lossName: LossName;
  mode: NumericMode;
  /** MHE exponent (passed to every loss; the others ignore it). */
  s: number;
  iterations: number;
  seed: number;
  momentum: number;
  /** The learning-rate schedule's state; the SGD phase steps it. */
  scheduler: LrScheduler;
  /** Iterations between SGD progress reports. */
  every: number;
  /** Include the points in SGD progress reports. */
  progressPoints: boolean;
  signal: AbortSignal | undefined;
  /** The refinement's options, or `null` when it does not run. */
  refine: RefineOptions | null;
  /** The caller's progress callback (a no-op when none). */
  report: (p: TammesProgress) => void | Promise<void>;
  /** The best-known angle for `(d, n)` in degrees, `null` where none is tabulated. */
  bestKnownDeg: number | null;
  /** Iterations between nearest-neighbour searches (`mma` and `cosine`; 1 = every iteration). */
  refreshEvery: number;
}

function int(v: unknown, name: string, min: number): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) {
    throw new MMARegError("BAD_OPTION", `${name} must be an integer >= ${min}, got ${String(v)}`);
  }
  return v;
}

/**
 * Check the options of `solveTammes` and apply the defaults, before any work starts.
 *
 * @throws {@link MMARegError} `BAD_OPTION` for invalid sizes or options, `UNKNOWN_LOSS`.
 */
export function resolveSolveOptions<T>(options: SolveTammesOptions<T>): SolvePlan<T> {
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
  const refreshEvery = resolveRefreshEvery(options.refreshEvery);
  if (refreshEvery > 1 && lossName !== "mma" && lossName !== "cosine") {
    throw new MMARegError("BAD_OPTION", `refreshEvery applies to the mma and cosine losses (one nearest neighbour per point), not to ${lossName}: drop it`);
  }
  return {
    refreshEvery,
    n,
    d,
    backend: b,
    lossName,
    mode,
    s: options.s ?? 2,
    iterations,
    seed,
    momentum,
    scheduler,
    every,
    progressPoints: options.progressPoints ?? false,
    signal: options.signal,
    refine: options.refine === true ? {} : options.refine || null,
    report: options.onProgress ?? (() => {}),
    bestKnownDeg: n >= 2 ? bestKnownAngleDeg(d, n) : null,
  };
}
