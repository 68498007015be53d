/**
 * The O(n d) loss and gradient of cached pairs in one tight loop on the host, for the
 * tfjs backends that keep tensors in host memory (cpu, wasm): there a read of the weight
 * is a copy, and a few passes in plain JavaScript replace the ~60 small tfjs kernels
 * (transposes, normalization, gather, pair angles, scatter, the normalization's backward
 * pass), each one a dispatch, an allocation and a pass over the data.
 *
 * The weight is read in its stored layout, no transpose: `columns` for a kernel whose
 * neurons are the last axis (`dense` `[in, out]`, `conv-hwio`, `depthwise-hwcm`: row `j`
 * of the regularized matrix is column `j` of the `[d, n]` data), `rows` for `[n, d]` data.
 * Sums are taken in float64; the gradient comes back in the weight's own layout.
 *
 * @module
 */

/** How the regularized rows lie in the weight's data. */
export type HostLayout = "columns" | "rows";

/** Below this squared sine a pair counts as degenerate (as in the tfjs `pairAngles`). */
const TINY_SQUARED = 1e-36;

/** The loss and the gradient (in the weight's layout) of {@link hostPairLoss}. */
export interface HostPairResult {
  loss: number;
  grad: Float32Array;
}

/**
 * Exact-mode MMA (`-(1/n) sum_i theta(i, p_i)`, `theta = 2 atan2(|u - v|, |u + v|)`) or
 * cosine (`(1/n) sum_i cos(i, p_i)`, a self pair counting `-1` as in core's
 * `cosineLossForPairs`) of the fixed pairs `index`, and the gradient with respect to the
 * raw weight: the formulas of core's `mmaLossForPairs` / `cosineLossForPairs` (the tangent
 * form of the angle's gradient, a degenerate pair getting 0), in two passes over the data:
 *
 * 1. the squared norms and the pair dot products, in float64, so `|u -+ v|^2 = 2 -+ 2 cos`
 *    loses at most about 1e-16 absolute; where that is not accurate to float32 (pairs
 *    within about 0.6 degrees of each other or of antipodal) the two sums are taken again
 *    from explicit differences of the unit rows, as the tfjs kernel does;
 * 2. the gradient of the unit rows, one feature at a time, and the normalization's
 *    backward pass `(g - u (u . g)) / |w|`, whose `u . g` needs no pass: it is 0 for
 *    MMA's tangent vectors and follows from the pair cosines for the cosine loss.
 *
 * @param data - the weight's values (`n * d`).
 * @param n - rows of the regularized matrix.
 * @param d - their length.
 * @param layout - `columns` (`[d, n]` data) or `rows` (`[n, d]`).
 * @param index - `[n]` the partner of each row.
 * @param loss - `mma` or `cosine`.
 * @param out - where to write the gradient (`columns` layout, `n * d` values); a new array when absent.
 */
export function hostPairLoss(data: Float32Array, n: number, d: number, layout: HostLayout, index: Int32Array, loss: "mma" | "cosine", out?: Float32Array): HostPairResult {
  if (layout === "rows") {
    // [n, d]: run on the [d, n] transpose (a copy each way; tf.layers kernels are columns)
    const r = hostPairLoss(transpose(data, n, d), n, d, "columns", index, loss);
    return { loss: r.loss, grad: transpose(r.grad, d, n) };
  }
  const grad = out && out.length === n * d ? out : new Float32Array(n * d);
  if (n < 2) return { loss: 0, grad: grad.fill(0) };
  const mma = loss === "mma";
  // pass 1: squared norms and pair dot products (feature k of row j is data[k n + j]),
  // four features per sweep over the rows (a quarter of the float64 accumulator traffic)
  const ss = new Float64Array(n);
  const dot = new Float64Array(n);
  let k0 = 0;
  for (; k0 + 4 <= d; k0 += 4) {
    const b0 = k0 * n;
    const b1 = b0 + n;
    const b2 = b1 + n;
    const b3 = b2 + n;
    for (let j = 0; j < n; j++) {
      const p = index[j] as number;
      const x0 = data[b0 + j] as number;
      const x1 = data[b1 + j] as number;
      const x2 = data[b2 + j] as number;
      const x3 = data[b3 + j] as number;
      ss[j] = (ss[j] as number) + (x0 * x0 + x1 * x1 + x2 * x2 + x3 * x3);
      dot[j] = (dot[j] as number) + (x0 * (data[b0 + p] as number) + x1 * (data[b1 + p] as number) + x2 * (data[b2 + p] as number) + x3 * (data[b3 + p] as number));
    }
  }
  for (let k = k0; k < d; k++) {
    const base = k * n;
    for (let j = 0; j < n; j++) {
      const x = data[base + j] as number;
      ss[j] = (ss[j] as number) + x * x;
      dot[j] = (dot[j] as number) + x * (data[base + (index[j] as number)] as number);
    }
  }
  const inv = new Float64Array(n);
  for (let j = 0; j < n; j++) inv[j] = 1 / Math.sqrt(ss[j] as number);
  // per pair coefficients of the unit-row gradient g (with the loss's 1/n):
  //   mma:    g_j += cs (u_j - v_j) - ch u_j,   g_p -= cs (u_j - v_j) + ch v_j
  //   cosine: g_j += cs v_j (ch u_j for a self pair),   g_p += cs u_j
  // and u . g per row: 0 for mma (tangent vectors); for cosine c_j / n from row j's own
  // term and from each row that picked j, -2 / n for a self pair
  const cs = new Float64Array(n);
  const ch = new Float64Array(n);
  const ug = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const p = index[j] as number;
    const c = (dot[j] as number) * (inv[j] as number) * (inv[p] as number);
    if (mma) {
      // |u - v|^2 = 2 - 2c, |u + v|^2 = 2 + 2c; near 0 or 180 degrees from explicit differences
      // (a self pair: angle 0, gradient 0, as in core)
      let a = p === j ? 0 : Math.max(0, 2 - 2 * c);
      let b = p === j ? 4 : Math.max(0, 2 + 2 * c);
      if (p !== j && (a < NEAR || b < NEAR)) [a, b] = explicitSums(data, n, d, j, p, inv);
      total += 2 * Math.atan2(Math.sqrt(a), Math.sqrt(b));
      const sine = (2 * Math.sqrt(a * b)) / (a + b);
      const rho = sine / Math.max(sine * sine, TINY_SQUARED);
      cs[j] = (-1 / n) * rho;
      ch[j] = (-1 / n) * a * 0.5 * rho;
    } else if (p === j) {
      total -= c;
      ch[j] = -2 / n;
      ug[j] = (ug[j] as number) - 2 / n;
    } else {
      total += c;
      cs[j] = 1 / n;
      ug[j] = (ug[j] as number) + c / n;
      ug[p] = (ug[p] as number) + c / n;
    }
  }
  // pass 2: with x the raw data and w_j = cs_j / (|w_j| |w_p|) (signed: - for mma, + for
  // cosine), the gradient of the raw row j, the normalization's backward pass included, is
  //   grad_j = a_j x_j + w_j x_{p_j} + sum_{i : p_i = j} w_i x_i
  // with a per-row a_j: mma (cs_j - ch_j + sum_{i : p_i = j} (cs_i - ch_i)) / |w_j|^2,
  // cosine (ch_j - u_j . g_j) / |w_j|^2; per feature one gather and one scatter within a
  // row of the data, summed in float64
  const a = new Float64Array(n);
  const w = new Float64Array(n);
  const sign = mma ? -1 : 1;
  for (let j = 0; j < n; j++) {
    const p = index[j] as number;
    const ij = inv[j] as number;
    w[j] = sign * (cs[j] as number) * ij * (inv[p] as number);
    if (mma) {
      const e = (cs[j] as number) - (ch[j] as number);
      a[j] = (a[j] as number) + e * ij * ij;
      if (p !== j) a[p] = (a[p] as number) + e * (inv[p] as number) * (inv[p] as number);
    } else {
      a[j] = ((ch[j] as number) - (ug[j] as number)) * ij * ij;
    }
  }
  // four features per sweep, their float64 sums interleaved (g[4 j + f]) so that a
  // row's four sums share a cache line
  const g = new Float64Array(4 * n);
  k0 = 0;
  for (; k0 + 4 <= d; k0 += 4) {
    const b0 = k0 * n;
    const b1 = b0 + n;
    const b2 = b1 + n;
    const b3 = b2 + n;
    for (let j = 0; j < n; j++) {
      const p = index[j] as number;
      const aj = a[j] as number;
      const wj = w[j] as number;
      const q = 4 * j;
      g[q] = aj * (data[b0 + j] as number) + wj * (data[b0 + p] as number);
      g[q + 1] = aj * (data[b1 + j] as number) + wj * (data[b1 + p] as number);
      g[q + 2] = aj * (data[b2 + j] as number) + wj * (data[b2 + p] as number);
      g[q + 3] = aj * (data[b3 + j] as number) + wj * (data[b3 + p] as number);
    }
    for (let j = 0; j < n; j++) {
      const p = index[j] as number;
      if (p === j) continue;
      const wj = w[j] as number;
      const q = 4 * p;
      g[q] = (g[q] as number) + wj * (data[b0 + j] as number);
      g[q + 1] = (g[q + 1] as number) + wj * (data[b1 + j] as number);
      g[q + 2] = (g[q + 2] as number) + wj * (data[b2 + j] as number);
      g[q + 3] = (g[q + 3] as number) + wj * (data[b3 + j] as number);
    }
    for (let j = 0; j < n; j++) {
      const q = 4 * j;
      grad[b0 + j] = g[q] as number;
      grad[b1 + j] = g[q + 1] as number;
      grad[b2 + j] = g[q + 2] as number;
      grad[b3 + j] = g[q + 3] as number;
    }
  }
  for (let k = k0; k < d; k++) {
    const base = k * n;
    for (let j = 0; j < n; j++) g[j] = (a[j] as number) * (data[base + j] as number) + (w[j] as number) * (data[base + (index[j] as number)] as number);
    for (let j = 0; j < n; j++) {
      const p = index[j] as number;
      if (p !== j) g[p] = (g[p] as number) + (w[j] as number) * (data[base + j] as number);
    }
    for (let j = 0; j < n; j++) grad[base + j] = g[j] as number;
  }
  return { loss: mma ? -total / n : total / n, grad };
}

/** `[rows, cols]` row-major data as `[cols, rows]`. */
function transpose(a: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = a[r * cols + c] as number;
  return out;
}

/** Below this `|u -+ v|^2` (about 0.6 degrees) the sums come from explicit differences. */
const NEAR = 1e-4;

/** `|u - v|^2` and `|u + v|^2` of pair (j, p) of `[d, n]` data from explicit differences of the unit rows. */
function explicitSums(data: Float32Array, n: number, d: number, j: number, p: number, inv: Float64Array): [number, number] {
  let a = 0;
  let b = 0;
  const ij = inv[j] as number;
  const ip = inv[p] as number;
  for (let k = 0; k < d; k++) {
    const u = (data[k * n + j] as number) * ij;
    const v = (data[k * n + p] as number) * ip;
    a += (u - v) * (u - v);
    b += (u + v) * (u + v);
  }
  return [a, b];
}

/**
 * What a host search keeps between refreshes of one weight: the unit rows and their
 * cosines at the last full search, and the pairs of the last search of any kind.
 */
export interface HostSearchState {
  n: number;
  d: number;
  /** `[d, n]` unit rows (as columns) at the last full search. */
  ref: Float32Array;
  /** `[n, n]` their cosines (the Gram matrix), row-major. */
  gram: Float32Array;
  /** The partners found by the last search. */
  index: Int32Array;
  /** A buffer of `n * d` for the next search's unit rows (the previous ones, no longer needed), if any. */
  spare?: Float32Array;
}

/** `[d, n]` unit rows as columns (float32) of a weight's data in either layout (written into `out` when it has `n * d` values). */
export function unitColumns(data: Float32Array, n: number, d: number, layout: HostLayout, out?: Float32Array): Float32Array {
  const cols = layout === "columns" ? data : transpose(data, n, d);
  const ss = new Float64Array(n);
  let k0 = 0;
  for (; k0 + 4 <= d; k0 += 4) {
    const b0 = k0 * n;
    const b1 = b0 + n;
    const b2 = b1 + n;
    const b3 = b2 + n;
    for (let j = 0; j < n; j++) {
      const x0 = cols[b0 + j] as number;
      const x1 = cols[b1 + j] as number;
      const x2 = cols[b2 + j] as number;
      const x3 = cols[b3 + j] as number;
      ss[j] = (ss[j] as number) + (x0 * x0 + x1 * x1 + x2 * x2 + x3 * x3);
    }
  }
  for (let k = k0; k < d; k++) {
    const base = k * n;
    for (let j = 0; j < n; j++) {
      const x = cols[base + j] as number;
      ss[j] = (ss[j] as number) + x * x;
    }
  }
  const inv = new Float64Array(n);
  for (let j = 0; j < n; j++) inv[j] = 1 / Math.sqrt(ss[j] as number);
  const unit = out && out.length === n * d ? out : new Float32Array(n * d);
  for (let k = 0; k < d; k++) {
    const base = k * n;
    for (let j = 0; j < n; j++) unit[base + j] = (cols[base + j] as number) * (inv[j] as number);
  }
  return unit;
}

/**
 * Each row's nearest other row (largest cosine, the lowest index on ties) from `rows`
 * rows of a row-major Gram block whose first row is row `offset`; written into `out`.
 */
export function scanGram(block: Float32Array, n: number, offset: number, rows: number, out: Int32Array): void {
  for (let r = 0; r < rows; r++) {
    const i = offset + r;
    const base = r * n;
    let best = -Infinity;
    let at = i === 0 ? 1 : 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const c = block[base + j] as number;
      if (c > best) {
        best = c;
        at = j;
      }
    }
    out[i] = at;
  }
}

/** Per row `j` of `[d, n]` columns, the angle `2 atan2(|a_j - b_p|, |a_j + b_p|)` to row `p = partner[j]` of `b` (or row `j` without `partner`). */
function columnAngles(a: Float32Array, b: Float32Array, n: number, d: number, partner?: Int32Array): Float64Array {
  const m = new Float64Array(n);
  const s = new Float64Array(n);
  // four features per sweep over the rows, as in hostPairLoss
  let k0 = 0;
  for (; k0 + 4 <= d; k0 += 4) {
    const b0 = k0 * n;
    const b1 = b0 + n;
    const b2 = b1 + n;
    const b3 = b2 + n;
    for (let j = 0; j < n; j++) {
      const p = partner ? (partner[j] as number) : j;
      const x0 = a[b0 + j] as number;
      const x1 = a[b1 + j] as number;
      const x2 = a[b2 + j] as number;
      const x3 = a[b3 + j] as number;
      const y0 = b[b0 + p] as number;
      const y1 = b[b1 + p] as number;
      const y2 = b[b2 + p] as number;
      const y3 = b[b3 + p] as number;
      m[j] = (m[j] as number) + ((x0 - y0) * (x0 - y0) + (x1 - y1) * (x1 - y1) + (x2 - y2) * (x2 - y2) + (x3 - y3) * (x3 - y3));
      s[j] = (s[j] as number) + ((x0 + y0) * (x0 + y0) + (x1 + y1) * (x1 + y1) + (x2 + y2) * (x2 + y2) + (x3 + y3) * (x3 + y3));
    }
  }
  for (let k = k0; k < d; k++) {
    const base = k * n;
    for (let j = 0; j < n; j++) {
      const x = a[base + j] as number;
      const y = b[base + (partner ? (partner[j] as number) : j)] as number;
      m[j] = (m[j] as number) + (x - y) * (x - y);
      s[j] = (s[j] as number) + (x + y) * (x + y);
    }
  }
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) out[j] = 2 * Math.atan2(Math.sqrt(m[j] as number), Math.sqrt(s[j] as number));
  return out;
}

/** Slack on the cosine bound: covers the float32 rounding of the stored Gram entries. */
const COS_SLACK = 1e-5;

/**
 * The exact nearest neighbours of the unit rows `unit` (`[d, n]` columns) without a Gram
 * product, from the state of the last full search, or `null` when that would check more
 * than `budget` candidate pairs (the caller then runs a full search).
 *
 * Why it is exact: on the sphere `theta(i, j) >= theta0(i, j) - delta_i - delta_j`, where
 * `theta0` is the angle at the last full search and `delta` how far each row has turned
 * since. The row's nearest neighbour `j` is at most as far as its previous partner `q`,
 * so `theta0(i, j) <= theta(i, q) + delta_i + delta_j`: only the rows within that bound
 * in the stored Gram matrix (a cosine test against the largest `delta` first, then the
 * angle test with `delta_j`, both with a slack for the float32 rounding of the stored
 * cosines) are candidates, and their cosines are recomputed in float64. Ties go to the
 * lowest index.
 * Cost: three passes over the rows and one over the `n x n` stored cosines, plus `d`
 * products per candidate.
 */
export function boundedSearch(state: HostSearchState, unit: Float32Array, budget: number): Int32Array | null {
  const { n, d, ref, gram, index: previous } = state;
  const delta = columnAngles(unit, ref, n, d);
  let maxDelta = 0;
  for (let i = 0; i < n; i++) maxDelta = Math.max(maxDelta, delta[i] as number);
  const toPrevious = columnAngles(unit, unit, n, d, previous);
  const cosDelta = new Float64Array(n);
  const sinDelta = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    cosDelta[j] = Math.cos(delta[j] as number);
    sinDelta[j] = Math.sin(delta[j] as number);
  }
  // the candidate pairs (i, j), j ascending per i
  const ci: number[] = [];
  const cj: number[] = [];
  for (let i = 0; i < n; i++) {
    const own = (toPrevious[i] as number) + (delta[i] as number);
    const reach = own + maxDelta;
    const threshold = reach >= Math.PI ? -Infinity : Math.cos(reach) - COS_SLACK;
    const cosOwn = Math.cos(own);
    const sinOwn = Math.sin(own);
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const g = gram[base + j] as number;
      if (j === i || g < threshold) continue;
      // the bound with row j's own turn instead of the largest one: skip j when
      // acos(g + slack) > own + delta_j, i.e. (below pi) g + slack < cos(own + delta_j),
      // the cosine from the angle-addition formula (no acos per entry), less a margin for
      // its rounding, so the test stays conservative
      if (own + (delta[j] as number) < Math.PI && g + COS_SLACK < cosOwn * (cosDelta[j] as number) - sinOwn * (sinDelta[j] as number) - 1e-12) continue;
      if (ci.length >= budget) return null;
      ci.push(i);
      cj.push(j);
    }
  }
  // their cosines in float64, one pass over the rows
  const count = ci.length;
  const pi = Int32Array.from(ci);
  const pj = Int32Array.from(cj);
  const dots = new Float64Array(count);
  for (let k = 0; k < d; k++) {
    const base = k * n;
    for (let c = 0; c < count; c++) dots[c] = (dots[c] as number) + (unit[base + (pi[c] as number)] as number) * (unit[base + (pj[c] as number)] as number);
  }
  const out = Int32Array.from(previous);
  const best = new Float64Array(n).fill(-Infinity);
  for (let c = 0; c < count; c++) {
    const i = pi[c] as number;
    if ((dots[c] as number) > (best[i] as number)) {
      best[i] = dots[c] as number;
      out[i] = pj[c] as number;
    }
  }
  return out;
}
