import { type CpuContext, CpuTensor } from "../tensor.js";

/** Compensated (Neumaier) sum of a sequence: error independent of its length. */
export function compensatedSum(x: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  // With an infinite term the correction is NaN (inf - inf); the plain sum is the answer.
  return Number.isFinite(s) ? s + c : s;
}

/** `[]` the sum of all elements, compensated. */
export function sum(ctx: CpuContext, a: CpuTensor): CpuTensor {
  const out = ctx.alloc(1);
  out[0] = compensatedSum(a.data);
  return new CpuTensor(out, []);
}
