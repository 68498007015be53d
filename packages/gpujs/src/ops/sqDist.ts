import type { GpujsContext, KernelThis, Rows } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/** `sum_k (a_ik - b_jk)^2` by explicit differences (no `|a|^2 + |b|^2 - 2ab` cancellation). */
const sqDistEntry = defineKernel("sqDist", function sqDistEntry(this: KernelThis<{ d: number }>, a: Rows, b: Rows): number {
  const i = this.thread.y;
  const j = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const t = a[i][k] - b[j][k];
    s += t * t;
  }
  return s;
});

/** `[n, m]` squared distances between the rows of `a` and of `b`. */
export function sqDist(ctx: GpujsContext, a: GpujsTensor, b: GpujsTensor): GpujsTensor {
  const [n, d] = dims2(a, "sqDist", ctx.name);
  const [m, d2] = dims2(b, "sqDist", ctx.name);
  if (d !== d2) throw ctx.error("BAD_SHAPE", `sqDist: row lengths differ (${d} vs ${d2})`);
  return ctx.run({ name: "sqDist", shapes: [[n, d], [m, d]], output: [m, n], constants: { d }, source: sqDistEntry }, [a, b], [n, m]);
}
