import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";

/**
 * `[n, n]` `A Aᵀ` in one matrix product. On wasm the product is formed against an
 * explicit transpose, because the `transposeB` flag takes a path about 9x slower there;
 * on the other backends the flag is free and saves the `[d, n]` copy.
 */
export function gram(ctx: TfjsContext, a: Tensor): Tensor {
  dims2(ctx, a, "gram");
  const { tf } = ctx;
  return tf.tidy(() => (ctx.explicitTranspose() ? tf.matMul(a, tf.transpose(a)) : tf.matMul(a, a, false, true)));
}
