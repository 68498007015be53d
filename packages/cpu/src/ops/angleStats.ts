import type { AngleStats } from "@mmareg/core";
import { BLOCK, forEachGramBlock } from "../kernels/gramBlocks.js";
import { dims2, type CpuContext, type CpuData, CpuTensor } from "../tensor.js";

/**
 * Fused angle statistics: the tiled Gram loop of `nearestNeighbors` reduced into each row's
 * nearest other row (largest cosine, lowest index on ties: the `exclude` rule) and the
 * number of other rows with `cos > threshold` (`|cos|` when `absolute`). Each dot product
 * is computed once and counted for both of its rows, so the counts are exactly symmetric
 * and their sum is twice the pair count. Working memory is `n x 64` (the block) plus three
 * `[n]` vectors; the `n x n` matrix never exists, nor a float64 copy of float32 rows.
 */
export function angleStats(ctx: CpuContext, unit: CpuTensor, threshold: number, absolute: boolean): AngleStats<CpuTensor> {
  const [n, d] = dims2(unit, "angleStats");
  const best = new Float64Array(n).fill(-Infinity);
  const arg = new Int32Array(n).fill(-1);
  const count = new Float64Array(n);
  const offer = (row: number, v: number, j: number): void => {
    const b = best[row] as number;
    if (v > b || (v === b && j < (arg[row] as number)) || arg[row] === -1) {
      best[row] = v;
      arg[row] = j;
    }
  };
  // the rows as stored: float32 rows are read as they are (their values convert exactly),
  // never copied to float64 (at 100,000 x 512 that copy alone would be 410 MB)
  forEachGramBlock(unit.data as CpuData, n, d, (j0, j1, part) => {
    for (let i = 0; i < j1; i++) {
      const row = i * BLOCK - j0;
      for (let j = i >= j0 ? i + 1 : j0; j < j1; j++) {
        const v = part[row + j] as number;
        offer(i, v, j);
        offer(j, v, i);
        if ((absolute ? Math.abs(v) : v) > threshold) {
          count[i] = (count[i] as number) + 1;
          count[j] = (count[j] as number) + 1;
        }
      }
    }
  });
  const value = ctx.alloc(n);
  value.set(best);
  for (let i = 0; i < n; i++) if ((arg[i] as number) < 0) arg[i] = 0;
  const above = ctx.alloc(n);
  above.set(count);
  return { value: new CpuTensor(value, [n]), index: new CpuTensor(arg, [n]), above: new CpuTensor(above, [n]) };
}
