import { MMARegError } from "@mmareg/core";
import { dims2, f64, type CpuContext, CpuTensor } from "../tensor.js";

/** `[n, m]` `A B` for `[n, k]` and `[k, m]`, row-times-row order (contiguous inner loop). */
export function matmul(ctx: CpuContext, a: CpuTensor, b: CpuTensor): CpuTensor {
  const [n, k] = dims2(a, "matmul");
  const [k2, m] = dims2(b, "matmul");
  if (k !== k2) throw new MMARegError("BAD_SHAPE", `matmul: inner sizes differ (${k} vs ${k2})`, { backend: ctx.name });
  const av = f64(a);
  const bv = f64(b);
  const acc = new Float64Array(m);
  const out = ctx.alloc(n * m);
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    for (let p = 0; p < k; p++) {
      const s = av[i * k + p] as number;
      if (s === 0) continue;
      const o = p * m;
      for (let j = 0; j < m; j++) acc[j] = (acc[j] as number) + s * (bv[o + j] as number);
    }
    out.set(acc, i * m);
  }
  return new CpuTensor(out, [n, m]);
}
