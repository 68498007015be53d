import type { DiagonalRule, RowMax } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";
import { tidy } from "../tf.js";
import { pairCosine } from "../kernels/pairCosine.js";
import { maskDiagonal, maxWithLowestIndex } from "../kernels/rowMaxBlock.js";

/**
 * Fused `rowMax(gram(unit), rule)` that keeps at most `blockElements` entries of the
 * Gram matrix alive: rows are processed in blocks of `floor(blockElements / n)`, each
 * block's `[b, n]` products reduced to its row max and freed before the next block (one
 * block, disposed as soon as it is masked, when the whole matrix fits). The diagonal of
 * block rows `i0 ..` sits at columns `i0 ..`.
 *
 * The product picks the neighbour. Under the `negate` rule (the reference mode, where
 * the value feeds `acos` and a `1 / sqrt(1 - c^2)` gradient) the value of an off-diagonal
 * pick is then recomputed from the pair by explicit differences (see `pairCosine`,
 * O(n d)), so near-duplicate rows keep float32 accuracy; under `exclude` the exact-mode
 * losses only use the index (MMA) or use the value linearly (cosine), and the Gram value
 * is returned as is.
 */
export function nearestNeighbors(ctx: TfjsContext, unit: Tensor, rule: DiagonalRule): RowMax<Tensor> {
  const [n, d] = dims2(ctx, unit, "nearestNeighbors");
  const { tf } = ctx;
  const rowsPerBlock = Math.max(1, Math.floor(ctx.blockElements / n));
  return tidy(tf, () => {
    const right = ctx.explicitTranspose() ? tf.transpose(unit) : null;
    const values: Tensor[] = [];
    const indices: Tensor[] = [];
    for (let i0 = 0; i0 < n; i0 += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, n - i0);
      const r = tidy(tf, () => {
        const left = rows === n ? unit : tf.slice(unit, [i0, 0], [rows, d]);
        const c = right ? tf.matMul(left, right) : tf.matMul(left, unit, false, true);
        const masked = maskDiagonal(ctx, c, rule, i0);
        c.dispose(); // the raw products are not needed once the diagonal is masked
        return maxWithLowestIndex(ctx, masked);
      });
      values.push(r.value);
      indices.push(r.index);
    }
    const value = values.length === 1 ? (values[0] as Tensor) : tf.concat(values);
    const index = indices.length === 1 ? (indices[0] as Tensor) : tf.concat(indices);
    return { value: rule === "negate" ? pairCosine(ctx, unit, index, value) : value, index };
  });
}
