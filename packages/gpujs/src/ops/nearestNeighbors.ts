import type { DiagonalRule, RowMax } from "@mmareg/core";
import type { GpujsContext, KernelThis, Rows, Vec } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/**
 * Nearest angular neighbour of unit row `i`: the lowest `j` with the largest `u_i . u_j`,
 * the diagonal skipped (`exclude`) or competing as `-u_i . u_i` (`negate`). One thread
 * per row loops over every other row and never stores a cosine, so the `n x n` matrix
 * does not exist anywhere. The dot products are the ones `gram` computes, in the same
 * order, so the fused and composed paths pick the same neighbours.
 */
const nearestIndex = defineKernel("nearestNeighbors.index", function nearestIndex(this: KernelThis<{ n: number; d: number; negate: number }>, u: Rows): number {
  const i = this.thread.x;
  let best = 0;
  let arg = -1;
  for (let j = 0; j < this.constants.n; j++) {
    if (j !== i || this.constants.negate > 0) {
      let s = 0;
      for (let k = 0; k < this.constants.d; k++) s += u[i][k] * u[j][k];
      const v = j === i ? -s : s;
      if (arg < 0 || v > best) {
        best = v;
        arg = j;
      }
    }
  }
  return arg;
});

/**
 * The cosine to the chosen neighbour (`-u_i . u_i` on the diagonal), summed in
 * double-float (Dekker products, TwoSum): the MMA reference gradient `1 / sin(theta)`
 * turns a cosine's last-bit error into a visible gradient error for near-duplicate rows.
 */
const nearestValue = defineKernel("nearestNeighbors.value", function nearestValue(this: KernelThis<{ d: number }>, u: Rows, index: Vec): number {
  const i = this.thread.x;
  const j = index[i];
  let hi = 0;
  let lo = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const x = u[i][k];
    const y = u[j][k];
    const p = x * y;
    const cx = 4097 * x;
    const xh = cx - (cx - x);
    const xl = x - xh;
    const cy = 4097 * y;
    const yh = cy - (cy - y);
    const yl = y - yh;
    const s = hi + p;
    const bb = s - hi;
    lo += hi - (s - bb) + (p - bb) + (xh * yh - p + xh * yl + xl * yh + xl * yl);
    hi = s;
  }
  const v = hi + lo;
  return j === i ? -v : v;
});

/**
 * Fused `rowMax(gram(unit), rule)` without the `n x n` matrix. gpu.js kernels have one
 * output, so this is two kernels: the O(n² d) search returns only the `n` indices
 * (row numbers as float32: exact below 2^24 rows), and an O(n d) kernel recomputes
 * the `n` winning cosines (compensated, so they are accurate to float32 rounding).
 */
export function nearestNeighbors(ctx: GpujsContext, unit: GpujsTensor, rule: DiagonalRule): RowMax<GpujsTensor> {
  const [n, d] = dims2(unit, "nearestNeighbors", ctx.name);
  if (rule === "exclude" && n === 1) {
    return { value: ctx.upload(new Float32Array([-Infinity]), [1]), index: ctx.upload(new Float32Array([0]), [1]) };
  }
  const negate = rule === "negate" ? 1 : 0;
  const index = ctx.run(
    { name: "nearestNeighbors.index", variant: rule, shapes: [[n, d]], output: [n], constants: { n, d, negate }, source: nearestIndex },
    [unit],
    [n],
  );
  const value = ctx.run({ name: "nearestNeighbors.value", shapes: [[n, d], [n]], output: [n], constants: { d }, source: nearestValue }, [unit, index], [n]);
  return { value, index };
}
