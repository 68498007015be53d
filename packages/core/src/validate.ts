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
 * Row `j` of `data` scaled to unit length in `unit`, first scaled by a power of two so that
 * the sum of squares neither overflows (rows of norm >= ~1e154) nor underflows (<= ~1e-154).
 * A power of two is exact, so in the normal range the result has the same bits as a plain
 * `x / |x|`.
 */
function unitRow(data: ArrayLike<number>, j: number, d: number, unit: Float64Array): void {
  let m = 0;
  for (let k = 0; k < d; k++) m = Math.max(m, Math.abs(data[j * d + k] as number));
  if (!(m > 0) || !Number.isFinite(m)) {
    unit.fill(0);
    return;
  }
  const e = Math.floor(Math.log2(m));
  // 2^-e in two factors: a single one overflows for subnormal rows (e < -1023)
  const f1 = 2 ** -Math.trunc(e / 2);
  const f2 = 2 ** -(e - Math.trunc(e / 2));
  let s = 0;
  for (let k = 0; k < d; k++) {
    const x = ((data[j * d + k] as number) * f1) * f2;
    unit[k] = x;
    s += x * x;
  }
  const r = Math.sqrt(s);
  // + 0 turns -0 into 0 so that the bit keys of -0 and 0 agree
  for (let k = 0; k < d; k++) unit[k] = (unit[k] as number) / r + 0;
}

/**
 * The first pair `i < j` (lowest `j`, then lowest `i`) of rows that point in exactly the
 * same direction (unit rows equal to the last bit), or `null`. Used to explain, and to
 * prevent, an infinite MHE energy. O(n d): unit rows are bucketed by their bits. Rows of
 * any finite norm (1e-300 or 1e300 included) are compared by direction alone.
 *
 * @example
 * ```ts
 * findCoincidentRows([1, 2, 0, 1, 2, 4], 3, 2); // [0, 2]
 * ```
 */
export function findCoincidentRows(data: ArrayLike<number>, n: number, d: number): [number, number] | null {
  const hit = findCoincidentLines(data, n, d, false);
  return hit ? hit.rows : null;
}

/** A pair of rows on the same line through the origin (see {@link findCoincidentLines}). */
export interface CoincidentPair {
  /** The two rows, `i < j`. */
  rows: [number, number];
  /** `true` when they point in opposite directions (`u_j = -u_i`). */
  antipodal: boolean;
}

/**
 * The first pair `i < j` (lowest `j`, then lowest `i`) of rows with equal unit vectors,
 * or, when `antipodes` is set, with equal or opposite unit vectors (the pairs that make
 * the half-space MHE energy infinite: it also sums `|u_i + u_j|^-s`). `null` if none.
 *
 * @example
 * ```ts
 * findCoincidentLines([1, 0, 0, 1, -2, 0], 3, 2, true); // { rows: [0, 2], antipodal: true }
 * ```
 */
export function findCoincidentLines(data: ArrayLike<number>, n: number, d: number, antipodes: boolean): CoincidentPair | null {
  const seen = new Map<string, { row: number; sign: number }>();
  const unit = new Float64Array(d);
  const bits = new Uint32Array(unit.buffer);
  for (let j = 0; j < n; j++) {
    unitRow(data, j, d, unit);
    let sign = 1;
    if (antipodes) {
      // canonical representative of the line: first non-zero coordinate positive
      let k = 0;
      while (k < d && unit[k] === 0) k++;
      if (k < d && (unit[k] as number) < 0) {
        sign = -1;
        for (let q = 0; q < d; q++) unit[q] = -(unit[q] as number) + 0;
      }
    }
    const key = Array.from(bits).join(",");
    const prev = seen.get(key);
    if (prev !== undefined) return { rows: [prev.row, j], antipodal: prev.sign !== sign };
    seen.set(key, { row: j, sign });
  }
  return null;
}

/**
 * The first non-zero row whose norm is outside what `dtype` arithmetic can square: above
 * `sqrt(max)` (the sum of squares overflows) or below `sqrt(min normal)` (it underflows),
 * with that norm; `null` if every row is in range. Used to explain a non-finite result.
 *
 * @example
 * ```ts
 * findExtremeNormRow([1, 0, 1e-200, 0], 2, 2, "float64"); // { row: 1, norm: 1e-200 }
 * ```
 */
export function findExtremeNormRow(
  data: ArrayLike<number>,
  n: number,
  d: number,
  dtype: "float64" | "float32" = "float64",
): { row: number; norm: number } | null {
  const [lo, hi] = dtype === "float32" ? [1.0842021724855044e-19, 1.8446742974197924e19] : [1.4916681462400413e-154, 1.3407807929942596e154];
  for (let j = 0; j < n; j++) {
    let m = 0;
    for (let k = 0; k < d; k++) m = Math.max(m, Math.abs(data[j * d + k] as number));
    if (m === 0 || !Number.isFinite(m)) continue;
    let s = 0;
    for (let k = 0; k < d; k++) s += ((data[j * d + k] as number) / m) ** 2;
    const norm = m * Math.sqrt(s);
    if (norm < lo || norm > hi) return { row: j, norm };
  }
  return null;
}

/**
 * Edit distance (insertions, deletions, substitutions) between two short strings, for
 * "did you mean" hints.
 */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The known name closest to `name` (case-insensitive edit distance at most 2, or at most a
 * third of its length for short names), or `null`.
 *
 * @example
 * ```ts
 * closestName("los", ["loss", "mode"]); // "loss"
 * ```
 */
export function closestName(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  for (const k of known) {
    const dist = editDistance(name.toLowerCase(), k.toLowerCase());
    if (dist < bestDist) {
      best = k;
      bestDist = dist;
    }
  }
  return best !== null && bestDist <= Math.min(2, Math.max(1, Math.floor(name.length / 3))) ? best : null;
}

/**
 * A value for an error message, safe for any input (a BigInt or a Symbol does not throw):
 * strings quoted and cut to 30 characters, numbers, booleans, `null` and `undefined` as
 * written, anything else by its type.
 *
 * @example
 * ```ts
 * describeValue("fast"); // "\"fast\""
 * describeValue(10n); // "bigint"
 * ```
 */
export function describeValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}...` : v);
  if (typeof v === "number" || typeof v === "boolean" || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? "an array" : typeof v;
}

/**
 * Check an options object: `undefined` or a plain object whose keys are all in `known`.
 * An unknown key (a typo such as `los`) is an error naming the key and the closest known
 * one, so a misspelt option is never silently ignored.
 *
 * @param what - the function the options belong to, for the message (`evaluateLoss`).
 * @throws {@link MMARegError} `BAD_OPTION`.
 * @example
 * ```ts
 * checkOptionKeys({ los: "mhe" }, ["loss", "mode"], "evaluateLoss"); // throws: unknown option "los" (did you mean "loss"?)
 * ```
 */
export function checkOptionKeys(options: unknown, known: readonly string[], what: string, context: MMARegErrorContext = {}): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new MMARegError(
      "BAD_OPTION",
      `the options of ${what} must be an object such as { loss: "mhe" }, got ${describeValue(options)}`,
      context,
    );
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const near = closestName(key, known);
    throw new MMARegError(
      "BAD_OPTION",
      `unknown option ${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}...` : key)} of ${what}: ${near !== null ? `did you mean "${near}"?` : `use ${known.join(", ")}`}`,
      context,
    );
  }
}

/**
 * Check that an optional flag is a boolean (or absent): `halfSpace: "yes"` is an error,
 * not a truthy string silently taken as `true`.
 *
 * @throws {@link MMARegError} `BAD_OPTION` naming the option.
 * @example
 * ```ts
 * checkBooleanOption({ halfSpace: "yes" }, "halfSpace"); // throws BAD_OPTION
 * ```
 */
export function checkBooleanOption(options: object, key: string, context: MMARegErrorContext = {}): void {
  const v = (options as Record<string, unknown>)[key];
  if (v !== undefined && typeof v !== "boolean") {
    throw new MMARegError("BAD_OPTION", `option ${key} must be true or false, got ${describeValue(v)}`, context);
  }
}

/**
 * Check the options of `angleReport`: known keys only, a boolean `absolute`, and a
 * `threshold` that a cosine can cross: in `[0, 1)` when `|cos|` is counted (the default),
 * in `[-1, 1)` otherwise. `2` or `-0.5` would count no pair or every pair, silently.
 *
 * @throws {@link MMARegError} `BAD_OPTION` naming the option.
 * @example
 * ```ts
 * checkAngleReportOptions({ threshold: 2 }); // throws BAD_OPTION
 * ```
 */
export function checkAngleReportOptions(options: unknown, extraKeys: readonly string[] = [], fn = "angleReport"): void {
  checkOptionKeys(options, ["layout", "threshold", "absolute", "layer", "zeroRows", ...extraKeys], fn);
  const o = (options ?? {}) as { threshold?: unknown; absolute?: unknown; zeroRows?: unknown };
  checkBooleanOption(o, "absolute");
  if (o.zeroRows !== undefined && o.zeroRows !== "error" && o.zeroRows !== "skip") {
    throw new MMARegError("BAD_OPTION", `zeroRows must be "error" or "skip", got ${describeValue(o.zeroRows)}`);
  }
  if (o.threshold === undefined) return;
  const lo = o.absolute === false ? -1 : 0;
  if (typeof o.threshold !== "number" || !(o.threshold >= lo && o.threshold < 1)) {
    throw new MMARegError(
      "BAD_OPTION",
      `threshold must be a cosine in [${lo}, 1)${lo === 0 ? " (|cos| is counted)" : ""}, got ${describeValue(o.threshold)}: 0.2 is the paper's`,
    );
  }
}
