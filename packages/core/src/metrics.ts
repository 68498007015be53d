import { release, withScope, type Backend, type BackendArray } from "./backend.js";
import { nearestNeighbors, normalizeRows, pairAngles } from "./compose.js";
import { MMARegError } from "./errors.js";
import { matrixData, requireSync } from "./evaluate.js";
import { toRows } from "./layout.js";
import type { Layout, MatrixInput } from "./types.js";
import { validateRows } from "./validate.js";

const DEG = 180 / Math.PI;

/** Options of the angle reports. */
export interface AngleReportOptions {
  /** How the input maps to rows (default `rows`). */
  layout?: Layout;
  /** Cosine threshold of the pair count (default 0.2, the paper's Fig. 1). */
  threshold?: number;
  /** Count `|cos| > threshold` (default `true`) or `cos > threshold`. */
  absolute?: boolean;
  /** A name for the weight, used in error messages. */
  layer?: string;
}

/** Angular diversity of one weight matrix (the figures of the paper's Fig. 1 and Table 3). */
export interface AngleReport {
  /** Number of rows (neurons / filters). */
  n: number;
  /** Row length. */
  d: number;
  /** The minimal pairwise angle in degrees; `null` for fewer than two rows. */
  minAngleDeg: number | null;
  /** The mean over rows of the angle to the nearest other row, in degrees; `null` for `n < 2`. */
  meanNearestDeg: number | null;
  /** Per row, the angle to its nearest other row in degrees (empty for `n < 2`). */
  nearestDeg: Float64Array;
  /** Per row, the index of its nearest other row (lowest index on ties). */
  nearestIndex: Int32Array;
  /** Unordered pairs `i < j` with cosine (or `|cos|`) above the threshold. */
  pairsAbove: number;
  /** The threshold used for `pairsAbove`. */
  threshold: number;
}

/**
 * Per row, the exact angle (radians) to its nearest other row and that row's index, as
 * backend tensors. Rows must be non-zero; needs `n >= 2`.
 */
export function nearestAngleTensors<T>(b: Backend<T>, w: T): { theta: T; index: T } {
  return withScope(b, () => {
    const { unit } = normalizeRows(b, w, null);
    const nn = nearestNeighbors(b, unit, "exclude");
    const { theta } = pairAngles(b, unit, nn.index);
    return { theta, index: nn.index };
  });
}

/** `[]` the number of unordered pairs with `cos` (or `|cos|`) above `threshold`. */
export function pairsAboveTensor<T>(b: Backend<T>, w: T, threshold: number, absolute = true): T {
  return withScope(b, () => {
    const { unit } = normalizeRows(b, w, null);
    const c = b.gram(unit);
    const mask = b.fillDiagonal(b.binary("gt", absolute ? b.unary("abs", c) : c, threshold), 0);
    return b.binary("mul", b.sum(mask), 0.5);
  });
}

function prepareRows<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions) {
  const { data, shape } = matrixData(input);
  const context = { backend: b.name, ...(options.layer !== undefined ? { layer: options.layer } : {}) };
  try {
    const rows = toRows(data, shape, options.layout ?? "rows");
    validateRows(rows.data, rows.n, rows.d, { context });
    return rows;
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext(context) : e;
  }
}

/** The cosine threshold of {@link AngleReportOptions}, checked (default 0.2). */
function resolveThreshold(threshold: unknown): number {
  if (threshold === undefined) return 0.2;
  if (typeof threshold !== "number" || !Number.isFinite(threshold)) {
    throw new MMARegError("BAD_OPTION", `threshold must be a finite cosine, for example 0.2, got ${String(threshold)}`);
  }
  return threshold;
}

function buildReport(n: number, d: number, theta: BackendArray, index: BackendArray, above: number, threshold: number): AngleReport {
  const nearestDeg = Float64Array.from(theta, (t) => t * DEG);
  let min = Infinity;
  let sum = 0;
  for (const a of nearestDeg) {
    if (a < min) min = a;
    sum += a;
  }
  return {
    n,
    d,
    minAngleDeg: n < 2 ? null : min,
    meanNearestDeg: n < 2 ? null : sum / n,
    nearestDeg,
    nearestIndex: Int32Array.from(index),
    pairsAbove: Math.round(above),
    threshold,
  };
}

/**
 * Angular diversity of a weight: per-row nearest angles, the minimal angle, their mean and
 * the number of strongly correlated pairs.
 *
 * @example
 * ```ts
 * const r = await angleReport(createCpuBackend(), { data: kernel, shape: [3, 3, 1, 8] }, { layout: "conv-hwio" });
 * console.log(r.minAngleDeg, r.pairsAbove);
 * ```
 * @throws {@link MMARegError} `NON_FINITE`, `ZERO_ROW`, `EMPTY`, `BAD_SHAPE`; `BAD_OPTION`
 *   for a threshold that is not a finite number.
 */
export async function angleReport<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions = {}): Promise<AngleReport> {
  const rows = prepareRows(b, input, options);
  const threshold = resolveThreshold(options.threshold);
  if (rows.n < 2) return buildReport(rows.n, rows.d, new Float64Array(0), new Float64Array(0), 0, threshold);
  const w = b.tensor(rows.data, [rows.n, rows.d]);
  let near: { theta: T; index: T } | undefined;
  let above: T | undefined;
  try {
    near = nearestAngleTensors(b, w);
    above = pairsAboveTensor(b, w, threshold, options.absolute ?? true);
    const [t, i, a] = await Promise.all([b.read(near.theta), b.read(near.index), b.read(above)]);
    return buildReport(rows.n, rows.d, t, i, a[0] as number, threshold);
  } finally {
    release(b, w, near?.theta, near?.index, above);
  }
}

/** The synchronous twin of {@link angleReport} (backends with `readSync`). */
export function angleReportSync<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions = {}): AngleReport {
  const readSync = requireSync(b);
  const rows = prepareRows(b, input, options);
  const threshold = resolveThreshold(options.threshold);
  if (rows.n < 2) return buildReport(rows.n, rows.d, new Float64Array(0), new Float64Array(0), 0, threshold);
  const w = b.tensor(rows.data, [rows.n, rows.d]);
  let near: { theta: T; index: T } | undefined;
  let above: T | undefined;
  try {
    near = nearestAngleTensors(b, w);
    above = pairsAboveTensor(b, w, threshold, options.absolute ?? true);
    return buildReport(rows.n, rows.d, readSync(near.theta), readSync(near.index), readSync(above)[0] as number, threshold);
  } finally {
    release(b, w, near?.theta, near?.index, above);
  }
}

/**
 * The cosine similarities of all unordered pairs `i < j` (row-major upper triangle), for
 * histograms like the paper's Fig. 1.
 *
 * @throws {@link MMARegError} as {@link angleReport}.
 */
export async function pairwiseCosines<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions = {}): Promise<Float64Array> {
  const rows = prepareRows(b, input, options);
  const w = b.tensor(rows.data, [rows.n, rows.d]);
  const c = withScope(b, () => b.gram(normalizeRows(b, w, null).unit));
  try {
    return upperTriangle(await b.read(c), rows.n);
  } finally {
    release(b, w, c);
  }
}

/** The row-major strict upper triangle of a square `n x n` matrix. */
export function upperTriangle(c: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out[k++] = c[i * n + j] as number;
  return out;
}

/** A histogram: `counts[i]` values fell in `[edges[i], edges[i + 1])` (the last bin is closed). */
export interface Histogram {
  edges: Float64Array;
  counts: Int32Array;
}

/**
 * Bin values into `bins` equal bins over `[min, max]` (default: the data's range).
 *
 * @example
 * ```ts
 * histogram([0.1, 0.5, 0.9], { bins: 2, min: 0, max: 1 }).counts; // Int32Array [1, 2]
 * ```
 */
export function histogram(values: ArrayLike<number>, options: { bins?: number; min?: number; max?: number } = {}): Histogram {
  const bins = options.bins ?? 20;
  if (!Number.isInteger(bins) || bins < 1) throw new MMARegError("BAD_OPTION", `bins must be a positive integer, got ${bins}`);
  let lo = options.min ?? Infinity;
  let hi = options.max ?? -Infinity;
  if (options.min === undefined || options.max === undefined) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (options.min === undefined && v < lo) lo = v;
      if (options.max === undefined && v > hi) hi = v;
    }
  }
  if (!(hi > lo)) hi = lo + 1;
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
  const counts = new Int32Array(bins);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lo || v > hi) continue;
    const k = Math.min(bins - 1, Math.floor(((v - lo) / (hi - lo)) * bins));
    counts[k] = (counts[k] as number) + 1;
  }
  return { edges, counts };
}
