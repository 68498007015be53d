import { MMARegError } from "@mmareg/core";
import { dims1, dims2, indices, type CpuContext, CpuTensor } from "../tensor.js";

/** `[k, d]` rows `a[index[i]]`. */
export function gatherRows(ctx: CpuContext, a: CpuTensor, index: CpuTensor): CpuTensor {
  const [m, d] = dims2(a, "gatherRows");
  const k = dims1(index, "gatherRows");
  const idx = indices(index);
  const out = ctx.alloc(k * d);
  for (let i = 0; i < k; i++) {
    const r = idx[i] as number;
    if (r < 0 || r >= m) throw new MMARegError("BAD_SHAPE", `gatherRows: index ${r} out of range [0, ${m})`, { backend: ctx.name });
    for (let c = 0; c < d; c++) out[i * d + c] = a.data[r * d + c] as number;
  }
  return new CpuTensor(out, [k, d]);
}
