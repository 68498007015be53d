import type { GpujsContext, KernelThis, Rows } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/** `value` on the diagonal, `a_ij` elsewhere. */
const fillDiagonalEntry = defineKernel("fillDiagonal", function fillDiagonalEntry(this: KernelThis, a: Rows, value: number): number {
  const i = this.thread.y;
  const j = this.thread.x;
  return i === j ? value : a[i][j];
});

/** A square matrix with its diagonal replaced by `value` (`value` is a kernel argument). */
export function fillDiagonal(ctx: GpujsContext, a: GpujsTensor, value: number): GpujsTensor {
  const [n, m] = dims2(a, "fillDiagonal", ctx.name);
  return ctx.run({ name: "fillDiagonal", shapes: [[n, m]], output: [m, n], source: fillDiagonalEntry }, [a, value], [n, m]);
}
