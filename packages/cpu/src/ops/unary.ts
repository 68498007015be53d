import { MMARegError, type UnaryOp } from "@mmareg/core";
import { type CpuContext, CpuTensor } from "../tensor.js";
import { UNARY_FUNCTIONS } from "@mmareg/core/internal";

/** Elementwise named function. */
export function unary(ctx: CpuContext, op: UnaryOp, a: CpuTensor): CpuTensor {
  const f = UNARY_FUNCTIONS[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: ctx.name });
  const out = ctx.alloc(a.size);
  const src = a.data;
  for (let i = 0; i < out.length; i++) out[i] = f(src[i] as number);
  return new CpuTensor(out, a.shape);
}
