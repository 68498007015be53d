import type { NormalizedRows } from "@mmareg/core";
import { dims2, type CpuContext, type CpuData, CpuTensor } from "../tensor.js";

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

/**
 * Write `unit_i = src_i / max(|src_i|, eps)` (or `/ |src_i|` when eps is null) and the
 * norms `|src_i|` of `n` rows of `d`: the arithmetic of the `normalizeRows` op, shared with
 * the fused `mmaExact` so the two give the same bits.
 */
export function normalizeInto(src: ArrayLike<number>, n: number, d: number, eps: number | null, unit: CpuData, norms: CpuData): void {
  for (let i = 0; i < n; i++) {
    const o = i * d;
    const r = rowNorm(src, o, d);
    norms[i] = r;
    const div = eps === null ? r : Math.max(r, eps);
    for (let k = 0; k < d; k++) unit[o + k] = (src[o + k] as number) / div;
  }
}

/** `unit_i = a_i / max(|a_i|, eps)` (or `/ |a_i|` when eps is null), with the norms. */
export function normalizeRows(ctx: CpuContext, a: CpuTensor, eps: number | null): NormalizedRows<CpuTensor> {
  const [n, d] = dims2(a, "normalizeRows");
  const unit = ctx.alloc(n * d, false);
  const norms = ctx.alloc(n, false);
  normalizeInto(a.data, n, d, eps, unit, norms);
  return { unit: new CpuTensor(unit, [n, d]), norms: new CpuTensor(norms, [n]) };
}
