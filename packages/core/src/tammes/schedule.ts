import { MMARegError } from "../errors.js";

/**
 * The learning-rate schedule of the Tammes solver's SGD phase.
 *
 * - `plateau` (default): the paper's "reduced by a factor of 5 once learning stagnates",
 *   implemented like PyTorch's `ReduceLROnPlateau` (mode `min`): the learning rate is
 *   multiplied by `factor` when the loss has not improved on its best value by more than
 *   `threshold * |best|` for more than `patience` iterations, then waits `cooldown`
 *   iterations; like PyTorch, a cut smaller than 1e-8 is skipped. (PyTorch's relative
 *   rule `loss < best * (1 - threshold)` treats a negative loss such as MMA's backwards;
 *   we measure against `|best|` so it means the same for every sign.)
 * - `constant`: never change the learning rate.
 * - a function `(iteration, loss, lr) => nextLr`: your own rule (keep it deterministic if
 *   you want reproducible runs).
 */
export type TammesSchedule =
  | {
      kind: "plateau";
      /** Multiplier applied on stagnation (default 0.2, "divided by 5"). */
      factor?: number;
      /** Iterations without improvement tolerated before a cut (default 1000). */
      patience?: number;
      /** Relative improvement that counts (default 1e-4). */
      threshold?: number;
      /** Iterations to wait after a cut before counting again (default 0). */
      cooldown?: number;
      /** Lower bound of the learning rate (default 0). */
      minLr?: number;
    }
  | { kind: "constant" }
  | ((iteration: number, loss: number, lr: number) => number);

/** A stateful learning-rate rule: feed it each iteration's loss, read the next rate. */
export interface LrScheduler {
  /** The current learning rate. */
  readonly lr: number;
  /** Number of times the rate was cut so far (plateau schedule). */
  readonly reductions: number;
  /** Record the loss of `iteration` and return the learning rate for the next one. */
  step(iteration: number, loss: number): number;
}

/**
 * Defaults of the plateau schedule. The paper does not give its patience; PyTorch's
 * default of 10 iterations cuts the rate to nothing within a few hundred noisy MMA steps
 * and lands well below the paper's Table 1, so we wait 1000 (a tenth of the run).
 */
export const PLATEAU_DEFAULTS = { factor: 0.2, patience: 1000, threshold: 1e-4, cooldown: 0, minLr: 0 } as const;

function check(ok: boolean, what: string): void {
  if (!ok) throw new MMARegError("BAD_OPTION", what);
}

/**
 * A learning-rate scheduler for {@link TammesSchedule}.
 *
 * @example
 * ```ts
 * const s = createScheduler(0.1, { kind: "plateau", patience: 2 });
 * for (let i = 0; i < 10; i++) s.step(i, 1); // a flat loss: the rate is cut by 5 every 3 steps
 * s.lr; // 0.1 * 0.2 ** 3
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for a non-positive rate or an invalid field.
 */
export function createScheduler(lr: number, schedule: TammesSchedule = { kind: "plateau" }): LrScheduler {
  check(Number.isFinite(lr) && lr > 0, `lr must be a positive number, got ${String(lr)}`);
  if (typeof schedule === "function") {
    let current = lr;
    return {
      get lr() {
        return current;
      },
      reductions: 0,
      step(iteration, loss) {
        const next = schedule(iteration, loss, current);
        check(Number.isFinite(next) && next >= 0, `the schedule function returned ${String(next)}: return a finite rate >= 0`);
        current = next;
        return current;
      },
    };
  }
  if (schedule.kind === "constant") {
    return { lr, reductions: 0, step: () => lr };
  }
  check(schedule.kind === "plateau", `unknown schedule kind ${JSON.stringify((schedule as { kind: unknown }).kind)}: use "plateau" or "constant"`);
  const o = { ...PLATEAU_DEFAULTS, ...schedule };
  check(o.factor > 0 && o.factor < 1, `schedule.factor must be in (0, 1), got ${o.factor}`);
  check(Number.isInteger(o.patience) && o.patience >= 0, `schedule.patience must be an integer >= 0, got ${o.patience}`);
  check(o.threshold >= 0 && Number.isFinite(o.threshold), `schedule.threshold must be >= 0, got ${o.threshold}`);
  check(Number.isInteger(o.cooldown) && o.cooldown >= 0, `schedule.cooldown must be an integer >= 0, got ${o.cooldown}`);
  check(o.minLr >= 0 && o.minLr <= lr, `schedule.minLr must be in [0, lr], got ${o.minLr}`);
  let current = lr;
  let best = Infinity;
  let bad = 0;
  let cooldown = 0;
  let reductions = 0;
  return {
    get lr() {
      return current;
    },
    get reductions() {
      return reductions;
    },
    step(_iteration, loss) {
      if (best === Infinity || loss < best - o.threshold * Math.abs(best)) {
        best = loss;
        bad = 0;
      } else {
        bad++;
      }
      if (cooldown > 0) {
        cooldown--;
        bad = 0;
      }
      if (bad > o.patience) {
        const next = Math.max(current * o.factor, o.minLr);
        if (current - next > 1e-8) {
          current = next;
          reductions++;
        }
        cooldown = o.cooldown;
        bad = 0;
      }
      return current;
    },
  };
}
