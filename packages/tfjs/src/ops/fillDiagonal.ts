import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";
import { setDiagonal } from "../kernels/diagonal.js";

/** A square matrix with its diagonal replaced by `value`. */
export function fillDiagonal(ctx: TfjsContext, a: Tensor, value: number): Tensor {
  const [n] = dims2(ctx, a, "fillDiagonal");
  const { tf } = ctx;
  return tf.tidy(() => setDiagonal(tf, a, tf.fill([n], value)));
}
