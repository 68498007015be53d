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
    // each [n, d] product freed as soon as it is used: at most two besides g and unit
    const prod = tf.mul(g, unit);
    let dot = tf.sum(prod, 1);
    prod.dispose();
    if (eps !== null) dot = tf.mul(dot, tf.cast(tf.greaterEqual(norms, eps), "float32"));
    const div = eps === null ? norms : tf.maximum(norms, eps);
    const along = tf.mul(unit, tf.reshape(dot, [n, 1]));
    const tangent = tf.sub(g, along);
    along.dispose();
    const out = tf.div(tangent, tf.reshape(div, [n, 1]));
    tangent.dispose();
    return out;
  });
}
