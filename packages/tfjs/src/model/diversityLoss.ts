import type { PairLossName } from "@mmareg/core";
import type { LayersModel, LayerVariable, Scalar } from "@tensorflow/tfjs";
import { angularLoss, sharedBackend } from "../angularLoss.js";
import { resolveRegularizerOptions, type AngularRegularizerOptions } from "../regularizer/options.js";
import { PairCaches } from "../regularizer/pairCaches.js";
import { hostPairsApply, pairLossOp } from "../regularizer/pairLossOp.js";
import { resolveTf } from "../tf.js";
import { checkWeight } from "./checkWeight.js";
import { kernelRows } from "./kernelRows.js";
import { kernelWeights, type LayerSelection } from "./kernelWeights.js";

/** Options of {@link diversityLoss}. */
export interface DiversityLossOptions extends Omit<AngularRegularizerOptions, "layout"> {
  /** Which layers (default `all`): `hidden`, `output` (the classifier), `all`, or names. */
  layers?: LayerSelection;
  /** Layers or weights to leave out, by exact name or pattern. */
  exclude?: readonly (string | RegExp)[];
}

const checked = new WeakSet<LayerVariable>();
const calls = new WeakMap<LayersModel, number>();
/** `refreshEvery > 1`: each model's cached pairs, one cache per kernel variable. */
const modelPairs = new WeakMap<LayersModel, PairCaches<LayerVariable>>();

/**
 * Free the nearest-neighbour pairs that {@link diversityLoss} cached for a model's
 * kernels with `refreshEvery > 1` (one int32 tensor per kernel). Call it with
 * `model.dispose()`; afterwards the next call searches again. A model that never used
 * `refreshEvery` has nothing to free.
 *
 * @example
 * ```ts
 * disposeDiversityPairs(model);
 * model.dispose();
 * ```
 */
export function disposeDiversityPairs(model: LayersModel): void {
  modelPairs.get(model)?.dispose();
  modelPairs.delete(model);
}

/**
 * The angular loss summed over a model's kernels, times `coefficient` (paper eq. 13), as
 * a scalar to add to the task loss inside `optimizer.minimize` in a custom training loop.
 * Its gradient is core's analytic one per layer. Kernels are found by layer class (see
 * `LAYER_KERNELS`); a model with none gives 0.
 *
 * @example
 * ```ts
 * optimizer.minimize(() => {
 *   const task = tf.losses.softmaxCrossEntropy(ys, model.apply(xs) as tf.Tensor);
 *   return tf.add(task, diversityLoss(model, { loss: "mma", coefficient: 0.07, layers: "all" }));
 * });
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for bad options; `ZERO_ROW` / `NON_FINITE` from the check.
 */
export function diversityLoss(model: LayersModel, options: DiversityLossOptions): Scalar {
  const tf = resolveTf(options.tf);
  const o = resolveRegularizerOptions(options);
  const kernels = kernelWeights(model, { ...(options.layers !== undefined ? { layers: options.layers } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) });
  const call = calls.get(model) ?? 0;
  calls.set(model, call + 1);
  for (const k of kernels) {
    if (o.check === "always" || (o.check === "first" && !checked.has(k.variable))) {
      checkWeight(k.variable.read(), k.layout, { loss: o.loss, mode: o.mode, name: k.name, backend: sharedBackend(tf).name });
      checked.add(k.variable);
    }
  }
  const lossOptions = {
    loss: o.loss,
    mode: o.mode,
    tf,
    ...(o.s !== undefined ? { s: o.s } : {}),
    ...(o.halfSpace !== undefined ? { halfSpace: o.halfSpace } : {}),
    ...(o.batch ? { batch: { ...o.batch, seed: (o.batch.seed ?? 0) + call } } : {}),
  };
  let caches: PairCaches<LayerVariable> | undefined;
  if (o.refreshEvery > 1) {
    caches = modelPairs.get(model);
    if (!caches) modelPairs.set(model, (caches = new PairCaches<LayerVariable>(tf, model)));
  }
  return tf.tidy(() => {
    let total: Scalar = tf.scalar(0);
    for (const k of kernels) {
      const pairs = caches?.get(k.variable, o);
      if (pairs && hostPairsApply(tf, o.mode)) {
        total = tf.add(total, pairLossOp(tf, k.variable.read(), k.layout, pairs, o.loss as PairLossName));
        continue;
      }
      total = tf.add(total, angularLoss(kernelRows(tf, k.variable.read(), k.layout), pairs ? { ...lossOptions, pairs } : lossOptions));
    }
    return tf.mul(total, o.coefficient);
  });
}
