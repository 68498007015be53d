import type { Tensor } from "@tensorflow/tfjs";
import { dims1, dims2, type TfjsContext } from "../context.js";
import { gatherRowsFast } from "../kernels/gatherRows.js";

/** `[k, d]` rows `a[index[i]]` (index vectors are int32). */
export function gatherRows(ctx: TfjsContext, a: Tensor, index: Tensor): Tensor {
  dims2(ctx, a, "gatherRows");
  dims1(ctx, index, "gatherRows");
  return gatherRowsFast(ctx, a, index);
}
