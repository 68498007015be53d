import { release, withScope, type Backend, type BackendArray } from "./backend.js";
import { nearestNeighbors, normalizeRows, pairAngles } from "./compose.js";
import { MMARegError } from "./errors.js";
import { matrixData, requireSync } from "./evaluate.js";
import { toRows } from "./layout.js";
import type { Layout, MatrixInput } from "./types.js";
import { checkAngleReportOptions, validateRows } from "./validate.js";
import { exactPairAngle } from "./angleStatistics.js";

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
  /**
   * All-zero ("dead") rows: `error` (default) throws `ZERO_ROW`; `skip` leaves them out,
   * lists them in `deadRows` and reports every statistic over the live rows (their
   * `nearestDeg` is `NaN` and `nearestIndex` is `-1`).
   */
  zeroRows?: "error" | "skip";
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
  /** Indices of all-zero rows left out (only with `zeroRows: "skip"`; otherwise empty). */
  deadRows: number[];
  /** Rows that are not all zeros (`n - deadRows.length`). */
  live: number;
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
  checkAngleReportOptions(options);
  const { data, shape } = matrixData(input);
  const context = { backend: b.name, ...(options.layer !== undefined ? { layer: options.layer } : {}) };
  try {
    const rows = toRows(data, shape, options.layout ?? "rows");
    validateRows(rows.data, rows.n, rows.d, { context, allowZeroRows: options.zeroRows === "skip" });
    return rows;
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext(context) : e;
  }
}

/** The live (non-zero) rows of a row matrix, and the original index of each. */
function liveRows(rows: { data: Float64Array | Float32Array; n: number; d: number }): {
  data: Float64Array | Float32Array;
  n: number;
  d: number;
  map: Int32Array;
  dead: number[];
} {
  const { data, n, d } = rows;
  const dead: number[] = [];
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    let zero = true;
    for (let k = 0; k < d && zero; k++) if (data[i * d + k] !== 0) zero = false;
    (zero ? dead : keep).push(i);
  }
  if (dead.length === 0) return { data, n, d, map: Int32Array.from(keep), dead };
  const out = data instanceof Float32Array ? new Float32Array(keep.length * d) : new Float64Array(keep.length * d);
  keep.forEach((i, r) => out.set(data.subarray(i * d, (i + 1) * d), r * d));
  return { data: out, n: keep.length, d, map: Int32Array.from(keep), dead };
}

/** Rows whose nearest angle is below this (radians) get their near-ties re-ranked exactly. */
const TIE_RADIANS = 1e-4;

/**
 * Re-measure each row's chosen pair with {@link exactPairAngle}; for rows whose nearest
 * angle is tiny (below 1e-4 rad, where float64 cosines of different partners can tie),
 * every other row is re-measured and the exact nearest one is taken (lowest index on ties).
 */
function refine(x: Float64Array | Float32Array, n: number, d: number, theta: BackendArray, index: BackendArray): { theta: Float64Array; index: Int32Array } {
  const t = Float64Array.from(theta);
  const idx = Int32Array.from(index);
  for (let i = 0; i < n; i++) {
    const j = idx[i]!;
    if (j < 0 || j >= n) continue;
    t[i] = exactPairAngle(x, d, i, j);
    if (t[i]! < TIE_RADIANS) {
      for (let k = 0; k < n; k++) {
        if (k === i || k === j) continue;
        const a = exactPairAngle(x, d, i, k);
        if (a < t[i]! || (a === t[i]! && k < idx[i]!)) {
          t[i] = a;
          idx[i] = k;
        }
      }
    }
  }
  return { theta: t, index: idx };
}

function buildReport(
  rows: { n: number; d: number; map: Int32Array; dead: number[] },
  theta: ArrayLike<number>,
  index: ArrayLike<number>,
  above: number,
  threshold: number,
): AngleReport {
  const { n: live, map, dead } = rows;
  const n = live + dead.length;
  const nearestDeg = new Float64Array(dead.length > 0 ? n : live).fill(Number.NaN);
  const nearestIndex = new Int32Array(nearestDeg.length).fill(-1);
  let min = Infinity;
  let sum = 0;
  for (let r = 0; r < theta.length; r++) {
    const a = (theta[r] as number) * DEG;
    nearestDeg[map[r]!] = a;
    nearestIndex[map[r]!] = map[index[r] as number]!;
    if (a < min) min = a;
    sum += a;
  }
  return {
    n,
    d: rows.d,
    minAngleDeg: live < 2 ? null : min,
    meanNearestDeg: live < 2 ? null : sum / live,
    nearestDeg: live < 2 ? new Float64Array(0) : nearestDeg,
    nearestIndex: live < 2 ? new Int32Array(0) : nearestIndex,
    pairsAbove: Math.round(above),
    threshold,
    deadRows: dead,
    live,
  };
}

/**
 * Angular diversity of a weight: per-row nearest angles, the minimal angle, their mean and
 * the number of strongly correlated pairs.
 *
 * The backend picks each row's nearest neighbour; the chosen pair's angle is then
 * re-measured on the CPU with {@link exactPairAngle} (exact at every angle), and rows whose
 * nearest angle is below 1e-4 rad, where cosines of different partners can tie, are
 * re-ranked exactly. With `zeroRows: "skip"` all-zero rows are listed in `deadRows` and the
 * statistics are over the live rows.
 *
 * @example
 * ```ts
 * const r = await angleReport(createCpuBackend(), { data: kernel, shape: [3, 3, 1, 8] }, { layout: "conv-hwio" });
 * console.log(r.minAngleDeg, r.pairsAbove);
 * ```
 * @throws {@link MMARegError} `NON_FINITE`, `ZERO_ROW` (unless `zeroRows: "skip"`), `EMPTY`, `BAD_SHAPE`.
 */
export async function angleReport<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions = {}): Promise<AngleReport> {
  const rows = liveRows(prepareRows(b, input, options));
  const threshold = options.threshold ?? 0.2;
  if (rows.n < 2) return buildReport(rows, new Float64Array(0), new Float64Array(0), 0, threshold);
  const w = b.tensor(rows.data, [rows.n, rows.d]);
  let near: { theta: T; index: T } | undefined;
  let above: T | undefined;
  try {
    near = nearestAngleTensors(b, w);
    above = pairsAboveTensor(b, w, threshold, options.absolute ?? true);
    const [t, i, a] = await Promise.all([b.read(near.theta), b.read(near.index), b.read(above)]);
    const exact = refine(rows.data, rows.n, rows.d, t, i);
    return buildReport(rows, exact.theta, exact.index, a[0] as number, threshold);
  } finally {
    release(b, w, near?.theta, near?.index, above);
  }
}

/** The synchronous twin of {@link angleReport} (backends with `readSync`). */
export function angleReportSync<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions = {}): AngleReport {
  const readSync = requireSync(b);
  const rows = liveRows(prepareRows(b, input, options));
  const threshold = options.threshold ?? 0.2;
  if (rows.n < 2) return buildReport(rows, new Float64Array(0), new Float64Array(0), 0, threshold);
  const w = b.tensor(rows.data, [rows.n, rows.d]);
  let near: { theta: T; index: T } | undefined;
  let above: T | undefined;
  try {
    near = nearestAngleTensors(b, w);
    above = pairsAboveTensor(b, w, threshold, options.absolute ?? true);
    const exact = refine(rows.data, rows.n, rows.d, readSync(near.theta), readSync(near.index));
    return buildReport(rows, exact.theta, exact.index, readSync(above)[0] as number, threshold);
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
