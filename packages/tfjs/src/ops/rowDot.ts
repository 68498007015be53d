import { MMARegError } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";

/** `[n]` row-wise dot products of two `[n, d]` matrices. */
export function rowDot(ctx: TfjsContext, a: Tensor, b: Tensor): Tensor {
  const [n, d] = dims2(ctx, a, "rowDot");
  if (b.size !== n * d) throw new MMARegError("BAD_SHAPE", "rowDot: shapes differ", { backend: ctx.name() });
  const { tf } = ctx;
  return tf.tidy(() => tf.sum(tf.mul(a, b), 1));
}
