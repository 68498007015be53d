import { release, withScope, type Backend, type BackendArray } from "../backend.js";
import { MMARegError } from "../errors.js";
import { computeLoss } from "../losses/index.js";
import { gaussianMatrix } from "../random.js";
import { createPairCache } from "../losses/pairs.js";
import type { AnyLossOptions, LossTensors } from "../types.js";
import { normalizeRowsInPlace } from "./geometry.js";
import type { SolvePlan } from "./solvePlan.js";

/** What the SGD phase leaves: unit rows, the last loss, and the iterations run. */
export interface SgdOutcome {
  /** `[n, d]` row-major, rows normalized. */
  points: Float64Array;
  /** The loss at the last iteration, `null` when none ran. */
  finalLoss: number | null;
  /** Iterations run (fewer than planned when aborted). */
  ran: number;
}

/**
 * One momentum step `v = momentum v + g; w -= lr v`, as backend ops in one scope; `cached`
 * is the loss from the pair cache when neighbours are refreshed every k iterations.
 */
function sgdStep<T>(b: Backend<T>, w: T, v: T, lossOptions: AnyLossOptions, momentum: number, lr: number, cached: LossTensors<T> | null): { loss: T; v: T; w: T } {
  return withScope(b, () => {
    const { loss, grad } = cached ?? computeLoss(b, w, lossOptions);
    const v2 = b.binary("add", b.binary("mul", v, momentum), grad);
    return { loss, v: v2, w: b.binary("sub", w, b.binary("mul", v2, lr)) };
  });
}

/**
 * The SGD phase of `solveTammes`: from the seeded standard-normal start, `iterations`
 * momentum steps on the loss, the schedule stepped on every loss, progress every
 * `plan.every` iterations, stopping early on `plan.signal`.
 *
 * @throws {@link MMARegError} `NON_FINITE_RESULT` when the loss stops being finite.
 */
export async function runSgd<T>(plan: SolvePlan<T>): Promise<SgdOutcome> {
  const { backend: b, n, d, iterations, scheduler } = plan;
  const lossOptions = { loss: plan.lossName, mode: plan.mode, s: plan.s };
  const readSync = b.readSync?.bind(b);
  const read = async (x: T): Promise<BackendArray> => (readSync ? readSync(x) : await b.read(x));
  let finalLoss: number | null = null;
  let ran = 0;
  let points: Float64Array;
  let w = b.tensor(gaussianMatrix(n, d, plan.seed), [n, d]);
  let v = b.tensor(new Float64Array(n * d), [n, d]);
  // k > 1: the pairs are searched every k iterations, outside the step's scope so the cached index outlives it
  const pairs = plan.refreshEvery > 1 ? createPairCache(b, { loss: plan.lossName as "mma" | "cosine", mode: plan.mode, refreshEvery: plan.refreshEvery }) : null;
  try {
    for (let it = 0; it < iterations; it++) {
      const lr = scheduler.lr;
      const cached = pairs ? pairs.loss(w) : null;
      const next = sgdStep(b, w, v, lossOptions, plan.momentum, lr, cached);
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
          `the SGD run diverged: the ${plan.lossName} loss became ${finalLoss} at iteration ${it}: use a smaller learning rate (lr is ${lr})${plan.mode === "reference" ? ' or mode "exact"' : ""}`,
          { backend: b.name, loss: plan.lossName },
        );
      }
      scheduler.step(it, finalLoss);
      ran = it + 1;
      if (ran % plan.every === 0 || ran === iterations) await reportSgd(plan, w, ran, finalLoss);
      if (plan.signal?.aborted) break;
    }
    points = Float64Array.from(await b.read(w));
  } finally {
    release(b, w, v);
    pairs?.dispose();
  }
  // A huge step can blow the points up (past 1e154 their norms overflow) while the
  // scale-invariant loss still reads finite: say the run diverged rather than blame the points.
  try {
    normalizeRowsInPlace(points, n, d);
  } catch (e) {
    if (!(e instanceof MMARegError && e.code === "NON_FINITE")) throw e;
    throw new MMARegError(
      "NON_FINITE_RESULT",
      `the SGD run diverged: the points grew past what float64 can hold within ${ran} iterations: use a smaller learning rate (lr is ${scheduler.lr}; the paper's is 0.1)`,
      { backend: b.name, loss: plan.lossName },
    );
  }
  return { points, finalLoss, ran };
}

/** One SGD progress report (with the current unit rows when `progressPoints` is on). */
async function reportSgd<T>(plan: SolvePlan<T>, w: T, step: number, loss: number): Promise<void> {
  const current = plan.progressPoints ? Float64Array.from(await plan.backend.read(w)) : undefined;
  if (current) normalizeRowsInPlace(current, plan.n, plan.d);
  await plan.report({ phase: "sgd", step, total: plan.iterations, loss, lr: plan.scheduler.lr, ...(current ? { points: current } : {}) });
}
