import type { PairEnergy, PairKernel } from "@mmareg/core";
import { compensatedSum } from "./sum.js";
import { dims2, f64, type CpuContext, CpuTensor } from "../tensor.js";

/**
 * Fused pairwise energy over ordered pairs `i != j` (each unordered pair counted twice),
 * with explicit differences for every chord and O(n d) memory:
 * `s > 0`: `sum D2^(-s/2)`, `s = 0`: `sum -log(D2) / 2`; half-space adds the same over
 * `|u_i + u_j|^2`. The gradient adds `4 f'(D2) (u_i -/+ u_j)` per unordered pair.
 */
export function pairEnergy(ctx: CpuContext, unit: CpuTensor, kernel: PairKernel): PairEnergy<CpuTensor> {
  const [n, d] = dims2(unit, "pairEnergy");
  const u = f64(unit);
  const { s, halfSpace } = kernel;
  const f = s > 0 ? (x: number) => Math.pow(x, -s / 2) : (x: number) => -0.5 * Math.log(x);
  const df = s > 0 ? (x: number) => (-s / 2) * Math.pow(x, -s / 2 - 1) : (x: number) => -0.5 / x;
  const rowEnergy = new Float64Array(n);
  const grad = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const oi = i * d;
    let ei = 0;
    for (let j = i + 1; j < n; j++) {
      const oj = j * d;
      let m2 = 0;
      let p2 = 0;
      for (let k = 0; k < d; k++) {
        const x = u[oi + k] as number;
        const y = u[oj + k] as number;
        m2 += (x - y) * (x - y);
        if (halfSpace) p2 += (x + y) * (x + y);
      }
      ei += 2 * f(m2);
      const cm = 4 * df(m2);
      for (let k = 0; k < d; k++) {
        const t = cm * ((u[oi + k] as number) - (u[oj + k] as number));
        grad[oi + k] = (grad[oi + k] as number) + t;
        grad[oj + k] = (grad[oj + k] as number) - t;
      }
      if (halfSpace) {
        ei += 2 * f(p2);
        const cp = 4 * df(p2);
        for (let k = 0; k < d; k++) {
          const t = cp * ((u[oi + k] as number) + (u[oj + k] as number));
          grad[oi + k] = (grad[oi + k] as number) + t;
          grad[oj + k] = (grad[oj + k] as number) + t;
        }
      }
    }
    rowEnergy[i] = ei;
  }
  const energy = ctx.alloc(1);
  energy[0] = compensatedSum(rowEnergy);
  const g = ctx.alloc(n * d);
  g.set(grad);
  return { energy: new CpuTensor(energy, []), grad: new CpuTensor(g, [n, d]) };
}
