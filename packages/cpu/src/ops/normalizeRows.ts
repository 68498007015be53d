import type { NormalizedRows } from "@mmareg/core";
import { dims2, type CpuContext, CpuTensor } from "../tensor.js";

/** Euclidean norm of `a[o .. o + d)`, safe from overflow and underflow. */
export function rowNorm(a: ArrayLike<number>, o: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) {
    const v = a[o + k];
    s += v * v;
  }
  // The plain sum of squares is accurate unless it over- or underflowed: rescale then.
  if ((s > 1e-290 && s < 1e290) || s === 0) return Math.sqrt(s);
  let big = 0;
  for (let k = 0; k < d; k++) big = Math.max(big, Math.abs(a[o + k]));
  if (big === 0 || !Number.isFinite(big)) return big;
  let t = 0;
  for (let k = 0; k < d; k++) {
    const v = a[o + k] / big;
    t += v * v;
  }
  return big * Math.sqrt(t);
}

/** `unit_i = a_i / max(|a_i|, eps)` (or `/ |a_i|` when eps is null), with the norms. */
export function normalizeRows(ctx: CpuContext, a: CpuTensor, eps: number | null): NormalizedRows<CpuTensor> {
  const [n, d] = dims2(a, "normalizeRows");
  const src = a.data;
  const unit = ctx.alloc(n * d);
  const norms = ctx.alloc(n);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    const r = rowNorm(src, o, d);
    norms[i] = r;
    const div = eps === null ? r : Math.max(r, eps);
    for (let k = 0; k < d; k++) unit[o + k] = src[o + k] / div;
  }
  return { unit: new CpuTensor(unit, [n, d]), norms: new CpuTensor(norms, [n]) };
}
