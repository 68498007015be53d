import type { Tensor } from "@tensorflow/tfjs";
import type { TfjsContext } from "../context.js";

/**
 * `[rows, d]` zeros with row `i` of `updates` (`[k, d]`) added into row `index[i]`
 * (`index` `[k]` int32). `tf.scatterND` (which sums duplicate indices), or where the
 * context says so (see `ScatterRows`) the product `oneHot(index, rows)ᵀ · updates`: a
 * matrix product of `rows * k * d` multiply-adds, fast on a GPU, instead of webgl's
 * scatter shader, which loops over all `k` updates for each of the `rows * d` outputs.
 */
export function scatterRows(ctx: TfjsContext, updates: Tensor, index: Tensor, rows: number): Tensor {
  const { tf } = ctx;
  const [k, d] = updates.shape as [number, number];
  return tf.tidy(() => {
    if (ctx.matMulScatter(rows, k)) return tf.matMul(tf.cast(tf.oneHot(index, rows), "float32"), updates, true, false);
    return tf.scatterND(tf.reshape(index, [k, 1]), updates, [rows, d]);
  });
}
