import type { AngleStats } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";
import { scanRowBlocks } from "../kernels/blockScan.js";

/**
 * Fused angle statistics in the same row-block pass as `nearestNeighbors` (blocks of
 * `floor(blockElements / n)` rows, never the `n x n` matrix): per row the nearest other
 * row, its cosine and lowest index on ties (the same tensors as
 * `nearestNeighbors(unit, "exclude")`, to the bit), and `above[i]`, the number of rows
 * `j != i` with `cos_ij > threshold` (`|cos_ij|` when `absolute`), counted in float32
 * (exact below 2^24 rows).
 */
export function angleStats(ctx: TfjsContext, unit: Tensor, threshold: number, absolute: boolean): AngleStats<Tensor> {
  dims2(ctx, unit, "angleStats");
  const r = scanRowBlocks(ctx, unit, "exclude", { threshold, absolute });
  return { value: r.value, index: r.index, above: r.above as Tensor };
}
