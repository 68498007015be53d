import type { Tensor } from "@tensorflow/tfjs";
import { dims1, type TfjsContext } from "../context.js";

/** `[n]` 1 where `index[i] == i`, else 0. */
export function selfMask(ctx: TfjsContext, index: Tensor): Tensor {
  const n = dims1(ctx, index, "selfMask");
  const { tf } = ctx;
  return tf.tidy(() => tf.cast(tf.equal(index, tf.range(0, n, 1, "int32")), "float32"));
}
