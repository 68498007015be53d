import { MMARegError } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims1, dims2, type TfjsContext } from "../context.js";
import { scatterRows } from "../kernels/scatterRows.js";

/**
 * `[rows, d]` zeros with `a[i]` added into row `index[i]`. `scatterND` sums duplicate
 * indices (TensorFlow's semantics), which is the accumulation this op needs, and every
 * tfjs backend has it (`unsortedSegmentSum` is missing on wasm).
 */
export function scatterAddRows(ctx: TfjsContext, a: Tensor, index: Tensor, rows: number): Tensor {
  const [k, d] = dims2(ctx, a, "scatterAddRows");
  if (dims1(ctx, index, "scatterAddRows") !== k) {
    throw new MMARegError("BAD_SHAPE", "scatterAddRows: index length differs", { backend: ctx.name() });
  }
  return scatterRows(ctx, a, index, rows);
}
