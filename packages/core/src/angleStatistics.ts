import { MMARegError } from "./errors.js";
import { toRows } from "./layout.js";
import type { Layout } from "./types.js";

const DEG = 180 / Math.PI;
/** Unit roundoff of float64. */
const U = 2 ** -53;
/** Dekker's splitter for float64. */
const SPLIT = 134217729;

// ---- double-double helpers (error-free transformations) -------------------------------

function twoProd(a: number, b: number, out: Float64Array): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  out[0] = p;
  out[1] = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** `2^-floor(log2 m)`, clamped to a finite power (subnormal maxima get 2^1023). */
function scaleFor(m: number): number {
  return 2 ** Math.max(-1023, Math.min(1023, -Math.floor(Math.log2(m))));
}

/** The power of two that brings the largest |entry| of a row near 1 (exact scaling). */
function rowScale(x: ArrayLike<number>, off: number, d: number): number {
  let m = 0;
  for (let k = 0; k < d; k++) m = Math.max(m, Math.abs(x[off + k] as number));
  if (m === 0) return 1;
  return scaleFor(m);
}

/** `|x|` of a row in double-double, as `[hi, lo]` (after exact power-of-two scaling). */
function ddNorm(x: ArrayLike<number>, off: number, d: number, scale: number, tmp: Float64Array): [number, number] {
  let hi = 0;
  let lo = 0;
  for (let k = 0; k < d; k++) {
    const v = (x[off + k] as number) * scale;
    twoProd(v, v, tmp);
    // (hi, lo) += (tmp0, tmp1)
    const s = hi + tmp[0]!;
    const bb = s - hi;
    const e = hi - (s - bb) + (tmp[0]! - bb);
    lo += e + tmp[1]!;
    hi = s + lo;
    lo -= hi - s;
  }
  const r = Math.sqrt(hi);
  if (r === 0) return [0, 0];
  twoProd(r, r, tmp);
  const corr = (hi - tmp[0]! - tmp[1]! + lo) / (2 * r);
  const h = r + corr;
  return [h, corr - (h - r)];
}

/**
 * The angle (radians) between rows `i` and `j` of `x` (`[n, d]` row-major), computed as
 * `2 atan2(| |b| a - |a| b |, | |b| a + |a| b |)` with the norms and the products in
 * double-double arithmetic, so it is accurate to a few units in the last place at every
 * angle, including pairs far below the `1e-6` degree that a float64 cosine can resolve.
 * Rows must be non-zero and finite.
 *
 * @example
 * ```ts
 * const x = new Float64Array([1, 0, 1, 1e-12]);
 * exactPairAngle(x, 2, 0, 1); // 1e-12 (radians), where acos of the cosine gives 0
 * ```
 */
export function exactPairAngle(x: ArrayLike<number>, d: number, i: number, j: number): number {
  const tmp = new Float64Array(2);
  const sa = rowScale(x, i * d, d);
  const sb = rowScale(x, j * d, d);
  const [na, la] = ddNorm(x, i * d, d, sa, tmp);
  const [nb, lb] = ddNorm(x, j * d, d, sb, tmp);
  return pairAngleWith(x, d, i, j, sa, na, la, sb, nb, lb, tmp);
}

/** {@link exactPairAngle} with each row's power-of-two scale and double-double norm given. */
function pairAngleWith(x: ArrayLike<number>, d: number, i: number, j: number, sa: number, na: number, la: number, sb: number, nb: number, lb: number, tmp: Float64Array): number {
  const ia = i * d;
  const jb = j * d;
  let dif = 0;
  let sum = 0;
  for (let k = 0; k < d; k++) {
    const a = (x[ia + k] as number) * sa;
    const b = (x[jb + k] as number) * sb;
    // a * |b| and b * |a| in double-double, then their difference
    twoProd(a, nb, tmp);
    const p1 = tmp[0]!;
    const e1 = tmp[1]! + a * lb;
    twoProd(b, na, tmp);
    const p2 = tmp[0]!;
    const e2 = tmp[1]! + b * la;
    const dd = p1 - p2 + (e1 - e2);
    const ss = p1 + p2 + (e1 + e2);
    dif += dd * dd;
    sum += ss * ss;
  }
  return 2 * Math.atan2(Math.sqrt(dif), Math.sqrt(sum));
}

// ---- statistics ------------------------------------------------------------------------

const byAngle = (a: NearPair, b: NearPair) => a.angleDeg - b.angleDeg || a.i - b.i || a.j - b.j;

/** Options of {@link angleStatistics}. */
export interface AngleStatisticsOptions {
  /** How the weight maps to rows (default `rows`). */
  layout?: Layout;
  /** Cosine threshold of the pair count (default 0.2, the paper's Fig. 1). */
  threshold?: number;
  /** Count `|cos| > threshold` (default `true`) or `cos > threshold`. */
  absolute?: boolean;
  /**
   * Compare rows only within `groups` equal, contiguous blocks of rows (a grouped
   * convolution's filters: group `g` owns rows `g n/groups .. (g+1) n/groups - 1`).
   * Default 1: every pair.
   */
  groups?: number;
  /** List the pairs closer than this angle in degrees (default 0.01). */
  nearDeg?: number;
  /** At most this many near pairs are listed, closest first (default 100); all are counted. */
  maxNearPairs?: number;
  /** Bins of a histogram of all compared pairs' cosines over `[-1, 1]` (default 0: none). */
  bins?: number;
  /** A name for the weight, used in error messages. */
  layer?: string;
}

/** A pair of rows closer than the near threshold. */
export interface NearPair {
  /** Row indices, `i < j`, in the weight's row numbering (dead rows included). */
  i: number;
  j: number;
  /** Their exact angle in degrees. */
  angleDeg: number;
}

/** What {@link angleStatistics} measured for one weight. */
export interface AngleStatistics {
  /** Rows (neurons / filters), dead rows included. */
  n: number;
  /** Row length. */
  d: number;
  /** Rows that are not all zeros; the statistics below are over these. */
  live: number;
  /** Indices of the all-zero ("dead") rows, ascending. */
  deadRows: number[];
  /** Row groups compared separately (1: all rows with all rows). */
  groups: number;
  /** The minimal angle in degrees over the compared pairs; `null` when no pair was compared. */
  minAngleDeg: number | null;
  /** The pair with the minimal angle (lowest indices on ties), or `null`. */
  minPair: [number, number] | null;
  /** Mean over live rows that have a partner of the angle to the nearest one; `null` if none. */
  meanNearestDeg: number | null;
  /** Per row, the exact angle to its nearest compared row in degrees; `NaN` for dead rows and rows with no partner. */
  nearestDeg: Float64Array;
  /** Per row, the index of its nearest compared row (lowest on ties); `-1` for dead rows and rows with no partner. */
  nearestIndex: Int32Array;
  /** Compared pairs `i < j` (live rows, within a group). */
  pairs: number;
  /** Compared pairs with cosine (or `|cos|`) above the threshold. */
  pairsAbove: number;
  /** The threshold used for `pairsAbove`. */
  threshold: number;
  /** The near-pair threshold in degrees. */
  nearDeg: number;
  /** Compared pairs closer than `nearDeg`. */
  nearPairCount: number;
  /** Live rows with at least one partner closer than `nearDeg`. */
  rowsWithNear: number;
  /** The closest near pairs (at most `maxNearPairs`), closest first. */
  nearPairs: NearPair[];
  /** Histogram of the compared pairs' cosines over `[-1, 1]`, when `bins > 0`. */
  cosineHistogram: { edges: Float64Array; counts: Int32Array } | null;
}

/**
 * Angular diversity of one weight on the CPU, in one tiled pass over the row pairs (memory
 * linear in `n`, never the `n x n` matrix), that tolerates what trained models contain:
 *
 * - **dead rows** (all zeros, for example pruned filters) are reported in `deadRows` and
 *   left out; every statistic is over the live rows;
 * - **exact angles**: nearest neighbours are picked by float64 cosine, and every partner
 *   whose cosine lies within the float64 rounding bound `4 (d + 4) u` of the best so far
 *   is measured with {@link exactPairAngle}, so the reported nearest angles (and the
 *   minimum) are exact to a few ulps even below `1e-6` degree, where cosines tie;
 * - **groups**: with `groups > 1` rows are compared only within their group;
 * - **near duplicates**: pairs under `nearDeg` are counted and the closest listed.
 *
 * @example
 * ```ts
 * const s = angleStatistics({ data: new Float64Array([1, 0, 0, 0, 1, 1e-12]), shape: [3, 2] });
 * s.deadRows; // [1]
 * s.minAngleDeg; // 5.7e-11 (1e-12 rad), exact
 * ```
 * @throws {@link MMARegError} `NON_FINITE` (naming row and column), `EMPTY`, `BAD_SHAPE`,
 *   `BAD_OPTION` (groups that do not divide the rows, a negative threshold).
 */
export function angleStatistics(
  input: { readonly data: ArrayLike<number>; readonly shape: readonly number[] },
  options: AngleStatisticsOptions = {},
): AngleStatistics {
  const ctx = options.layer !== undefined ? { layer: options.layer } : {};
  const wrap = (e: unknown) => (e instanceof MMARegError ? e.withContext(ctx) : e);
  let rows: { data: Float64Array | Float32Array; n: number; d: number };
  try {
    rows = toRows(input.data, input.shape, options.layout ?? "rows");
  } catch (e) {
    throw wrap(e);
  }
  const { n, d } = rows;
  const x = rows.data;
  const threshold = options.threshold ?? 0.2;
  const absolute = options.absolute ?? true;
  const groups = options.groups ?? 1;
  const nearDeg = options.nearDeg ?? 0.01;
  const maxNear = options.maxNearPairs ?? 100;
  const bins = options.bins ?? 0;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new MMARegError("BAD_OPTION", `threshold must be a cosine in [0, 1], got ${threshold}`, ctx);
  }
  if (!(nearDeg >= 0 && nearDeg <= 180)) throw new MMARegError("BAD_OPTION", `nearDeg must be in [0, 180] degrees, got ${nearDeg}`, ctx);
  if (!Number.isInteger(maxNear) || maxNear < 0) throw new MMARegError("BAD_OPTION", `maxNearPairs must be a non-negative integer, got ${maxNear}`, ctx);
  if (!Number.isInteger(bins) || bins < 0) throw new MMARegError("BAD_OPTION", `bins must be a non-negative integer, got ${bins}`, ctx);
  if (!Number.isInteger(groups) || groups < 1 || n % groups !== 0) {
    throw new MMARegError("BAD_OPTION", `groups must be a positive integer dividing the ${n} rows, got ${groups}`, ctx);
  }
  if (n === 0 || d === 0) throw new MMARegError("EMPTY", `the matrix [${n}, ${d}] is empty: no rows to compare`, ctx);

  // unit rows (float64) and dead rows
  const unit = new Float64Array(n * d);
  const dead: number[] = [];
  const alive = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const off = i * d;
    let m = 0;
    for (let k = 0; k < d; k++) {
      const v = x[off + k] as number;
      if (!Number.isFinite(v)) {
        throw new MMARegError("NON_FINITE", `row ${i}, column ${k} is ${String(v)}: weights must be finite`, { ...ctx, row: i, column: k });
      }
      m = Math.max(m, Math.abs(v));
    }
    if (m === 0) {
      dead.push(i);
      continue;
    }
    alive[i] = 1;
    const s = scaleFor(m);
    let sq = 0;
    for (let k = 0; k < d; k++) sq += ((x[off + k] as number) * s) ** 2;
    const inv = 1 / Math.sqrt(sq);
    for (let k = 0; k < d; k++) unit[off + k] = (x[off + k] as number) * s * inv;
  }

  // per-row scale and double-double norm, for exact angles on the fly
  const tmp = new Float64Array(2);
  const scale = new Float64Array(n);
  const normHi = new Float64Array(n);
  const normLo = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!alive[i]) continue;
    scale[i] = rowScale(x, i * d, d);
    [normHi[i], normLo[i]] = ddNorm(x, i * d, d, scale[i]!, tmp);
  }
  const exact = (i: number, j: number) => pairAngleWith(x, d, i, j, scale[i]!, normHi[i]!, normLo[i]!, scale[j]!, normHi[j]!, normLo[j]!, tmp);

  // Two float64 cosines of unit rows differ from the true ones by at most ~(1.5 d + 4) u
  // each: a partner whose cosine is within tol of the best so far may be the nearest, and
  // is measured exactly. The exact minimum over every partner ever measured is the true
  // one (a partner left out is farther than one measured); memory stays linear in n.
  const tol = 4 * (d + 4) * U;
  const bestCos = new Float64Array(n).fill(-Infinity);
  const bestT = new Float64Array(n).fill(Infinity);
  const bestJ = new Int32Array(n).fill(-1);
  const consider = (i: number, j: number, c: number, t: number) => {
    if (t < bestT[i]! || (t === bestT[i]! && j < bestJ[i]!)) {
      bestT[i] = t;
      bestJ[i] = j;
    }
    if (c > bestCos[i]!) bestCos[i] = c;
  };
  const nearCos = Math.cos(nearDeg / DEG) - tol;
  let near: NearPair[] = [];
  let nearCount = 0;
  const nearRows = new Uint8Array(n);
  const counts = bins > 0 ? new Int32Array(bins) : null;
  let pairs = 0;
  let above = 0;
  const size = n / groups;
  const TILE = 64;
  for (let g = 0; g < groups; g++) {
    const lo = g * size;
    const hi = lo + size;
    for (let i0 = lo; i0 < hi; i0 += TILE) {
      const i1 = Math.min(hi, i0 + TILE);
      for (let j0 = i0; j0 < hi; j0 += TILE) {
        const j1 = Math.min(hi, j0 + TILE);
        for (let i = i0; i < i1; i++) {
          if (!alive[i]) continue;
          const oi = i * d;
          for (let j = Math.max(j0, i + 1); j < j1; j++) {
            if (!alive[j]) continue;
            const oj = j * d;
            // four partial sums: faster, and the cosine only ranks candidates (angles are exact)
            let c0 = 0;
            let c1 = 0;
            let c2 = 0;
            let c3 = 0;
            let k = 0;
            for (; k + 3 < d; k += 4) {
              c0 += unit[oi + k]! * unit[oj + k]!;
              c1 += unit[oi + k + 1]! * unit[oj + k + 1]!;
              c2 += unit[oi + k + 2]! * unit[oj + k + 2]!;
              c3 += unit[oi + k + 3]! * unit[oj + k + 3]!;
            }
            for (; k < d; k++) c0 += unit[oi + k]! * unit[oj + k]!;
            const c = c0 + c1 + (c2 + c3);
            pairs++;
            if ((absolute ? Math.abs(c) : c) > threshold) above++;
            if (counts) counts[Math.min(bins - 1, Math.max(0, Math.floor(((c + 1) / 2) * bins)))]!++;
            const forI = c >= bestCos[i]! - tol;
            const forJ = c >= bestCos[j]! - tol;
            const isNear = c >= nearCos;
            if (!forI && !forJ && !isNear) continue;
            const t = exact(i, j);
            if (forI) consider(i, j, c, t);
            if (forJ) consider(j, i, c, t);
            if (isNear && t * DEG < nearDeg) {
              nearCount++;
              nearRows[i] = 1;
              nearRows[j] = 1;
              near.push({ i, j, angleDeg: t * DEG });
              if (near.length > 4 * maxNear + 64) {
                near.sort(byAngle);
                near = near.slice(0, maxNear);
              }
            }
          }
        }
      }
    }
  }

  const nearestDeg = new Float64Array(n).fill(Number.NaN);
  const nearestIndex = new Int32Array(n).fill(-1);
  let min = Infinity;
  let minPair: [number, number] | null = null;
  let sum = 0;
  let withPartner = 0;
  for (let i = 0; i < n; i++) {
    if (bestJ[i]! < 0) continue;
    const deg = bestT[i]! * DEG;
    nearestDeg[i] = deg;
    nearestIndex[i] = bestJ[i]!;
    sum += deg;
    withPartner++;
    const p: [number, number] = i < bestJ[i]! ? [i, bestJ[i]!] : [bestJ[i]!, i];
    if (deg < min || (deg === min && minPair && (p[0] < minPair[0] || (p[0] === minPair[0] && p[1] < minPair[1])))) {
      min = deg;
      minPair = p;
    }
  }
  near.sort(byAngle);
  let rowsWithNear = 0;
  for (const r of nearRows) rowsWithNear += r;

  return {
    n,
    d,
    live: n - dead.length,
    deadRows: dead,
    groups,
    minAngleDeg: minPair ? min : null,
    minPair,
    meanNearestDeg: withPartner > 0 ? sum / withPartner : null,
    nearestDeg,
    nearestIndex,
    pairs,
    pairsAbove: above,
    threshold,
    nearDeg,
    nearPairCount: nearCount,
    rowsWithNear,
    nearPairs: near.slice(0, maxNear),
    cosineHistogram: counts ? { edges: Float64Array.from({ length: bins + 1 }, (_, k) => -1 + (2 * k) / bins), counts } : null,
  };
}

/**
 * The cosine matrix of the first `rows` rows (row-major `rows x rows`, `NaN` where a row is
 * dead): the paper's Fig. 1 heatmap, capped so it stays small.
 *
 * @example
 * ```ts
 * const { size, cos } = cosineBlock({ data: w, shape: [512, 64] }, { rows: 256 });
 * // size 256, cos.length 65536
 * ```
 * @throws {@link MMARegError} as {@link angleStatistics}.
 */
export function cosineBlock(
  input: { readonly data: ArrayLike<number>; readonly shape: readonly number[] },
  options: { layout?: Layout; rows?: number } = {},
): { size: number; cos: Float64Array } {
  const { data, n, d } = toRows(input.data, input.shape, options.layout ?? "rows");
  const m = Math.min(n, options.rows ?? 256);
  const unit = new Float64Array(m * d);
  const ok = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    let sq = 0;
    let mx = 0;
    for (let k = 0; k < d; k++) mx = Math.max(mx, Math.abs(data[i * d + k] as number));
    if (!(mx > 0) || !Number.isFinite(mx)) continue;
    const s = scaleFor(mx);
    for (let k = 0; k < d; k++) sq += ((data[i * d + k] as number) * s) ** 2;
    const inv = 1 / Math.sqrt(sq);
    for (let k = 0; k < d; k++) unit[i * d + k] = (data[i * d + k] as number) * s * inv;
    ok[i] = 1;
  }
  const cos = new Float64Array(m * m).fill(Number.NaN);
  for (let i = 0; i < m; i++) {
    if (!ok[i]) continue;
    for (let j = i; j < m; j++) {
      if (!ok[j]) continue;
      let c = 0;
      for (let k = 0; k < d; k++) c += unit[i * d + k]! * unit[j * d + k]!;
      cos[i * m + j] = c;
      cos[j * m + i] = c;
    }
  }
  return { size: m, cos };
}
