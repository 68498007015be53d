import { dims2, type CpuContext, CpuTensor } from "../tensor.js";

/** `[n]` row sums. */
export function rowSum(ctx: CpuContext, a: CpuTensor): CpuTensor {
  const [n, d] = dims2(a, "rowSum");
  const out = ctx.alloc(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += a.data[i * d + k] as number;
    out[i] = s;
  }
  return new CpuTensor(out, [n]);
}
