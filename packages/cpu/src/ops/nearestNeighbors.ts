import type { DiagonalRule, RowMax } from "@mmareg/core";
import { BLOCK, forEachGramBlock } from "../kernels/gramBlocks.js";
import { dims2, f64, type CpuContext, CpuTensor } from "../tensor.js";

/**
 * Fused `rowMax(gram(unit), rule)`: the tiled Gram loop reduced block by block into a
 * running row max, so the `n x n` matrix never exists (working memory `n x 64`). Each
 * dot product is computed once and offered to both of its rows; ties go to the lowest
 * index whatever order the blocks come in.
 */
export function nearestNeighbors(ctx: CpuContext, unit: CpuTensor, rule: DiagonalRule): RowMax<CpuTensor> {
  const [n, d] = dims2(unit, "nearestNeighbors");
  const best = new Float64Array(n).fill(-Infinity);
  const arg = new Int32Array(n).fill(-1);
  const offer = (row: number, v: number, j: number): void => {
    const b = best[row] as number;
    if (v > b || (v === b && j < (arg[row] as number)) || arg[row] === -1) {
      best[row] = v;
      arg[row] = j;
    }
  };
  const negate = rule === "negate";
  forEachGramBlock(f64(unit), n, d, (j0, j1, part) => {
    for (let i = 0; i < j1; i++) {
      const row = i * BLOCK - j0;
      for (let j = i > j0 ? i : j0; j < j1; j++) {
        const v = part[row + j] as number;
        if (j === i) {
          if (negate) offer(i, -v, i);
        } else {
          offer(i, v, j);
          offer(j, v, i);
        }
      }
    }
  });
  const value = ctx.alloc(n);
  value.set(best);
  for (let i = 0; i < n; i++) if ((arg[i] as number) < 0) arg[i] = 0;
  return { value: new CpuTensor(value, [n]), index: new CpuTensor(arg, [n]) };
}
