import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";

/** `[n]` sum of each row of an `[n, d]` matrix. */
export function rowSum(ctx: TfjsContext, a: Tensor): Tensor {
  dims2(ctx, a, "rowSum");
  return ctx.tf.sum(a, 1);
}
