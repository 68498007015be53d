import type { PairAngles } from "@mmareg/core";
import { dims2, indices, type CpuContext, CpuTensor } from "../tensor.js";

/**
 * Fused angles to the partner rows and the gradient of their sum, one pass per pair:
 * `theta = 2 atan2(|u - v|, |u + v|)`, and `d theta / d u = -t / |t|` with the tangent
 * `t = (|u - v|^2 / 2) u - (u - v)` (see core's `pairAngles` for why this form is
 * accurate at every angle). An exact duplicate or antipode has `t = 0` and gets gradient 0.
 */
export function pairAngles(ctx: CpuContext, unit: CpuTensor, index: CpuTensor): PairAngles<CpuTensor> {
  const [n, d] = dims2(unit, "pairAngles");
  const u = unit.data;
  const idx = indices(index);
  const theta = ctx.alloc(n);
  const grad = new Float64Array(n * d);
  const tSelf = new Float64Array(d);
  const tOther = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const j = idx[i] as number;
    const oi = i * d;
    const oj = j * d;
    let a2 = 0;
    let b2 = 0;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k] as number;
      const y = u[oj + k] as number;
      a2 += (x - y) * (x - y);
      b2 += (x + y) * (x + y);
    }
    theta[i] = 2 * Math.atan2(Math.sqrt(a2), Math.sqrt(b2));
    const ha = a2 / 2;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k] as number;
      const y = u[oj + k] as number;
      const p = ha * x - (x - y);
      const q = x - y + ha * y;
      tSelf[k] = p;
      tOther[k] = q;
      s1 += p * p;
      s2 += q * q;
    }
    const r1 = s1 > 0 ? -1 / Math.sqrt(s1) : 0;
    const r2 = s2 > 0 ? -1 / Math.sqrt(s2) : 0;
    for (let k = 0; k < d; k++) {
      grad[oi + k] = (grad[oi + k] as number) + (tSelf[k] as number) * r1;
      grad[oj + k] = (grad[oj + k] as number) + (tOther[k] as number) * r2;
    }
  }
  const g = ctx.alloc(n * d);
  g.set(grad);
  return { theta: new CpuTensor(theta, [n]), grad: new CpuTensor(g, [n, d]) };
}
