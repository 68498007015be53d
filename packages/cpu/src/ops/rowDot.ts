import { MMARegError } from "@mmareg/core";
import { dims2, type CpuContext, CpuTensor } from "../tensor.js";

/** `[n]` row-wise dot products. */
export function rowDot(ctx: CpuContext, a: CpuTensor, b: CpuTensor): CpuTensor {
  const [n, d] = dims2(a, "rowDot");
  if (b.size !== n * d) throw new MMARegError("BAD_SHAPE", "rowDot: shapes differ", { backend: ctx.name });
  const out = ctx.alloc(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += (a.data[i * d + k] as number) * (b.data[i * d + k] as number);
    out[i] = s;
  }
  return new CpuTensor(out, [n]);
}
