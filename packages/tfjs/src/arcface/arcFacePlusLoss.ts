import type { Scalar, Tensor } from "@tensorflow/tfjs";
import { angularLoss } from "../angularLoss.js";
import { resolveTf } from "../tf.js";
import { arcFaceLoss, type ClassMarginLoss } from "./arcFaceLoss.js";
import { resolveCoefficient, type ArcFacePlusOptions, type ResolvedArcFaceOptions } from "./arcFaceOptions.js";
import { classRows, featureSize } from "./classCosines.js";

/** {@link arcFacePlusLoss}'s loss function; its options include the coefficient. */
export interface ArcFacePlusLoss extends ClassMarginLoss {
  readonly options: Readonly<ResolvedArcFaceOptions & { coefficient: number }>;
}

/**
 * ArcFace+ (paper eq. 15): `l_arcface(m) + lambda * l_MMA(W_classify)`, the ArcFace loss
 * plus the MMA loss of the class weights, which pushes the class vectors apart (inter-class
 * separability) while ArcFace pulls each feature towards its class (intra-class
 * compactness). The MMA term is core's loss with its analytic gradient, the same code as
 * `angularLoss` and the regularizers (`coefficient: 0` gives plain ArcFace).
 *
 * @example
 * ```ts
 * const loss = arcFacePlusLoss({ margin: 0.5, scale: 64, coefficient: 0.03 });
 * optimizer.minimize(() => loss(embed.apply(xs) as tf.Tensor, classWeights, labels));
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for a bad option (at once); `BAD_SHAPE` when
 *   the tensors do not fit (at each call).
 */
export function arcFacePlusLoss(options: ArcFacePlusOptions = {}): ArcFacePlusLoss {
  const coefficient = resolveCoefficient(options.coefficient);
  const arcFace = arcFaceLoss(options);
  const tf = resolveTf(options.tf);
  const o = arcFace.options;
  const mmaOptions = { loss: "mma" as const, tf, ...(options.mode ? { mode: options.mode } : {}), ...(options.backend ? { backend: options.backend } : {}) };
  const loss = (features: Tensor, classWeights: Tensor, labels: Tensor): Scalar => {
    const d = featureSize(features);
    return tf.tidy(() => {
      const base = arcFace(features, classWeights, labels);
      if (coefficient === 0) return base;
      const mma = angularLoss(classRows(tf, classWeights, o.layout, d), mmaOptions);
      return tf.add(base, tf.mul(mma, coefficient)) as Scalar;
    });
  };
  return Object.assign(loss, { options: Object.freeze({ ...o, coefficient }) });
}
