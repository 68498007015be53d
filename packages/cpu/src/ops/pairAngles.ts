import type { PairAngles } from "@mmareg/core";
import { dims2, indices, type CpuContext, CpuTensor } from "../tensor.js";

/**
 * Fused angles to the partner rows and the gradient of their sum, three passes over the
 * two (cache-resident) rows of each pair and no temporaries:
 * `theta = 2 atan2(|u - v|, |u + v|)`, and `d theta / d u = -t / |t|` with the tangent
 * `t = (|u - v|^2 / 2) u - (u - v)` (see core's `pairAngles` for why this form is
 * accurate at every angle). An exact duplicate or antipode has `t = 0` and gets gradient 0.
 */
export function pairAngles(ctx: CpuContext, unit: CpuTensor, index: CpuTensor): PairAngles<CpuTensor> {
  const [n, d] = dims2(unit, "pairAngles");
  const u = unit.data;
  const idx = indices(index);
  const theta = ctx.alloc(n);
  // float64 accumulates in place; float32 accumulates in float64 and rounds once
  const grad = ctx.dtype === "float64" ? (ctx.alloc(n * d) as Float64Array) : new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const j = idx[i];
    const oi = i * d;
    const oj = j * d;
    let a2 = 0;
    let b2 = 0;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k];
      const y = u[oj + k];
      a2 += (x - y) * (x - y);
      b2 += (x + y) * (x + y);
    }
    theta[i] = 2 * Math.atan2(Math.sqrt(a2), Math.sqrt(b2));
    const ha = a2 / 2;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k];
      const y = u[oj + k];
      const p = ha * x - (x - y);
      const q = x - y + ha * y;
      s1 += p * p;
      s2 += q * q;
    }
    const r1 = s1 > 0 ? -1 / Math.sqrt(s1) : 0;
    const r2 = s2 > 0 ? -1 / Math.sqrt(s2) : 0;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k];
      const y = u[oj + k];
      grad[oi + k] += (ha * x - (x - y)) * r1;
      grad[oj + k] += (x - y + ha * y) * r2;
    }
  }
  if (grad instanceof Float64Array && ctx.dtype === "float64") return { theta: new CpuTensor(theta, [n]), grad: new CpuTensor(grad, [n, d]) };
  const g = ctx.alloc(n * d);
  g.set(grad);
  return { theta: new CpuTensor(theta, [n]), grad: new CpuTensor(g, [n, d]) };
}
