import type { Backend } from "../backend.js";
import { rowDot, selfMask } from "../compose.js";
import { MMARegError } from "../errors.js";
import type { LossTensors } from "../types.js";

/** A loss and its gradient together with the partner index of each row that produced them. */
export interface PairLossTensors<T> extends LossTensors<T> {
  /**
   * `[n]` the partner row of each row (an index tensor): the nearest neighbour found by
   * the search, or the pairs the caller gave. Present only when asked for.
   */
  index?: T;
}

/** A typed error unless `index` is an `[n]` vector. Its values are not read (no read-back mid-loss). */
export function checkPairIndex<T>(b: Backend<T>, index: T, n: number, loss: string): void {
  const shape = b.shape(index);
  if (shape.length !== 1 || shape[0] !== n) {
    throw new MMARegError(
      "BAD_SHAPE",
      `the pair index has shape [${shape.join(", ")}] but the weight has ${n} rows: pass one partner row number per row (shape [${n}]), for example the index of a refresh step of the same weight`,
      { loss, backend: b.name },
    );
  }
}

/**
 * Cosine of each unit row to its partner under the `negate` diagonal rule (a row paired
 * with itself gets `-|u_i|^2`, as in the published code's `C - 2 diag(diag C)`), by
 * row-wise dot products: O(n d), no Gram product.
 */
export function pairCosines<T>(b: Backend<T>, unit: T, index: T): T {
  const partner = b.gatherRows(unit, index);
  const sign = b.binary("add", b.binary("mul", selfMask(b, index), -2), 1);
  return b.binary("mul", rowDot(b, unit, partner), sign);
}

/** Attach a partner index to a loss that had no search (fewer than two rows): the given one, or each row paired with itself. */
export function withIndex<T>(b: Backend<T>, lt: LossTensors<T>, given: T | null, n: number, returnIndex: boolean): PairLossTensors<T> {
  if (!returnIndex) return lt;
  return { ...lt, index: given ?? b.tensor(Array.from({ length: n }, (_, i) => i), [n], "index") };
}
