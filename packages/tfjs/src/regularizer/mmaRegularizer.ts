import type { AngularRegularizerOptions } from "./options.js";
import { registerRegularizers, type AngularRegularizer } from "./regularizerClasses.js";

/** Options of {@link mmaRegularizer}: the angular options without the loss (always `mma`). */
export type MmaRegularizerOptions = Omit<AngularRegularizerOptions, "loss" | "s" | "halfSpace" | "batch">;

/**
 * The MMA regularizer of the paper (eq. 13): `coefficient * l_MMA(W)`, minus the mean
 * angle of each neuron's weight vector to its nearest neighbour, as a tf.layers
 * `Regularizer` (registered as `MMARegularizer`). Use it as `kernelRegularizer` of Dense
 * and Conv1D/2D/3D layers and as `depthwiseRegularizer`; the kernel layout is picked from
 * the weight (`layout: "auto"`). The gradient is core's analytic one (O(n d) after one
 * Gram product), wired in with `tf.customGrad`.
 *
 * @example
 * ```ts
 * import { mmaRegularizer } from "@mmareg/tfjs";
 * const model = tf.sequential({ layers: [
 *   tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 16, kernelSize: 3, kernelRegularizer: mmaRegularizer({ coefficient: 0.07 }) }),
 *   tf.layers.flatten(),
 *   tf.layers.dense({ units: 10, kernelRegularizer: mmaRegularizer({ coefficient: 0.07 }) }),
 * ] });
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for a missing or negative coefficient, an unknown mode or layout.
 */
export function mmaRegularizer(options: MmaRegularizerOptions): AngularRegularizer {
  const { MMARegularizer } = registerRegularizers(options?.tf);
  return new MMARegularizer(options as AngularRegularizerOptions);
}
