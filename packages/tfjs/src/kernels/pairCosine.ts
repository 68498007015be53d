import type { Tensor } from "@tensorflow/tfjs";
import type { TfjsContext } from "../context.js";
import { gatherRowsFast } from "./gatherRows.js";

/**
 * `[n]` the cosine between each row and its partner row `index[i]`, refined from the
 * Gram value `fallback` by explicit differences: `1 - |u - v|^2 / 2` where the pair is
 * less than 90 degrees apart and `|u + v|^2 / 2 - 1` beyond.
 *
 * Why: the float32 Gram entry of two unit rows near +-1 is off by about one unit in the
 * last place of 1 (6e-8, mostly from the rounding of the normalized rows), which is a
 * 1e-3 relative error in `1 - c^2` for rows half a degree apart, and so in the reference
 * mode's `1 / sin` gradient. The difference form is insensitive to that rounding to first
 * order. It only holds for unit rows, so a pair with a row that is not of norm 1 (a zero
 * or sub-eps row in reference mode) and a diagonal pick keep `fallback`.
 */
export function pairCosine(ctx: TfjsContext, unit: Tensor, index: Tensor, fallback: Tensor): Tensor {
  const { tf } = ctx;
  const n = unit.shape[0] as number;
  return tf.tidy(() => {
    const other = gatherRowsFast(ctx, unit, index);
    const d2 = tf.sum(tf.square(tf.sub(unit, other)), 1);
    const s2 = tf.sum(tf.square(tf.add(unit, other)), 1);
    const refined = tf.where(tf.lessEqual(d2, s2), tf.sub(1, tf.mul(d2, 0.5)), tf.sub(tf.mul(s2, 0.5), 1));
    const isUnit = tf.cast(tf.less(tf.abs(tf.sub(tf.sum(tf.square(unit), 1), 1)), 1e-3), "float32");
    const offDiagonal = tf.cast(tf.notEqual(index, tf.range(0, n, 1, "int32")), "float32");
    const use = tf.greater(tf.mul(tf.mul(isUnit, tf.gather(isUnit, index)), offDiagonal), 0);
    return tf.where(use, refined, fallback);
  });
}
