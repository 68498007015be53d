import type { DiagonalRule, RowMax } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import type { TfjsContext } from "../context.js";
import { tidy } from "../tf.js";
import { diagonalOf, setDiagonal } from "./diagonal.js";

/**
 * The block with its diagonal entries replaced by the rule: `exclude` puts `-Infinity`
 * there (never a candidate, except in a 1 x 1 matrix); `negate` puts `-c_ii` there (the
 * published code's `C - 2 diag(diag C)`, written exactly instead of as a subtraction).
 */
export function maskDiagonal(ctx: TfjsContext, c: Tensor, rule: DiagonalRule, offset: number): Tensor {
  const { tf } = ctx;
  const rows = c.shape[0] as number;
  return tf.tidy(() => setDiagonal(tf, c, rule === "exclude" ? tf.fill([rows], -Infinity) : tf.neg(diagonalOf(tf, c, offset)), offset));
}

/**
 * Row max of a masked block and the lowest column index where it occurs. Where the
 * active tfjs backend's `argMax` scans in index order (cpu, wasm, webgl) it is used as
 * is; elsewhere the index is the smallest column whose value equals the row max.
 */
export function maxWithLowestIndex(ctx: TfjsContext, masked: Tensor): RowMax<Tensor> {
  const { tf } = ctx;
  const [rows, cols] = masked.shape as [number, number];
  return tidy(tf, () => {
    const value = tf.max(masked, 1);
    if (ctx.argMaxIsLowest()) return { value, index: tf.argMax(masked, 1) };
    const hit = tf.equal(masked, tf.reshape(value, [rows, 1]));
    const cand = tf.where(hit, tf.tile(tf.reshape(tf.range(0, cols, 1, "int32"), [1, cols]), [rows, 1]), tf.fill([rows, cols], cols, "int32"));
    // a row of NaN has no hit: clamp its index into range like the other backends do
    return { value, index: tf.minimum(tf.min(cand, 1), tf.scalar(cols - 1, "int32")) };
  });
}
