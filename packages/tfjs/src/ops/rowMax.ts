import type { DiagonalRule, RowMax } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";
import { maskDiagonal, maxWithLowestIndex } from "../kernels/rowMaxBlock.js";
import { tidy } from "../tf.js";

/**
 * Row-wise max of a square matrix with its lowest-index argmax, the diagonal treated by
 * `rule` (`exclude`: not a candidate; `negate`: competes as `-c_ii`).
 */
export function rowMax(ctx: TfjsContext, c: Tensor, rule: DiagonalRule): RowMax<Tensor> {
  dims2(ctx, c, "rowMax");
  return tidy(ctx.tf, () => maxWithLowestIndex(ctx, maskDiagonal(ctx, c, rule, 0)));
}
