import type { NormalizedRows } from "@mmareg/core";
import { outputOf, type GpujsContext, type KernelThis, type Rows, type Vec } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/**
 * `|a_i|` as a float32 pair: `part = 0` gives `hi` (the norm rounded to float32) and
 * `part = 1` gives `lo = |a_i| - hi` (one float32 more). The row is scaled by a power of
 * two near `1 / max|a_ik|` (exact, and keeps squares in range), its squares are summed in
 * double-float (Dekker's split, `4097 = 2^12 + 1`, and TwoSum, so each square's and
 * each sum's rounding error is kept), and the square root is corrected by its residual.
 * Why: a unit row's length is off by the norm's rounding, and the MMA reference gradient
 * `1 / sin(theta)` amplifies that for near-duplicate rows far beyond float32 tolerance.
 * Where float arithmetic is not IEEE (some GPUs), the corrections degrade to ~0, i.e. to
 * a plain float32 norm.
 */
const rowNormPart = defineKernel("normalizeRows.norms", function rowNormPart(this: KernelThis<{ d: number; part: number }>, a: Rows): number {
  const i = this.thread.x;
  let big = 0;
  for (let k = 0; k < this.constants.d; k++) big = Math.max(big, Math.abs(a[i][k]));
  const scale = big > 0 ? Math.pow(2, -Math.min(Math.max(Math.floor(Math.log2(big)), -126), 126)) : 1;
  let hi = 0;
  let lo = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const t = a[i][k] * scale;
    const p = t * t;
    const c = 4097 * t;
    const th = c - (c - t);
    const tl = t - th;
    const s = hi + p;
    const bb = s - hi;
    lo += hi - (s - bb) + (p - bb) + (th * th - p + 2 * th * tl + tl * tl);
    hi = s;
  }
  const sum = hi + lo;
  const sumLo = lo - (sum - hi);
  const r = Math.fround(Math.sqrt(sum));
  const c2 = 4097 * r;
  const rh = c2 - (c2 - r);
  const rl = r - rh;
  const rr = r * r;
  const rlo = r > 0 ? (sum - rr - (rh * rh - rr + 2 * rh * rl + rl * rl) + sumLo) / (2 * r) : 0;
  return this.constants.part > 0 ? rlo / scale : r / scale;
});

/**
 * `a_ik / (hi_i + lo_i)` to about float32 rounding: `q = a / hi`, then the exact
 * remainder `a - q hi` (Dekker) and `lo` correct it. `max(|a_i|, eps)` replaces the
 * norm below `eps`. Norms above 1e30 (where the split overflows) skip the correction.
 */
const unitRows = defineKernel("normalizeRows.unit", function unitRows(this: KernelThis<{ useEps: number }>, a: Rows, hi: Vec, lo: Vec, eps: number): number {
  const i = this.thread.y;
  const x = a[i][this.thread.x];
  const clamp = this.constants.useEps > 0 && hi[i] < eps ? 1 : 0;
  const h = clamp > 0 ? eps : hi[i];
  const l = clamp > 0 ? 0 : lo[i];
  const q = x / h;
  const cq = 4097 * q;
  const qh = cq - (cq - q);
  const ql = q - qh;
  const ch = 4097 * h;
  const hh = ch - (ch - h);
  const hl = h - hh;
  const p = q * h;
  const rem = x - p - (qh * hh - p + qh * hl + ql * hh + ql * hl);
  return Math.abs(h) < 1e30 ? q + (rem - q * l) / h : q;
});

/**
 * `unit_i = a_i / max(|a_i|, eps)` (or `/ |a_i|` when eps is null), with the norms: the
 * norm's float32 part and its low part (two O(n d) kernels), then the division.
 */
export function normalizeRows(ctx: GpujsContext, a: GpujsTensor, eps: number | null): NormalizedRows<GpujsTensor> {
  const [n, d] = dims2(a, "normalizeRows", ctx.name);
  const normPart = (part: number) =>
    ctx.run({ name: "normalizeRows.norms", variant: `part${part}`, shapes: [[n, d]], output: [n], constants: { d, part }, source: rowNormPart }, [a], [n]);
  const norms = normPart(0);
  const lo = normPart(1);
  const useEps = eps === null ? 0 : 1;
  const unit = ctx.run(
    { name: "normalizeRows.unit", variant: eps === null ? "exact" : "eps", shapes: [[n, d], [n], [n]], output: outputOf([n, d]), constants: { useEps }, source: unitRows },
    [a, norms, lo, eps ?? 0],
    [n, d],
  );
  ctx.free(lo);
  return { unit, norms };
}
