import { LOSS_NAMES, MMARegError, PAIR_LOSSES, resolveRefreshEvery, type LossName, type NumericMode, type RowBatch } from "@mmareg/core";
import { resolveLossName } from "@mmareg/core/internal";
import { KERNEL_LAYOUTS, type KernelLayout } from "../model/kernelRows.js";
import type { TfNamespace } from "../tf.js";

/**
 * When to check a weight before its loss is taken (the check reads the weight back
 * synchronously, so it costs one device-to-host copy):
 * - `first` (default): the first time each weight is seen, which catches a bad
 *   initialization (an all-zero kernel, non-finite values) with a typed error;
 * - `always`: every call (debugging; a read-back per training step);
 * - `never`: no read-back at all.
 * On backends that cannot read synchronously (webgpu) the check is skipped: run
 * `await layerAngles(model)` before training to validate the weights there.
 */
export type CheckPolicy = "first" | "always" | "never";

/** Options of an angular regularizer. */
export interface AngularRegularizerOptions {
  /** The loss (default `mma`). */
  loss?: LossName;
  /** The regularization coefficient lambda of the paper's eq. 13 (0.07 in its VGG runs, 0.03 with skip connections). */
  coefficient: number;
  /** Numeric mode, default `exact` (see core). */
  mode?: NumericMode;
  /** MHE exponent (`s > 0` Riesz-Fisher, `0` logarithmic); default 2. */
  s?: number;
  /** Half-space MHE. */
  halfSpace?: boolean;
  /** Mini-batch MHE: a seeded random subset of rows per call; the seed advances by one each call. */
  batch?: RowBatch;
  /** How the kernel maps to rows (default `auto`: see `detectLayout`). */
  layout?: KernelLayout;
  /** When to validate the weight (default `first`). */
  check?: CheckPolicy;
  /**
   * `mma` and `cosine`: search each weight's nearest neighbours every `refreshEvery`
   * steps (calls) and use the cached pairs in between, at O(n d) instead of a Gram
   * product per step; also on the first step and whenever the weight's shape changes.
   * Default 1: a search every step, exactly the paper's loss. Saved with the model as
   * configuration (the pairs are not saved). See the docs' "Neighbour refresh" page for
   * measured angles and overheads (5 for wide layers when step time matters).
   */
  refreshEvery?: number;
  /** The TensorFlow.js namespace (default: the peer `@tensorflow/tfjs`). Not serialized. */
  tf?: TfNamespace;
}

/** The options after defaults and checks (what `getConfig` serializes). */
export interface ResolvedRegularizerOptions {
  loss: LossName;
  coefficient: number;
  mode: NumericMode;
  layout: KernelLayout;
  check: CheckPolicy;
  /** Searches every `refreshEvery` steps (1: every step). */
  refreshEvery: number;
  s?: number;
  halfSpace?: boolean;
  batch?: RowBatch;
}

function bad(message: string): MMARegError {
  return new MMARegError("BAD_OPTION", message);
}

/**
 * Check and complete regularizer options.
 *
 * @throws {@link MMARegError} `BAD_OPTION` / `UNKNOWN_LOSS` naming the option and what to pass.
 */
export function resolveRegularizerOptions(options: Partial<AngularRegularizerOptions> | undefined): ResolvedRegularizerOptions {
  if (options === null || typeof options !== "object") throw bad("regularizer options must be an object, for example { coefficient: 0.07 }");
  const { coefficient } = options;
  if (typeof coefficient !== "number" || !Number.isFinite(coefficient) || coefficient < 0) {
    throw bad(`coefficient must be a finite number >= 0 (the paper uses 0.07, or 0.03 with skip connections), got ${String(coefficient)}`);
  }
  const loss = resolveLossName(options.loss);
  const mode = options.mode ?? "exact";
  if (mode !== "exact" && mode !== "reference") throw bad(`mode must be "exact" or "reference", got ${JSON.stringify(mode)}`);
  const layout = options.layout ?? "auto";
  if (!KERNEL_LAYOUTS.includes(layout)) throw bad(`layout must be one of ${KERNEL_LAYOUTS.join(", ")}, got ${JSON.stringify(layout)}`);
  const check = options.check ?? "first";
  if (check !== "first" && check !== "always" && check !== "never") throw bad(`check must be "first", "always" or "never", got ${JSON.stringify(check)}`);
  const refreshEvery = resolveRefreshEvery(options.refreshEvery);
  if (refreshEvery > 1 && !(PAIR_LOSSES as readonly string[]).includes(loss)) {
    throw bad(`refreshEvery caches one nearest neighbour per row, so it applies to ${PAIR_LOSSES.join(" and ")}, not to ${loss}: drop it (or set it to 1)`);
  }
  const out: ResolvedRegularizerOptions = { loss, coefficient, mode, layout, check, refreshEvery };
  if (loss !== "mhe" && (options.s !== undefined || options.halfSpace !== undefined || options.batch !== undefined)) {
    throw bad(`s, halfSpace and batch are options of the mhe loss, not of ${loss} (one of ${LOSS_NAMES.join(", ")})`);
  }
  if (options.s !== undefined) {
    if (typeof options.s !== "number" || !Number.isFinite(options.s) || options.s < 0) throw bad(`s must be a finite number >= 0, got ${String(options.s)}`);
    out.s = options.s;
  }
  if (options.halfSpace !== undefined) out.halfSpace = Boolean(options.halfSpace);
  if (options.batch !== undefined) out.batch = { ...options.batch };
  return out;
}
