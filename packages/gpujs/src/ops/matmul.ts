import type { GpujsContext, KernelThis, Rows } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/** `sum_p a_ip b_pj`. */
const matmulEntry = defineKernel("matmul", function matmulEntry(this: KernelThis<{ k: number }>, a: Rows, b: Rows): number {
  const i = this.thread.y;
  const j = this.thread.x;
  let s = 0;
  for (let p = 0; p < this.constants.k; p++) s += a[i][p] * b[p][j];
  return s;
});

/** `[n, m]` `A B` for `[n, k]` and `[k, m]`, one kernel thread per entry. */
export function matmul(ctx: GpujsContext, a: GpujsTensor, b: GpujsTensor): GpujsTensor {
  const [n, k] = dims2(a, "matmul", ctx.name);
  const [k2, m] = dims2(b, "matmul", ctx.name);
  if (k !== k2) throw ctx.error("BAD_SHAPE", `matmul: inner sizes differ (${k} vs ${k2})`);
  return ctx.run({ name: "matmul", shapes: [[n, k], [k, m]], output: [m, n], constants: { k }, source: matmulEntry }, [a, b], [n, m]);
}
