import { MMARegError } from "@mmareg/core";
import type { Tensor, Tensor2D } from "@tensorflow/tfjs";
import { resolveTf, type TfNamespace } from "../tf.js";
import type { ClassWeightsLayout } from "./arcFaceOptions.js";

/**
 * Squared-norm floor of the normalizations: a zero feature or class vector becomes the
 * zero vector (cosine 0 with everything) instead of NaN. 1e-24 is a normal float32, far
 * below any real squared norm, so other rows are divided by their exact norm.
 */
const NORM_EPS = 1e-24;

/** Unit rows `x / |x|` of a `[n, d]` tensor (zero rows stay zero). */
export function unitRows(tf: TfNamespace, x: Tensor): Tensor {
  return tf.mul(x, tf.rsqrt(tf.maximum(tf.sum(tf.square(x), 1, true), NORM_EPS)));
}

/** The class weights as `[classes, d]` rows, checked against the feature size. */
export function classRows(tf: TfNamespace, classWeights: Tensor, layout: ClassWeightsLayout, d: number): Tensor {
  if (classWeights.rank !== 2) {
    throw new MMARegError("BAD_SHAPE", `class weights must be a 2-D tensor (${layout === "rows" ? "[classes, d]" : "[d, classes]"}), got shape [${classWeights.shape.join(", ")}]`, { loss: "arcface" });
  }
  const rows = layout === "rows" ? classWeights : tf.transpose(classWeights);
  if (rows.shape[1] !== d) {
    throw new MMARegError(
      "BAD_SHAPE",
      `class weights of shape [${classWeights.shape.join(", ")}] (layout ${layout}) have vectors of length ${rows.shape[1]}, but the features have ${d}: pass layout "${layout === "rows" ? "dense" : "rows"}" if the matrix is the other way round`,
      { loss: "arcface" },
    );
  }
  return rows;
}

/** Check a `[batch, d]` feature matrix; returns `d`. */
export function featureSize(features: Tensor): number {
  if (features.rank !== 2 || features.shape[0] === 0 || features.shape[1] === 0) {
    throw new MMARegError("BAD_SHAPE", `features must be a non-empty 2-D tensor [batch, d], got shape [${features.shape.join(", ")}]`, { loss: "arcface" });
  }
  return features.shape[1] as number;
}

/**
 * The cosine of the angle between each feature and each class vector, `[batch, classes]`,
 * clipped to `[-1, 1]`: the class scores of an ArcFace model at inference (predict the
 * class with the largest cosine), and the input of its margin.
 *
 * @example
 * ```ts
 * const cos = classCosines(embeddings, classWeights); // [batch, classes]
 * const predicted = cos.argMax(1);
 * ```
 * @throws {@link MMARegError} `BAD_SHAPE` when the shapes do not fit.
 */
export function classCosines(features: Tensor, classWeights: Tensor, options: { layout?: ClassWeightsLayout; tf?: TfNamespace } = {}): Tensor2D {
  const tf = resolveTf(options.tf);
  const d = featureSize(features);
  return tf.tidy(() => {
    const w = classRows(tf, classWeights, options.layout ?? "rows", d);
    // matMul(a, transpose(b)) rather than the transpose flag: much faster on wasm
    return tf.clipByValue(tf.matMul(unitRows(tf, features), tf.transpose(unitRows(tf, w))), -1, 1) as Tensor2D;
  });
}
