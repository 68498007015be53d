import type { AngleStats } from "@mmareg/core";
import type { GpujsContext, KernelThis, Rows } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";
import { nearestNeighbors } from "./nearestNeighbors.js";

/**
 * Per row `i`, the number of rows `j != i` with `u_i . u_j > threshold` (`|u_i . u_j|`
 * when `absolute`). One thread per row loops over every other row, with the dot products
 * summed in the order `gram` and `nearestNeighbors` use, so no cosine is stored and a pair
 * counts the same for both of its rows. The threshold is a float argument (rounded to the
 * kernel's float32, like the cosines it is compared with).
 */
const aboveCount = defineKernel("angleStats.above", function aboveCount(this: KernelThis<{ n: number; d: number; absolute: number }>, u: Rows, threshold: number): number {
  const i = this.thread.x;
  let count = 0;
  for (let j = 0; j < this.constants.n; j++) {
    if (j !== i) {
      let s = 0;
      for (let k = 0; k < this.constants.d; k++) s += u[i][k] * u[j][k];
      const v = this.constants.absolute > 0 ? Math.abs(s) : s;
      if (v > threshold) count += 1;
    }
  }
  return count;
});

/**
 * Fused angle statistics: the nearest other row (`nearestNeighbors(unit, "exclude")`: the
 * index search and the compensated value kernel) and the per-row count above the
 * threshold (one more O(n² d) kernel), three kernels with one output each (gpu.js kernels
 * have one). No kernel stores a cosine: the `n x n` matrix does not exist.
 */
export function angleStats(ctx: GpujsContext, unit: GpujsTensor, threshold: number, absolute: boolean): AngleStats<GpujsTensor> {
  const [n, d] = dims2(unit, "angleStats", ctx.name);
  const { value, index } = nearestNeighbors(ctx, unit, "exclude");
  const abs = absolute ? 1 : 0;
  const above = ctx.run(
    { name: "angleStats.above", variant: absolute ? "absolute" : "signed", shapes: [[n, d]], output: [n], constants: { n, d, absolute: abs }, source: aboveCount },
    [unit, threshold],
    [n],
  );
  return { value, index, above };
}
