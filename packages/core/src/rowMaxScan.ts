import type { DiagonalRule } from "./backend.js";

/** Anything indexable by number for writing: a typed array or a plain array. */
interface WritableNumbers {
  [k: number]: number;
}

/**
 * The row max of the loss's contract, scanned over rows `i0 .. i1 - 1` of a square
 * `n x n` matrix whose rows lie one after another in `cos` (row `i` starts at
 * `(i - i0) * n`). Columns are visited in index order and only a strictly larger value
 * replaces the best, so ties keep the lowest index. `exclude`: the diagonal is no
 * candidate; `negate`: it competes with `-c_ii` (the published code's
 * `C - 2 diag(diag C)`). A row without candidates (a 1 x 1 matrix under `exclude`) gets
 * `-Infinity` at index 0. Writes `value[i]` and `index[i]`.
 *
 * The one scan behind every backend's plain `rowMax` and core's blocked search, so they
 * cannot disagree on ties or the diagonal.
 *
 * @example
 * ```ts
 * const value = new Float64Array(2), index = new Int32Array(2);
 * scanRowMax([1, 0.5, 0.5, 1], 0, 2, 2, "exclude", value, index);
 * // value = [0.5, 0.5], index = [1, 0]
 * ```
 */
export function scanRowMax(cos: ArrayLike<number>, i0: number, i1: number, n: number, rule: DiagonalRule, value: WritableNumbers, index: WritableNumbers): void {
  const negate = rule === "negate";
  for (let i = i0; i < i1; i++) {
    const off = (i - i0) * n;
    let best = -Infinity;
    let arg = -1;
    for (let j = 0; j < n; j++) {
      let c = cos[off + j] as number;
      if (j === i) {
        if (!negate) continue;
        c = -c;
      }
      if (c > best || arg < 0) {
        best = c;
        arg = j;
      }
    }
    value[i] = best;
    index[i] = arg < 0 ? 0 : arg;
  }
}
