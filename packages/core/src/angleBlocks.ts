/**
 * Pairwise cosine statistics in row blocks: the composed form of the fused `angleStats` op
 * and the streaming cosine histogram. Nothing here holds an `n x n` matrix: the working
 * set is one `[m, n]` block of cosines, with `m` from {@link angleBlockRows}.
 *
 * @module
 */
import { scanRowMax } from "./rowMaxScan.js";
import { release, type AngleStats, type Backend, type BackendArray, type DiagonalRule, type RowMax } from "./backend.js";
import { MMARegError } from "./errors.js";

/**
 * The element budget of one block of cosines in the composed statistics: `2^20` entries
 * (8 MiB in float64, 4 MiB in float32), whatever `n` is.
 */
export const ANGLE_BLOCK_ELEMENTS = 2 ** 20;

/**
 * Rows per block of the composed statistics for `n` rows: `m = max(1, min(n, floor(budget / n)))`,
 * so a block of cosines `[m, n]` has at most `budget` entries (only for `n > budget` does a
 * single row exceed it).
 *
 * @example
 * ```ts
 * angleBlockRows(10575); // 99: blocks of 99 x 10575 cosines (1.05 million entries)
 * angleBlockRows(500); // 500: one block
 * ```
 */
export function angleBlockRows(n: number, budget: number = ANGLE_BLOCK_ELEMENTS): number {
  if (!(budget >= 1)) throw new MMARegError("BAD_OPTION", `the block budget must be at least 1 element, got ${budget}`);
  return Math.max(1, Math.min(n, Math.floor(budget / Math.max(1, n))));
}

/** A request to read a tensor back, answered by the driver (sync or async). */
type Pass<T> = Generator<T, void, BackendArray>;

/**
 * Every cosine of the unit rows, block by block: reads the unit rows back once, uploads
 * them transposed (`[d, n]`), and for each block of rows `[i0, i1)` computes
 * `matmul(gatherRows(unit, i0..i1), unitT)` (`[m, n]`), reads it back, frees it and hands
 * it to `visit`. Yields each tensor to read; the driver sends the data back.
 */
function* cosineBlocks<T>(b: Backend<T>, unit: T, budget: number, visit: (i0: number, i1: number, cos: BackendArray) => void): Pass<T> {
  const [n = 0, d = 0] = b.shape(unit);
  if (n === 0) return;
  const u = yield unit;
  const ut = new Float64Array(d * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) ut[k * n + i] = u[i * d + k] as number;
  const unitT = b.tensor(ut, [d, n]);
  const m = angleBlockRows(n, budget);
  try {
    for (let i0 = 0; i0 < n; i0 += m) {
      const i1 = Math.min(n, i0 + m);
      const rows = new Float64Array(i1 - i0);
      for (let r = 0; r < rows.length; r++) rows[r] = i0 + r;
      const index = b.tensor(rows, [rows.length], "index");
      const block = b.gatherRows(unit, index);
      const cos = b.matmul(block, unitT);
      release(b, index, block);
      let data: BackendArray;
      try {
        data = yield cos;
      } finally {
        release(b, cos);
      }
      visit(i0, i1, data);
    }
  } finally {
    release(b, unitT);
  }
}

function runSync<T>(b: Backend<T>, pass: Pass<T>, what: string): void {
  const readSync = b.readSync?.bind(b);
  if (!readSync) {
    throw new MMARegError(
      "BACKEND",
      what === "nearestNeighbors"
        ? `nearestNeighbors: the ${b.name} backend has neither a fused nearestNeighbors nor synchronous reads, so the search cannot be composed in row blocks synchronously: use nearestNeighborsAsync (evaluateLoss does)`
        : `${what}: the ${b.name} backend has neither a fused angleStats nor synchronous reads, so the statistics cannot be composed synchronously: use the async angleReport / cosineHistogram`,
      { backend: b.name },
    );
  }
  for (let r = pass.next(); !r.done; r = pass.next(readSync(r.value)));
}

async function runAsync<T>(b: Backend<T>, pass: Pass<T>): Promise<void> {
  for (let r = pass.next(); !r.done; r = pass.next(await b.read(r.value)));
}

/** The per-row reduction of the composed `angleStats`, fed one block at a time. */
function statsReducer(n: number, threshold: number, absolute: boolean) {
  const value = new Float64Array(n).fill(-Infinity);
  const index = new Float64Array(n);
  const above = new Float64Array(n);
  const visit = (i0: number, i1: number, cos: BackendArray): void => {
    for (let i = i0; i < i1; i++) {
      const off = (i - i0) * n;
      let best = -Infinity;
      let arg = -1;
      let count = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const c = cos[off + j] as number;
        if (arg < 0 || c > best) {
          best = c;
          arg = j;
        }
        if ((absolute ? Math.abs(c) : c) > threshold) count++;
      }
      value[i] = best;
      index[i] = arg < 0 ? 0 : arg;
      above[i] = count;
    }
  };
  return { value, index, above, visit };
}

function statsTensors<T>(b: Backend<T>, r: { value: Float64Array; index: Float64Array; above: Float64Array }): AngleStats<T> {
  const n = r.value.length;
  return { value: b.tensor(r.value, [n]), index: b.tensor(r.index, [n], "index"), above: b.tensor(r.above, [n]) };
}

/**
 * The statistics of one pass over the pairwise cosines of unit rows ({@link AngleStats}):
 * each row's largest cosine to another row with its lowest index (as
 * `nearestNeighbors(unit, "exclude")`), and per row the number of other rows with
 * `cos > threshold` (`|cos| > threshold` when `absolute`; a cosine equal to the threshold
 * is not above it). Uses the backend's fused `angleStats` when it has one (and `fused` is
 * on); otherwise composes it in row blocks of `[m, n]` cosines (`m` from
 * {@link angleBlockRows}, at most `blockElements` entries each), each read back, reduced
 * and freed before the next, so the `n x n` matrix never exists.
 *
 * The composed form reads blocks back: it needs `readSync` (else use
 * {@link angleStatsAsync}). It is not for use inside a traced loss.
 *
 * @example
 * ```ts
 * const b = createCpuBackend();
 * const unit = b.tensor([1, 0, 0.6, 0.8, 0, 1], [3, 2]);
 * const s = angleStats(b, unit, 0.5, true);
 * b.readSync(s.index); // [1, 0, 1]
 * b.readSync(s.above); // [1, 2, 1]
 * ```
 * @throws {@link MMARegError} `BACKEND` when the composed form is needed and the backend has no `readSync`.
 */
export function angleStats<T>(b: Backend<T>, unit: T, threshold: number, absolute: boolean, fused = true, blockElements: number = ANGLE_BLOCK_ELEMENTS): AngleStats<T> {
  if (fused && b.angleStats) return b.angleStats(unit, threshold, absolute);
  const n = b.shape(unit)[0] ?? 0;
  const r = statsReducer(n, threshold, absolute);
  runSync(b, cosineBlocks(b, unit, blockElements, r.visit), "angleStats");
  return statsTensors(b, r);
}

/**
 * {@link angleStats} for backends that read asynchronously: the same result, the composed
 * form reading its blocks with `read`.
 *
 * @example
 * ```ts
 * const s = await angleStatsAsync(backend, unit, 0.2, true);
 * const pairs = (await backend.read(s.above)).reduce((a, c) => a + c, 0) / 2;
 * ```
 */
export async function angleStatsAsync<T>(b: Backend<T>, unit: T, threshold: number, absolute: boolean, fused = true, blockElements: number = ANGLE_BLOCK_ELEMENTS): Promise<AngleStats<T>> {
  if (fused && b.angleStats) return b.angleStats(unit, threshold, absolute);
  const n = b.shape(unit)[0] ?? 0;
  const r = statsReducer(n, threshold, absolute);
  await runAsync(b, cosineBlocks(b, unit, blockElements, r.visit));
  return statsTensors(b, r);
}

/**
 * The per-row reduction of the composed `nearestNeighbors`, fed one block at a time: the
 * same scan as a backend's `rowMax` (columns in index order, a strictly larger value
 * replaces the best, so ties keep the lowest index; `exclude` skips the diagonal,
 * `negate` offers `-c_ii` at column `i`; a row without candidates gets -Infinity at 0).
 */
function nearestReducer(n: number, rule: DiagonalRule) {
  const value = new Float64Array(n).fill(-Infinity);
  const index = new Float64Array(n);
  const visit = (i0: number, i1: number, cos: BackendArray): void => scanRowMax(cos, i0, i1, n, rule, value, index);
  return { value, index, visit };
}

function rowMaxTensors<T>(b: Backend<T>, r: { value: Float64Array; index: Float64Array }): RowMax<T> {
  const n = r.value.length;
  return { value: b.tensor(r.value, [n]), index: b.tensor(r.index, [n], "index") };
}

/**
 * `rowMax(gram(unit), rule)` composed in row blocks: each block of `m` rows
 * ({@link angleBlockRows}, at most `blockElements` cosines) is computed as
 * `matmul(gatherRows(unit, i0..i1), unitᵀ)`, read back synchronously, reduced into each
 * row's largest cosine with its lowest index, and freed before the next, so the `n x n`
 * matrix never exists. Core's `nearestNeighbors` uses it when the backend has no fused
 * search, can read synchronously, and `n` rows need more than one block.
 *
 * It reads data back in the middle of the loss, so it is not for a traced or lazy
 * backend (those have the fused op or no `readSync`).
 *
 * @example
 * ```ts
 * const b = createCpuBackend();
 * const nn = nearestNeighborsInBlocks(b, b.tensor([1, 0, 0.6, 0.8, 0, 1], [3, 2]), "exclude", 3);
 * b.readSync(nn.index); // [1, 0, 1]: one row per block
 * ```
 * @throws {@link MMARegError} `BACKEND` when the backend has no `readSync` (use {@link nearestNeighborsAsync}).
 */
export function nearestNeighborsInBlocks<T>(b: Backend<T>, unit: T, rule: DiagonalRule, blockElements: number = ANGLE_BLOCK_ELEMENTS): RowMax<T> {
  const n = b.shape(unit)[0] ?? 0;
  const r = nearestReducer(n, rule);
  runSync(b, cosineBlocks(b, unit, blockElements, r.visit), "nearestNeighbors");
  return rowMaxTensors(b, r);
}

/**
 * The nearest neighbour of each unit row (`rowMax(gram(unit), rule)`, lowest index on
 * ties) for backends that read asynchronously: the backend's fused `nearestNeighbors` when
 * it has one (and `fused` is on), else the row-block composition of
 * {@link nearestNeighborsInBlocks} reading each block with `read`. No `n x n` tensor is
 * ever asked for. `evaluateLoss` uses it to find the pairs of `mma` / `cosine` first on a
 * backend that has neither the fused search nor `readSync`.
 *
 * @example
 * ```ts
 * const nn = await nearestNeighborsAsync(backend, unit, "exclude");
 * const partners = await backend.read(nn.index);
 * ```
 */
export async function nearestNeighborsAsync<T>(
  b: Backend<T>,
  unit: T,
  rule: DiagonalRule,
  fused = true,
  blockElements: number = ANGLE_BLOCK_ELEMENTS,
): Promise<RowMax<T>> {
  if (fused && b.nearestNeighbors) return b.nearestNeighbors(unit, rule);
  const n = b.shape(unit)[0] ?? 0;
  const r = nearestReducer(n, rule);
  await runAsync(b, cosineBlocks(b, unit, blockElements, r.visit));
  return rowMaxTensors(b, r);
}

/** Options of {@link cosineHistogramOfUnit}. */
export interface CosineHistogramBins {
  /** Number of equal bins (default 20). */
  bins?: number;
  /** Lower edge (default -1). */
  min?: number;
  /** Upper edge (default 1). */
  max?: number;
}

/** Check the bins and return `[bins, min, max]`. */
export function histogramBins(options: CosineHistogramBins): [number, number, number] {
  const bins = options.bins ?? 20;
  const lo = options.min ?? -1;
  const hi = options.max ?? 1;
  if (!Number.isInteger(bins) || bins < 1) throw new MMARegError("BAD_OPTION", `bins must be a positive integer, got ${bins}`);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) {
    throw new MMARegError("BAD_OPTION", `the histogram range must be finite with min < max, got [${lo}, ${hi}]`);
  }
  return [bins, lo, hi];
}

/**
 * Streaming histogram of the cosines of all unordered pairs `i < j` of unit rows, one
 * block of rows at a time (never all `n (n - 1) / 2` values): `counts[k]` pairs fell in
 * `[edges[k], edges[k + 1])`, the last bin closed; cosines outside `[min, max]` are not
 * counted.
 */
export async function cosineHistogramOfUnit<T>(
  b: Backend<T>,
  unit: T,
  options: CosineHistogramBins = {},
  blockElements: number = ANGLE_BLOCK_ELEMENTS,
): Promise<{ edges: Float64Array; counts: Int32Array }> {
  const [bins, lo, hi] = histogramBins(options);
  const n = b.shape(unit)[0] ?? 0;
  const counts = new Int32Array(bins);
  const visit = (i0: number, i1: number, cos: BackendArray): void => {
    for (let i = i0; i < i1; i++) {
      const off = (i - i0) * n;
      for (let j = i + 1; j < n; j++) {
        const c = cos[off + j] as number;
        if (!(c >= lo && c <= hi)) continue;
        const k = Math.min(bins - 1, Math.floor(((c - lo) / (hi - lo)) * bins));
        counts[k] = (counts[k] as number) + 1;
      }
    }
  };
  await runAsync(b, cosineBlocks(b, unit, blockElements, visit));
  const edges = Float64Array.from({ length: bins + 1 }, (_, k) => lo + ((hi - lo) * k) / bins);
  return { edges, counts };
}
