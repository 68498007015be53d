import { MMARegError, type MMARegErrorContext } from "./errors.js";

/** Options of {@link validateRows}. */
export interface ValidateOptions {
  /** Accept rows of norm 0 (the `reference` mode's `F.normalize` eps rule handles them). */
  allowZeroRows?: boolean;
  /** Context added to any error (backend, loss, layer). */
  context?: MMARegErrorContext;
}

/**
 * Check an `[n, d]` row matrix before a loss sees it.
 *
 * Rules (the library's documented bad-input policy):
 * - an empty matrix (`n = 0` or `d = 0`) is `EMPTY`;
 * - a NaN or infinite entry is `NON_FINITE`, with its row and column;
 * - a row whose entries are all zero is `ZERO_ROW` (its direction, and so every angle to
 *   it, is undefined), unless `allowZeroRows` (reference mode follows PyTorch's
 *   `F.normalize`: the row stays zero and its gradient is divided by eps = 1e-12).
 *
 * @throws {@link MMARegError}
 * @example
 * ```ts
 * validateRows(new Float64Array([1, 2, 0, 0]), 2, 2); // throws ZERO_ROW (row 1)
 * ```
 */
export function validateRows(data: ArrayLike<number>, n: number, d: number, options: ValidateOptions = {}): void {
  const ctx = options.context ?? {};
  if (n === 0 || d === 0) {
    throw new MMARegError("EMPTY", `the matrix [${n}, ${d}] is empty: a loss needs at least one row and one column`, ctx);
  }
  for (let i = 0; i < n; i++) {
    let zero = true;
    for (let k = 0; k < d; k++) {
      const v = data[i * d + k] as number;
      if (!Number.isFinite(v)) {
        throw new MMARegError(
          "NON_FINITE",
          `row ${i}, column ${k} is ${String(v)}: weights must be finite; check the training step that produced them (learning rate, division by zero)`,
          { ...ctx, row: i, column: k },
        );
      }
      if (v !== 0) zero = false;
    }
    if (zero && !options.allowZeroRows) {
      throw new MMARegError(
        "ZERO_ROW",
        `row ${i} is all zeros, so its direction is undefined: re-initialize or drop that neuron, or use mode "reference" (PyTorch's eps rule)`,
        { ...ctx, row: i },
      );
    }
  }
}

/**
 * The first pair `i < j` (lowest `j`, then lowest `i`) of rows that point in exactly the
 * same direction (unit rows equal to the last bit), or `null`. Used to explain, and to
 * prevent, an infinite MHE energy. O(n d): unit rows are bucketed by their bits.
 */
export function findCoincidentRows(data: ArrayLike<number>, n: number, d: number): [number, number] | null {
  const seen = new Map<string, number>();
  const unit = new Float64Array(d);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += (data[j * d + k] as number) ** 2;
    const r = Math.sqrt(s);
    // +0 for zeros (so -0 and 0 agree), then the exact bits of every coordinate
    for (let k = 0; k < d; k++) unit[k] = r > 0 ? (data[j * d + k] as number) / r + 0 : 0;
    const key = Array.from(new Uint32Array(unit.buffer)).join(",");
    const i = seen.get(key);
    if (i !== undefined) return [i, j];
    seen.set(key, j);
  }
  return null;
}
