import { MMARegError } from "@mmareg/core";
import type { Scalar, Tensor } from "@tensorflow/tfjs";
import { resolveTf, type TfNamespace } from "../tf.js";
import { resolveArcFaceOptions, type ArcFaceOptions, type ResolvedArcFaceOptions } from "./arcFaceOptions.js";
import { classCosines, featureSize } from "./classCosines.js";

/**
 * A loss on `(features [batch, d], classWeights, labels)`: `labels` are class indices
 * (`int32 [batch]`) or one-hot rows (`[batch, classes]`).
 */
export interface ClassMarginLoss {
  (features: Tensor, classWeights: Tensor, labels: Tensor): Scalar;
  /** The options in use, defaults filled in. */
  readonly options: Readonly<ResolvedArcFaceOptions>;
}

/**
 * Floor of `1 - cos^2` under the square root of `sin(theta)`: at `cos = ±1` (a feature
 * exactly on or opposite its class vector) the derivative of the root would be infinite
 * and turn the whole gradient into NaN. Below float32's resolution near 1 (1 - cos^2 is
 * either 0 or at least about 1.2e-7 there), so it changes no value.
 */
const SIN_EPS = 1e-12;

/** One-hot float labels `[batch, classes]` from indices or one-hot rows. */
export function oneHotLabels(tf: TfNamespace, labels: Tensor, batch: number, classes: number): Tensor {
  if (labels.rank === 1 && labels.shape[0] === batch) return tf.oneHot(tf.cast(labels, "int32"), classes).toFloat();
  if (labels.rank === 2 && labels.shape[0] === batch && labels.shape[1] === classes) return tf.cast(labels, "float32");
  throw new MMARegError(
    "BAD_SHAPE",
    `labels must be class indices [${batch}] or one-hot rows [${batch}, ${classes}], got shape [${labels.shape.join(", ")}]`,
    { loss: "arcface" },
  );
}

/**
 * The margin logits of ArcFace: `s cos(theta_j)` for every class but the target, whose
 * logit is `s cos(theta_y + m)` (with the `boundary` fallback past `pi - m`). Exported for
 * custom reductions; {@link arcFaceLoss} is its softmax cross-entropy.
 */
export function arcFaceLogits(tf: TfNamespace, cos: Tensor, target: Tensor, o: ResolvedArcFaceOptions): Tensor {
  const c = tf.sum(tf.mul(cos, target), 1); // cos(theta_y), [batch]
  const sin = tf.sqrt(tf.maximum(tf.sub(1, tf.square(c)), SIN_EPS));
  const withMargin = tf.sub(tf.mul(c, Math.cos(o.margin)), tf.mul(sin, Math.sin(o.margin))); // cos(theta + m)
  const [threshold, beyond] = o.boundary === "linear" ? [Math.cos(Math.PI - o.margin), tf.sub(c, o.margin * Math.sin(o.margin))] : [0, c];
  // a 0/1 mask from tf.step (whose gradient is 0) rather than tf.where(tf.greater(...)):
  // tfjs has no gradient for Greater, and both branches are finite
  const inside = tf.step(tf.sub(c, threshold));
  const t = tf.add(tf.mul(inside, withMargin), tf.mul(tf.sub(1, inside), beyond));
  // replace the target column: cos + onehot * (t - cos_y)
  const logits = tf.add(cos, tf.mul(target, tf.expandDims(tf.sub(t, c), 1)));
  return tf.mul(logits, o.scale);
}

/**
 * ArcFace, the additive angular margin loss (Deng et al. 2019, the paper's Section 6):
 * features and class vectors are normalized, the angle to the true class is enlarged by
 * `margin`, and the cosines times `scale` go into a softmax cross-entropy (mean over the
 * batch). Written with tf ops, so autodiff gives the gradient to both the features (the
 * embedding network) and the class weights.
 *
 * Numerically safe at the margin's boundary: `sin(theta)` is floored under its root, so
 * `theta = 0` and `theta = pi` (cosine exactly ±1) give finite values and gradients; past
 * `theta = pi - m` the `boundary` fallback applies (default `linear`, InsightFace's
 * `cos(theta) - m sin(m)`); zero vectors count as cosine 0. Labels are not read back:
 * an index outside `[0, classes)` gives an all-zero target row.
 *
 * @example
 * ```ts
 * const loss = arcFaceLoss({ margin: 0.5, scale: 64 });
 * const classWeights = tf.variable(tf.randomNormal([10, 32])); // a row per class
 * optimizer.minimize(() => loss(embed.apply(xs) as tf.Tensor, classWeights, labels));
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for a bad option (at once); `BAD_SHAPE` when
 *   features, class weights and labels do not fit (at each call).
 */
export function arcFaceLoss(options: ArcFaceOptions = {}): ClassMarginLoss {
  const o = resolveArcFaceOptions(options);
  const tf = resolveTf(options.tf);
  const loss = (features: Tensor, classWeights: Tensor, labels: Tensor): Scalar => {
    const batch = features.shape[0] as number;
    featureSize(features);
    return tf.tidy(() => {
      const cos = classCosines(features, classWeights, { layout: o.layout, tf });
      const target = oneHotLabels(tf, labels, batch, cos.shape[1]);
      const logits = arcFaceLogits(tf, cos, target, o);
      // mean over the batch of logsumexp(logits) - logit_y
      return tf.mean(tf.sub(tf.logSumExp(logits, 1), tf.sum(tf.mul(logits, target), 1))) as Scalar;
    });
  };
  return Object.assign(loss, { options: Object.freeze({ ...o }) });
}
