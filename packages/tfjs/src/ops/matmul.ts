import { MMARegError } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";

/** `[n, m]` `A B` for `[n, k]` and `[k, m]`. */
export function matmul(ctx: TfjsContext, a: Tensor, b: Tensor): Tensor {
  const [, k] = dims2(ctx, a, "matmul");
  const [k2] = dims2(ctx, b, "matmul");
  if (k !== k2) throw new MMARegError("BAD_SHAPE", `matmul: inner sizes differ (${k} vs ${k2})`, { backend: ctx.name() });
  return ctx.tf.matMul(a, b);
}
