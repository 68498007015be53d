import type { GpujsContext, KernelThis, Rows } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/**
 * `a_i . a_j`. Entry `(j, i)` multiplies the same pairs in the same order as `(i, j)`, so
 * the matrix is exactly symmetric (ties stay ties), and `nearestNeighbors` computes the
 * very same numbers.
 */
const gramEntry = defineKernel("gram", function gramEntry(this: KernelThis<{ d: number }>, a: Rows): number {
  const i = this.thread.y;
  const j = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) s += a[i][k] * a[j][k];
  return s;
});

/** `[n, n]` `A Aᵀ`, one kernel thread per entry. */
export function gram(ctx: GpujsContext, a: GpujsTensor): GpujsTensor {
  const [n, d] = dims2(a, "gram", ctx.name);
  return ctx.run({ name: "gram", shapes: [[n, d]], output: [n, n], constants: { d }, source: gramEntry }, [a], [n, n]);
}
