import { angleStats, angleStatsAsync, cosineHistogramOfUnit, histogramBins, ANGLE_BLOCK_ELEMENTS } from "./angleBlocks.js";
import { borrowTensor, release, withScope, type AngleStats, type Backend, type BackendArray } from "./backend.js";
import { normalizeRows, pairAngles } from "./compose.js";
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
 * backend tensors, from one {@link angleStats} pass (no `n x n` matrix). Rows must be
 * non-zero; needs `n >= 2`. Without a fused `angleStats` the backend needs `readSync`.
 */
export function nearestAngleTensors<T>(b: Backend<T>, w: T): { theta: T; index: T } {
  const { theta, index, above } = statsTensors(b, w, 1, false);
  release(b, above);
  return { theta, index };
}

/**
 * `[]` the number of unordered pairs with `cos` (or `|cos|`) above `threshold`: half the
 * sum of {@link angleStats}' per-row counts (no `n x n` matrix). Without a fused
 * `angleStats` the backend needs `readSync`.
 */
export function pairsAboveTensor<T>(b: Backend<T>, w: T, threshold: number, absolute = true): T {
  return withScope(b, () => {
    const { unit } = normalizeRows(b, w, null);
    return b.binary("mul", b.sum(angleStats(b, unit, threshold, absolute).above), 0.5);
  });
}

/** Unit rows, the angle to each row's nearest other row, its index and the per-row counts above the threshold. */
function statsTensors<T>(b: Backend<T>, w: T, threshold: number, absolute: boolean): { theta: T; index: T; above: T } {
  return withScope(b, () => {
    const { unit } = normalizeRows(b, w, null);
    const s = angleStats(b, unit, threshold, absolute);
    return { theta: pairAngles(b, unit, s.index).theta, index: s.index, above: s.above };
  });
}

function prepareRows<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions, extraKeys: readonly string[] = [], fn = "angleReport") {
  checkAngleReportOptions(options, extraKeys, fn);
  const { data, shape } = matrixData(input);
  const context = { backend: b.name, ...(options.layer !== undefined ? { layer: options.layer } : {}) };
  try {
    const rows = toRows(data, shape, options.layout ?? "rows", false); // read only: no copy
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

/** Unordered pairs from per-row counts: half their sum (each pair counts for both rows). */
function pairCount(above: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < above.length; i++) sum += above[i] as number;
  return sum / 2;
}

/** Rows whose nearest angle is below this (radians) get their near-ties re-ranked exactly. */
const TIE_RADIANS = 1e-4;

/**
 * The exact angle of each row's chosen pair, measured with {@link exactPairAngle} on the
 * caller's rows (the backend only picks the partners: its own angles are never read, so
 * the report asks it for no pair angles and no `[n, d]` gradient of them); for rows whose
 * nearest angle is tiny (below 1e-4 rad, where float64 cosines of different partners can
 * tie), every other row is re-measured and the exact nearest one is taken (lowest index
 * on ties).
 */
function refine(x: Float64Array | Float32Array, n: number, d: number, index: BackendArray): { theta: Float64Array; index: Int32Array } {
  const t = new Float64Array(n);
  const idx = Int32Array.from(index);
  for (let i = 0; i < n; i++) {
    const j = idx[i]!;
    if (!(j >= 0 && j < n)) {
      throw new MMARegError("BACKEND", `angleStats gave row ${i} the partner ${j}, not another row of the ${n}: a backend bug`, {});
    }
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
  const absolute = options.absolute ?? true;
  let w: T | undefined = borrowTensor(b, rows.data, [rows.n, rows.d]);
  let unit: T | undefined;
  let s: AngleStats<T> | undefined;
  try {
    unit = unitRows(b, w);
    // the raw rows are not needed again (the refinement reads the caller's data): freed
    // now, so a backend that reuses memory (wasm, cpu) can put the next block there
    // instead of growing its heap by another [n, d]
    release(b, w);
    w = undefined;
    s = await angleStatsAsync(b, unit, threshold, absolute);
    // only the partners and the counts are read: the angles are measured exactly on the
    // caller's rows (refine)
    const [i, a] = await Promise.all([b.read(s.index), b.read(s.above)]);
    const exact = refine(rows.data, rows.n, rows.d, i);
    return buildReport(rows, exact.theta, exact.index, pairCount(a), threshold);
  } finally {
    release(b, w, unit, s?.value, s?.index, s?.above);
  }
}

/** The synchronous twin of {@link angleReport} (backends with `readSync`). */
export function angleReportSync<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions = {}): AngleReport {
  const readSync = requireSync(b);
  const rows = liveRows(prepareRows(b, input, options));
  const threshold = options.threshold ?? 0.2;
  if (rows.n < 2) return buildReport(rows, new Float64Array(0), new Float64Array(0), 0, threshold);
  const w = borrowTensor(b, rows.data, [rows.n, rows.d]);
  let unit: T | undefined;
  let s: AngleStats<T> | undefined;
  try {
    unit = unitRows(b, w);
    s = angleStats(b, unit, threshold, options.absolute ?? true);
    const exact = refine(rows.data, rows.n, rows.d, readSync(s.index));
    return buildReport(rows, exact.theta, exact.index, pairCount(readSync(s.above)), threshold);
  } finally {
    release(b, w, unit, s?.value, s?.index, s?.above);
  }
}

/** The unit rows of `w` (its norms freed). */
function unitRows<T>(b: Backend<T>, w: T): T {
  const { unit, norms } = normalizeRows(b, w, null);
  release(b, norms);
  return unit;
}

/**
 * The most rows {@link pairwiseCosines} accepts: it holds the `n x n` cosine matrix and all
 * `n (n - 1) / 2` values (4096 rows: 8.4 million cosines, 134 MB for the matrix in float64).
 */
export const PAIRWISE_COSINES_MAX_ROWS = 4096;

/**
 * The cosine similarities of all unordered pairs `i < j` (row-major upper triangle), for
 * small weights. It is O(n^2) in memory (the `n x n` matrix and every pair's value), so it
 * refuses more than {@link PAIRWISE_COSINES_MAX_ROWS} rows: for a histogram of a large
 * layer use {@link cosineHistogram}, which streams.
 *
 * @example
 * ```ts
 * const cos = await pairwiseCosines(createCpuBackend(), [[1, 0], [0, 1], [1, 1]]);
 * // Float64Array [0, 0.7071, 0.7071]
 * ```
 * @throws {@link MMARegError} as {@link angleReport}; `BAD_SHAPE` above 4096 rows.
 */
export async function pairwiseCosines<T>(b: Backend<T>, input: MatrixInput, options: AngleReportOptions = {}): Promise<Float64Array> {
  const rows = prepareRows(b, input, options, [], "pairwiseCosines");
  if (rows.n > PAIRWISE_COSINES_MAX_ROWS) {
    throw new MMARegError(
      "BAD_SHAPE",
      `pairwiseCosines holds all n (n - 1) / 2 cosines and the n x n matrix: ${rows.n} rows is above its limit of ${PAIRWISE_COSINES_MAX_ROWS}; use cosineHistogram(backend, input, { bins }) for a histogram in bounded memory, or angleReport for the pair count`,
      { backend: b.name, ...(options.layer !== undefined ? { layer: options.layer } : {}) },
    );
  }
  const w = b.tensor(rows.data, [rows.n, rows.d]);
  const c = withScope(b, () => b.gram(normalizeRows(b, w, null).unit));
  try {
    return upperTriangle(await b.read(c), rows.n);
  } finally {
    release(b, w, c);
  }
}

/** Options of {@link cosineHistogram}: the angle report's input options and the bins. */
export interface CosineHistogramOptions extends Omit<AngleReportOptions, "threshold" | "absolute"> {
  /** Number of equal bins (default 20). */
  bins?: number;
  /** Lower edge (default -1). */
  min?: number;
  /** Upper edge (default 1). */
  max?: number;
  /** Entries per block of cosines (default {@link ANGLE_BLOCK_ELEMENTS}, `2^20`). */
  blockElements?: number;
}

/** A histogram of the cosines of all pairs of live rows. */
export interface CosineHistogram extends Histogram {
  /** Pairs `i < j` of live rows: `live (live - 1) / 2` (those outside `[min, max]` are not in `counts`). */
  pairs: number;
  /** Indices of all-zero rows left out (only with `zeroRows: "skip"`). */
  deadRows: number[];
}

/**
 * A histogram of the cosines of all unordered pairs of rows (the paper's Fig. 1), computed
 * in blocks of rows on the backend and binned as each block is read back: memory is one
 * `[m, n]` block (at most `blockElements` entries, `2^20` by default) plus the counts,
 * never the `n (n - 1) / 2` values. `counts[k]` pairs fell in `[edges[k], edges[k + 1])`,
 * the last bin closed; cosines outside `[min, max]` (default `[-1, 1]`) are not counted.
 *
 * @example
 * ```ts
 * const h = await cosineHistogram(createCpuBackend(), { data: w, shape: [10575, 512] }, { bins: 40 });
 * h.counts.reduce((a, c) => a + c, 0) === h.pairs; // true
 * ```
 * @throws {@link MMARegError} as {@link angleReport}; `BAD_OPTION` for bad bins or range.
 */
export async function cosineHistogram<T>(b: Backend<T>, input: MatrixInput, options: CosineHistogramOptions = {}): Promise<CosineHistogram> {
  const rows = liveRows(prepareRows(b, input, options, ["bins", "min", "max", "blockElements"], "cosineHistogram"));
  histogramBins(options);
  const w = b.tensor(rows.data, [rows.n, rows.d]);
  let unit: T | undefined;
  try {
    unit = unitRows(b, w);
    const h = await cosineHistogramOfUnit(b, unit, options, options.blockElements ?? ANGLE_BLOCK_ELEMENTS);
    return { ...h, pairs: (rows.n * (rows.n - 1)) / 2, deadRows: rows.dead };
  } finally {
    release(b, w, unit);
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
