import type { GpujsContext, KernelThis, Rows } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/**
 * Compensated (Neumaier) sum of row `i`: float32 error independent of the row length.
 * `3.4e38` stands in for Infinity (GLSL has no literal for it): with an infinite term
 * the correction is NaN and the plain sum is the answer.
 */
const rowSumEntry = defineKernel("rowSum", function rowSumEntry(this: KernelThis<{ d: number }>, a: Rows): number {
  const i = this.thread.x;
  let s = 0;
  let c = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const v = a[i][k];
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

/** `[n]` compensated sum of each row of an `[n, d]` matrix. */
export function rowSum(ctx: GpujsContext, a: GpujsTensor): GpujsTensor {
  const [n, d] = dims2(a, "rowSum", ctx.name);
  return ctx.run({ name: "rowSum", shapes: [[n, d]], output: [n], constants: { d }, source: rowSumEntry }, [a], [n]);
}
