import type { GpujsContext, KernelThis, Rows } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/** `a_i . b_i`. */
const rowDotEntry = defineKernel("rowDot", function rowDotEntry(this: KernelThis<{ d: number }>, a: Rows, b: Rows): number {
  const i = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) s += a[i][k] * b[i][k];
  return s;
});

/** `[n]` row-wise dot products of two `[n, d]` matrices. */
export function rowDot(ctx: GpujsContext, a: GpujsTensor, b: GpujsTensor): GpujsTensor {
  const [n, d] = dims2(a, "rowDot", ctx.name);
  const [n2, d2] = dims2(b, "rowDot", ctx.name);
  if (n !== n2 || d !== d2) throw ctx.error("BAD_SHAPE", `rowDot: shapes differ ([${n}, ${d}] vs [${n2}, ${d2}])`);
  return ctx.run({ name: "rowDot", shapes: [[n, d], [n, d]], output: [n], constants: { d }, source: rowDotEntry }, [a, b], [n]);
}
