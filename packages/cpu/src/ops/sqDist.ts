import { MMARegError } from "@mmareg/core";
import { dims2, f64, type CpuContext, CpuTensor } from "../tensor.js";

/** `[n, m]` `sum_k (a_ik - b_jk)^2` by explicit differences (no `|a|^2 + |b|^2 - 2ab` cancellation). */
export function sqDist(ctx: CpuContext, a: CpuTensor, b: CpuTensor): CpuTensor {
  const [n, d] = dims2(a, "sqDist");
  const [m, d2] = dims2(b, "sqDist");
  if (d !== d2) throw new MMARegError("BAD_SHAPE", `sqDist: row lengths differ (${d} vs ${d2})`, { backend: ctx.name });
  const av = f64(a);
  const bv = f64(b);
  const out = ctx.alloc(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) {
        const t = (av[i * d + k] as number) - (bv[j * d + k] as number);
        s += t * t;
      }
      out[i * m + j] = s;
    }
  }
  return new CpuTensor(out, [n, m]);
}
