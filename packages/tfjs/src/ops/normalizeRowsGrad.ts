import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";

/**
 * Backward of `normalizeRows`: `(g_i - [|a_i| >= eps] (g_i . u_i) u_i) / max(|a_i|, eps)`
 * (with `eps = null` the bracket is 1 and the divisor `|a_i|`), what autodiff gives for
 * PyTorch's `F.normalize`, clamp mask included. O(n d).
 */
export function normalizeRowsGrad(ctx: TfjsContext, g: Tensor, unit: Tensor, norms: Tensor, eps: number | null): Tensor {
  const [n] = dims2(ctx, g, "normalizeRowsGrad");
  const { tf } = ctx;
  return tf.tidy(() => {
    let dot = tf.sum(tf.mul(g, unit), 1);
    if (eps !== null) dot = tf.mul(dot, tf.cast(tf.greaterEqual(norms, eps), "float32"));
    const div = eps === null ? norms : tf.maximum(norms, eps);
    const tangent = tf.sub(g, tf.mul(unit, tf.reshape(dot, [n, 1])));
    return tf.div(tangent, tf.reshape(div, [n, 1]));
  });
}
