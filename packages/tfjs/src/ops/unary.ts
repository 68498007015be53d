import { MMARegError, type UnaryOp } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import type { TfjsContext } from "../context.js";
import { acosTf } from "../kernels/accurateMath.js";
import type { TfNamespace } from "../tf.js";

const UNARY: Record<UnaryOp, (tf: TfNamespace, x: Tensor) => Tensor> = {
  neg: (tf, x) => tf.neg(x),
  abs: (tf, x) => tf.abs(x),
  sqrt: (tf, x) => tf.sqrt(x),
  square: (tf, x) => tf.square(x),
  reciprocal: (tf, x) => tf.reciprocal(x),
  acos: (tf, x) => acosTf(tf, x),
  log: (tf, x) => tf.log(x),
  exp: (tf, x) => tf.exp(x),
};

/** Elementwise named function. */
export function unary(ctx: TfjsContext, op: UnaryOp, a: Tensor): Tensor {
  const f = UNARY[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: ctx.name() });
  return f(ctx.tf, a);
}
