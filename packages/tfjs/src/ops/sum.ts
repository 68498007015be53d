import type { Tensor } from "@tensorflow/tfjs";
import type { TfjsContext } from "../context.js";

/**
 * `[]` the sum of all elements. A matrix is summed by rows first and then the row sums,
 * so a float32 sum over `n x n` pair terms accumulates `O(n)` rounding steps, not
 * `O(n^2)` (the energy losses sum whole pair matrices).
 */
export function sum(ctx: TfjsContext, a: Tensor): Tensor {
  const { tf } = ctx;
  return a.rank === 2 ? tf.tidy(() => tf.sum(tf.sum(a, 1))) : tf.sum(a);
}
