import type { NormalizedRows } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";
import { tidy } from "../tf.js";

/**
 * `unit_i = a_i / max(|a_i|, eps)` (or `/ |a_i|` when `eps` is null) and the norms
 * `|a_i|`. The norm is `sqrt(sum a_ik^2)` in float32: rows whose squared norm leaves the
 * float32 range (entries beyond ~1e19, or all below ~1e-19) are outside what this
 * backend computes.
 */
export function normalizeRows(ctx: TfjsContext, a: Tensor, eps: number | null): NormalizedRows<Tensor> {
  const [n] = dims2(ctx, a, "normalizeRows");
  const { tf } = ctx;
  return tidy(tf, () => {
    const norms = tf.sqrt(tf.sum(tf.square(a), 1));
    const div = eps === null ? norms : tf.maximum(norms, eps);
    return { unit: tf.div(a, tf.reshape(div, [n, 1])), norms };
  });
}
