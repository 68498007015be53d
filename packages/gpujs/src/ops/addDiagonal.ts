import type { GpujsContext, KernelThis, Rows } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/** `a_ij + value` on the diagonal, `a_ij` elsewhere. */
const addDiagonalEntry = defineKernel("addDiagonal", function addDiagonalEntry(this: KernelThis, a: Rows, value: number): number {
  const i = this.thread.y;
  const j = this.thread.x;
  return i === j ? a[i][j] + value : a[i][j];
});

/** A square matrix with `value` added to its diagonal (`value` is a kernel argument). */
export function addDiagonal(ctx: GpujsContext, a: GpujsTensor, value: number): GpujsTensor {
  const [n, m] = dims2(a, "addDiagonal", ctx.name);
  return ctx.run({ name: "addDiagonal", shapes: [[n, m]], output: [m, n], source: addDiagonalEntry }, [a, value], [n, m]);
}
