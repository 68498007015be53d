import type { AngularRegularizerOptions } from "./options.js";
import { registerRegularizers, type AngularRegularizer } from "./regularizerClasses.js";

/**
 * A tf.layers regularizer for any of the angular losses: `mma` (default), `cosine`,
 * `mhe` (`s`, `halfSpace`, `batch`) or `orthogonal`, times `coefficient`, with core's
 * analytic gradient. Registered as `AngularRegularizer`, so models save and load with it.
 * For the paper's MMA regularizer prefer {@link mmaRegularizer}.
 *
 * @example
 * ```ts
 * tf.layers.dense({ units: 64, kernelRegularizer: angularRegularizer({ loss: "mhe", s: 2, coefficient: 1, batch: { fraction: 0.3 } }) });
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` / `UNKNOWN_LOSS` for bad options.
 */
export function angularRegularizer(options: AngularRegularizerOptions): AngularRegularizer {
  const { AngularRegularizer } = registerRegularizers(options?.tf);
  return new AngularRegularizer(options);
}
