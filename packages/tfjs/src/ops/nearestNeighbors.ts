import type { DiagonalRule, RowMax } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";
import { tidy } from "../tf.js";
import { pairCosine } from "../kernels/pairCosine.js";
import { scanRowBlocks } from "../kernels/blockScan.js";

/**
 * Fused `rowMax(gram(unit), rule)` that keeps at most `blockElements` entries of the
 * Gram matrix alive: rows are processed in blocks of `floor(blockElements / n)` (see
 * `scanRowBlocks`), each block's `[m, n]` products reduced to its row max and freed before
 * the next block (one block, disposed as soon as it is masked, when the whole matrix
 * fits: `n <= 2048` by default). The result does not depend on the block size.
 *
 * The product picks the neighbour. Under the `negate` rule (the reference mode, where
 * the value feeds `acos` and a `1 / sqrt(1 - c^2)` gradient) the value of an off-diagonal
 * pick is then recomputed from the pair by explicit differences (see `pairCosine`,
 * O(n d)), so near-duplicate rows keep float32 accuracy; under `exclude` the exact-mode
 * losses only use the index (MMA) or use the value linearly (cosine), and the Gram value
 * is returned as is.
 */
export function nearestNeighbors(ctx: TfjsContext, unit: Tensor, rule: DiagonalRule): RowMax<Tensor> {
  dims2(ctx, unit, "nearestNeighbors");
  return tidy(ctx.tf, () => {
    const { value, index } = scanRowBlocks(ctx, unit, rule);
    return { value: rule === "negate" ? pairCosine(ctx, unit, index, value) : value, index };
  });
}
