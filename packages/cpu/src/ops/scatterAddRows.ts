import { MMARegError } from "@mmareg/core";
import { dims1, dims2, indices, type CpuContext, CpuTensor } from "../tensor.js";

/** `[rows, d]` zeros plus `a[i]` added into row `index[i]`, in order of `i`. */
export function scatterAddRows(ctx: CpuContext, a: CpuTensor, index: CpuTensor, rows: number): CpuTensor {
  const [k, d] = dims2(a, "scatterAddRows");
  if (dims1(index, "scatterAddRows") !== k) throw new MMARegError("BAD_SHAPE", "scatterAddRows: index length differs", { backend: ctx.name });
  const idx = indices(index);
  const acc = new Float64Array(rows * d);
  for (let i = 0; i < k; i++) {
    const r = idx[i] as number;
    if (r < 0 || r >= rows) throw new MMARegError("BAD_SHAPE", `scatterAddRows: index ${r} out of range [0, ${rows})`, { backend: ctx.name });
    for (let c = 0; c < d; c++) acc[r * d + c] = (acc[r * d + c] as number) + (a.data[i * d + c] as number);
  }
  const out = ctx.alloc(rows * d);
  out.set(acc);
  return new CpuTensor(out, [rows, d]);
}
