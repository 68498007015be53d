import { computeLoss, type AnyLossOptions, type PairCache } from "@mmareg/core";
import type { GradSaveFunc, Scalar, Tensor } from "@tensorflow/tfjs";
import { createTfjsBackend, type TfjsBackend } from "./createTfjsBackend.js";
import { resolveTf, type TfNamespace } from "./tf.js";

/** Options of {@link angularLoss}. */
export interface AngularLossOptions extends AnyLossOptions {
  /** The TensorFlow.js namespace (default: the peer `@tensorflow/tfjs`). */
  tf?: TfNamespace;
  /** A backend to run on (default: one shared backend per namespace). */
  backend?: TfjsBackend;
  /**
   * Neighbour refresh: take the loss and gradient from this weight's pair cache (core's
   * `createPairCache` on the same tfjs backend, with `keep: (t) => tf.keep(t)`), which
   * searches the nearest neighbours only on its refresh steps. The cache's own loss
   * options apply (`loss`, `mode`, `fused` here are ignored).
   */
  pairs?: PairCache<Tensor>;
}

const shared = new WeakMap<TfNamespace, TfjsBackend>();

/** The backend the model helpers use for a namespace: one per namespace, created on first use. */
export function sharedBackend(tf?: TfNamespace): TfjsBackend {
  const t = resolveTf(tf);
  let b = shared.get(t);
  if (!b) {
    b = createTfjsBackend({ tf: t });
    shared.set(t, b);
  }
  return b;
}

/**
 * Any angular loss of an `[n, d]` row matrix as a tfjs scalar whose gradient is core's
 * analytic one, wired in with `tf.customGrad`, so `tf.grad`, `optimizer.minimize` and
 * `model.fit` use it. The forward pass computes the loss and its gradient together (one
 * Gram product whose row max is taken at once, then O(n d)); only the `[n, d]` gradient
 * is kept for the backward pass, which scales it by the incoming `dy`. Inside
 * `tf.customGrad` every intermediate is freed by tfjs, and the kept gradient is freed
 * after backprop (or never kept when no gradient is being recorded).
 *
 * No input checks (they would need a read-back): see the regularizers' `check` option,
 * or `evaluateLoss` for the checked, read-back path.
 *
 * @example
 * ```ts
 * const w = tf.variable(tf.randomNormal([10, 64]));
 * const g = tf.grad((x) => angularLoss(x, { loss: "mma" }))(w); // [10, 64]
 * ```
 * @throws {@link MMARegError} `BAD_SHAPE`, `EMPTY`, `UNKNOWN_LOSS`, `BAD_OPTION`.
 */
export function angularLoss(rows: Tensor, options: AngularLossOptions = {}): Scalar {
  const tf = resolveTf(options.tf);
  const b = options.backend ?? sharedBackend(tf);
  const { tf: _tf, backend: _b, pairs, ...lossOptions } = options;
  const op = tf.customGrad((...args: (Tensor | GradSaveFunc)[]) => {
    const [w, save] = args as [Tensor, GradSaveFunc];
    const { loss, grad } = pairs ? pairs.loss(w) : computeLoss(b, w, lossOptions);
    save([grad]);
    return { value: loss, gradFunc: (dy: Tensor, saved: Tensor[]) => tf.mul(saved[0] as Tensor, dy) };
  });
  return op(rows) as Scalar;
}
