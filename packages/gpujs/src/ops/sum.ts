import type { GpujsContext, KernelThis, Vec } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import type { GpujsTensor } from "../tensor.js";
import { rowSum } from "./rowSum.js";

/** Compensated sum of a vector, in one thread (see `rowSum` for the `3.4e38`). */
const sumEntry = defineKernel("sum", function sumEntry(this: KernelThis<{ n: number }>, a: Vec): number {
  let s = 0;
  let c = 0;
  for (let k = 0; k < this.constants.n; k++) {
    const v = a[k];
    const t = s + v;
    if (Math.abs(s) >= Math.abs(v)) {
      c += s - t + v;
    } else {
      c += v - t + s;
    }
    s = t;
  }
  return Math.abs(s) <= 3.4e38 ? s + c : s;
});

/** `[]` the compensated sum of all elements: row sums in parallel, then their sum. */
export function sum(ctx: GpujsContext, a: GpujsTensor): GpujsTensor {
  const rows = a.shape.length === 2 ? rowSum(ctx, a) : a;
  const n = rows.size;
  const out = ctx.run({ name: "sum", shapes: [[n]], output: [1], constants: { n }, source: sumEntry }, [rows], []);
  if (rows !== a) ctx.free(rows);
  return out;
}
