import type { Tensor } from "@tensorflow/tfjs";
import type { TfjsContext } from "../context.js";

/**
 * `[k, d]` rows `a[index[i]]`. On wasm `tf.gather` walks every element through a generic
 * index computation (about 25x slower than a pass over the data at `512 x 4608`), while
 * `gatherND` with `[k, 1]` indices copies whole rows; elsewhere `tf.gather` is the
 * faster of the two (on the tfjs cpu backend `gatherND` is the slow one).
 */
export function gatherRowsFast(ctx: TfjsContext, a: Tensor, index: Tensor): Tensor {
  const { tf } = ctx;
  if (tf.getBackend() === "wasm") return tf.tidy(() => tf.gatherND(a, tf.reshape(index, [index.shape[0] as number, 1])));
  return tf.gather(a, index, 0);
}
