import { MMARegError, toRows, validateRows, type Layout, type LossName, type NumericMode } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";

/** What a weight check reports in its errors. */
export interface CheckContext {
  loss: LossName;
  mode: NumericMode;
  /** Weight or layer name. */
  name?: string;
  /** Backend name. */
  backend: string;
}

/**
 * Validate a weight by reading it back synchronously: non-finite entries are
 * `NON_FINITE`, an all-zero row (in `exact` mode, where its direction is undefined and
 * the loss would be NaN) is `ZERO_ROW`, each with the row (and column) of the row matrix.
 * Returns `false` without checking when the backend cannot read synchronously, or should
 * not (webgpu, where a synchronous read stalls the GPU queue and tfjs warns).
 *
 * @throws {@link MMARegError} `NON_FINITE` / `ZERO_ROW` / `BAD_SHAPE`.
 */
export function checkWeight(x: Tensor, layout: Layout, ctx: CheckContext): boolean {
  let data: ArrayLike<number>;
  if (ctx.backend.endsWith("webgpu")) return false;
  try {
    data = x.dataSync();
  } catch {
    return false;
  }
  const context = { backend: ctx.backend, loss: ctx.loss, ...(ctx.name !== undefined ? { layer: ctx.name } : {}) };
  try {
    const rows = toRows(data, x.shape, layout);
    validateRows(rows.data, rows.n, rows.d, { allowZeroRows: ctx.mode === "reference", context });
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext(context) : e;
  }
  return true;
}
