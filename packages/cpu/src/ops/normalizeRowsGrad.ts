import { dims2, type CpuContext, CpuTensor } from "../tensor.js";

/**
 * Backward of `normalizeRows`: `(g_i - [r_i >= eps] (g_i . u_i) u_i) / max(r_i, eps)`,
 * which is exactly what autograd gives for `F.normalize` (the clamp's mask included).
 */
export function normalizeRowsGrad(ctx: CpuContext, g: CpuTensor, unit: CpuTensor, norms: CpuTensor, eps: number | null): CpuTensor {
  const [n, d] = dims2(g, "normalizeRowsGrad");
  const gd = g.data;
  const u = unit.data;
  const r = norms.data;
  const out = ctx.alloc(n * d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    const ri = r[i] as number;
    const pass = eps === null || ri >= eps;
    const inv = 1 / (eps === null ? ri : Math.max(ri, eps));
    let dot = 0;
    if (pass) for (let k = 0; k < d; k++) dot += gd[o + k] * u[o + k];
    for (let k = 0; k < d; k++) out[o + k] = (gd[o + k] - dot * u[o + k]) * inv;
  }
  return new CpuTensor(out, [n, d]);
}
