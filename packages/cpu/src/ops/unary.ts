import { MMARegError, type UnaryOp } from "@mmareg/core";
import { type CpuContext, CpuTensor } from "../tensor.js";

const UNARY: Record<UnaryOp, (x: number) => number> = {
  neg: (x) => -x,
  abs: Math.abs,
  sqrt: Math.sqrt,
  square: (x) => x * x,
  reciprocal: (x) => 1 / x,
  acos: Math.acos,
  log: Math.log,
  exp: Math.exp,
};

/** Elementwise named function. */
export function unary(ctx: CpuContext, op: UnaryOp, a: CpuTensor): CpuTensor {
  const f = UNARY[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: ctx.name });
  const out = ctx.alloc(a.size);
  const src = a.data;
  for (let i = 0; i < out.length; i++) out[i] = f(src[i] as number);
  return new CpuTensor(out, a.shape);
}
