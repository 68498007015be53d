/**
 * Symbolic row counts for exported models.
 *
 * Core's losses read the row count `n` as a JS number and fold it into constants (`-1/n`,
 * `1/(n(n-1))`, the row count of a scatter). To export a model whose first input axis is
 * a symbolic `N`, the loss is traced with `n` set to a sentinel: a large, odd number that
 * no loss uses for anything else. Every dimension equal to the sentinel becomes `N`, and
 * every scalar constant equal to `factor * f(sentinel)` for one of the forms below is
 * computed in the graph from the runtime row count instead.
 *
 * Tracing happens twice, with two different sentinels; the two models must come out
 * byte-identical. If a loss folded `n` into the graph in a way not recognized here, the
 * models differ and the export refuses the symbolic row count (it never bakes in a wrong
 * constant).
 *
 * @module
 */

/** The two sentinels the export traces with. */
export const ROW_SENTINELS = [1_000_003, 1_000_033] as const;

/** A function of the row count that a constant may be. */
export type RowsFormName = "n" | "1/n" | "1/(n(n-1))";

/** A recognized constant: `factor * form(n)`. */
export interface RowsForm {
  form: RowsFormName;
  factor: number;
}

const FORMS: readonly [RowsFormName, (n: number) => number][] = [
  ["n", (n) => n],
  ["1/n", (n) => 1 / n],
  ["1/(n(n-1))", (n) => 1 / (n * (n - 1))],
];

// Scaling by a power of two is exact, so `2 * (1 / n)` equals `2 / n` bit for bit.
const FACTORS = [1, -1, 2, -2, 0.5, -0.5, 4, -4];

/**
 * The form `value` has as a function of the sentinel row count, or `null` when it does not
 * depend on it.
 *
 * @example
 * ```ts
 * matchRowsForm(-1 / 1_000_003, 1_000_003); // { form: "1/n", factor: -1 }
 * ```
 */
export function matchRowsForm(value: number, sentinel: number): RowsForm | null {
  for (const [form, f] of FORMS) {
    const base = f(sentinel);
    for (const factor of FACTORS) if (value === factor * base) return { form, factor };
  }
  return null;
}

/** The symbolic-row setting of a graph under construction. */
export interface SymbolicRows {
  /** The row count the loss was traced with. */
  sentinel: number;
  /** The dimension name written into the model (for example `N`). */
  param: string;
  /** The graph input whose first axis is the row count. */
  input: string;
}
