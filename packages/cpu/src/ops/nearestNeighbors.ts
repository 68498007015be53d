import type { DiagonalRule, RowMax } from "@mmareg/core";
import { BLOCK, forEachGramBlock } from "../kernels/gramBlocks.js";
import { dims2, type CpuContext, type CpuData, CpuTensor } from "../tensor.js";

/**
 * Fused `rowMax(gram(unit), rule)`: the tiled Gram loop reduced block by block into a
 * running row max, so the `n x n` matrix never exists (working memory `n x 64`). Each
 * dot product is computed once and offered to both of its rows; ties go to the lowest
 * index whatever order the blocks come in.
 */
export function nearestNeighbors(ctx: CpuContext, unit: CpuTensor, rule: DiagonalRule): RowMax<CpuTensor> {
  const [n, d] = dims2(unit, "nearestNeighbors");
  const { best, arg } = nearestSearch(unit.data as CpuData, n, d, rule);
  const value = ctx.alloc(n);
  value.set(best);
  return { value: new CpuTensor(value, [n]), index: new CpuTensor(arg, [n]) };
}

/**
 * The search behind {@link nearestNeighbors} (and the fused `mmaExact`) on the rows `u`
 * `[n, d]` as they are stored (no float64 copy of float32 rows): each row's largest dot
 * product with another row (with `-u_i . u_i` offered too under `negate`) in float64, and
 * its column, lowest index on ties (0 for a lone row).
 */
export function nearestSearch(u: CpuData, n: number, d: number, rule: DiagonalRule): { best: Float64Array; arg: Int32Array } {
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
  forEachGramBlock(u, n, d, (j0, j1, part) => {
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
  for (let i = 0; i < n; i++) if ((arg[i] as number) < 0) arg[i] = 0;
  return { best, arg };
}
