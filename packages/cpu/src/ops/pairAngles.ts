import type { PairAngles } from "@mmareg/core";
import { dims2, indices, type CpuContext, CpuTensor } from "../tensor.js";

/**
 * The angle between unit rows `u[oi ..]` and `u[oj ..]` (`d` long) and the three scalars of
 * its gradient, written to `out`: `theta = 2 atan2(|u - v|, |u + v|)`, `ha = |u - v|^2 / 2`,
 * and `r1`, `r2`, minus the inverse lengths of the tangents `ha u - (u - v)` and
 * `(u - v) + ha v` (0 for a zero tangent). Shared by `pairAngles` and the fused
 * `mmaExact`, so both give the same bits.
 */
export function pairTerms(u: ArrayLike<number>, oi: number, oj: number, d: number, out: Float64Array): void {
  let a2 = 0;
  let b2 = 0;
  for (let k = 0; k < d; k++) {
    const x = u[oi + k] as number;
    const y = u[oj + k] as number;
    a2 += (x - y) * (x - y);
    b2 += (x + y) * (x + y);
  }
  const ha = a2 / 2;
  let s1 = 0;
  let s2 = 0;
  for (let k = 0; k < d; k++) {
    const x = u[oi + k] as number;
    const y = u[oj + k] as number;
    const p = ha * x - (x - y);
    const q = x - y + ha * y;
    s1 += p * p;
    s2 += q * q;
  }
  out[0] = 2 * Math.atan2(Math.sqrt(a2), Math.sqrt(b2));
  out[1] = ha;
  out[2] = s1 > 0 ? -1 / Math.sqrt(s1) : 0;
  out[3] = s2 > 0 ? -1 / Math.sqrt(s2) : 0;
}

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
  const t = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    const j = idx[i];
    const oi = i * d;
    const oj = j * d;
    pairTerms(u, oi, oj, d, t);
    theta[i] = t[0] as number;
    const ha = t[1] as number;
    const r1 = t[2] as number;
    const r2 = t[3] as number;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k];
      const y = u[oj + k];
      grad[oi + k] += (ha * x - (x - y)) * r1;
      grad[oj + k] += (x - y + ha * y) * r2;
    }
  }
  if (grad instanceof Float64Array && ctx.dtype === "float64") return { theta: new CpuTensor(theta, [n]), grad: new CpuTensor(grad, [n, d]) };
  const g = ctx.alloc(n * d, false);
  g.set(grad);
  return { theta: new CpuTensor(theta, [n]), grad: new CpuTensor(g, [n, d]) };
}
