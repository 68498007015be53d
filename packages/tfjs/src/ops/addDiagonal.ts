import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";
import { diagonalOf, setDiagonal } from "../kernels/diagonal.js";

/** A square matrix with `value` added to its diagonal (only the `n` diagonal entries are touched). */
export function addDiagonal(ctx: TfjsContext, a: Tensor, value: number): Tensor {
  dims2(ctx, a, "addDiagonal");
  const { tf } = ctx;
  return tf.tidy(() => setDiagonal(tf, a, tf.add(diagonalOf(tf, a), value)));
}
