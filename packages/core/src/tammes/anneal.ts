import { fastExp } from "./fastExp.js";
import { PairList } from "./pairList.js";

/** The step rule of {@link annealSoftMax}. */
export type AnnealOptimizer = "adam" | "heavy-ball";

/** One annealing run: a temperature and a step size, both swept geometrically. */
export interface AnnealOptions {
  /** Iterations of the sweep. */
  iterations: number;
  /** Start and end of the sharpness `tau` (the temperature is `t = tau / (1 - c_max)`). */
  tau: readonly [number, number];
  /** Start and end of the step size (radians per coordinate for Adam, of the largest move for heavy-ball). */
  lr: readonly [number, number];
  /** `adam` (per-coordinate steps) or `heavy-ball` (momentum, largest point move = lr). */
  optimizer: AnnealOptimizer;
  /** Heavy-ball momentum (default 0.95). */
  momentum?: number;
  /** Pairs whose weight is below `exp(-span)` are skipped (default 30). */
  span?: number;
}

/** What one annealing run did. */
export interface AnnealResult {
  /** The smallest maximal cosine seen; the rows hold that iterate. */
  maxCos: number;
  /** Neighbour-list builds (a measure of the O(n² d) work). */
  builds: number;
}

const ADAM_B1 = 0.9;
const ADAM_B2 = 0.999;
const ADAM_EPS = 1e-12;

/**
 * Anneal a smooth maximum of the pairwise cosines of unit rows `u` (`[n, d]`, in place):
 * minimize `F = (1/t) log sum_{i<j} exp(t c_ij)` with a temperature that tracks the
 * current worst pair, `t = tau / (1 - c_max)`, while `tau` grows geometrically. At small
 * `tau` this is a short-range repulsion that spreads the points; at large `tau` it is the
 * Tammes objective `max c_ij` itself. The gradient of `F` for row `i` is the
 * softmax-weighted sum of its neighbours, with the radial part removed; after each step
 * the rows are renormalized. Pairs with weight below `exp(-span)` are skipped, so a Verlet
 * neighbour list ({@link PairList}) makes an iteration cost O(pairs in range), not O(n²).
 *
 * Leaves in `u` the iterate with the smallest `c_max` seen (the largest minimal angle).
 *
 * @example
 * ```ts
 * const u = normalizeRowsInPlace(gaussianMatrix(30, 3, 1), 30, 3);
 * annealSoftMax(u, 30, 3, { iterations: 2500, tau: [3, 1e4], lr: [1e-2, 1e-5], optimizer: "adam" });
 * ```
 */
export function annealSoftMax(u: Float64Array, n: number, d: number, options: AnnealOptions): AnnealResult {
  const { iterations, optimizer } = options;
  const [tau0, tau1] = options.tau;
  const [lr0, lr1] = options.lr;
  const span = options.span ?? 30;
  const momentum = options.momentum ?? 0.95;
  const m = new Float64Array(n * d);
  const v = new Float64Array(n * d);
  const g = new Float64Array(n * d);
  const best = u.slice();
  let bestCos = Infinity;
  const list = new PairList(n);
  let previous = NaN;
  let b1t = 1;
  let b2t = 1;
  for (let it = 0; it <= iterations; it++) {
    const f = iterations > 0 ? it / iterations : 1;
    const tau = tau0 * (tau1 / tau0) ** f;
    const lr = lr0 * (lr1 / lr0) ** f;
    const cmax = refreshList(list, u, n, d, previous, tau, span, 20 * lr * Math.sqrt(d));
    previous = cmax;
    if (cmax < bestCos) {
      bestCos = cmax;
      best.set(u);
    }
    if (it === iterations) break;
    const t = tau / Math.max(1 - cmax, 1e-12);
    g.fill(0);
    const z = softMaxGradient(list, u, d, g, t, cmax, cmax - span / t);
    let move: number;
    if (optimizer === "adam") {
      b1t *= ADAM_B1;
      b2t *= ADAM_B2;
      move = adamStep(u, n, d, g, m, v, 1 / z, lr, 1 / (1 - b1t), 1 / (1 - b2t));
    } else {
      move = heavyBallStep(u, n, d, g, m, lr, momentum);
    }
    list.drift += move;
  }
  u.set(best);
  return { maxCos: bestCos, builds: list.builds };
}

/**
 * Make `list` hold every pair within the weight window of the coming iteration, and
 * return the current maximal cosine. The window is `c >= c_max - span (1 - c_max) / tau`;
 * the list is built with a margin of half a window or `slack` (about 20 steps of the
 * fastest row), whichever is larger, so that it survives many steps.
 */
function refreshList(list: PairList, u: Float64Array, n: number, d: number, previous: number, tau: number, span: number, slack: number): number {
  if (Number.isNaN(previous)) list.build(u, n, d, -Infinity);
  else {
    const w = (span * (1 - previous)) / tau;
    const need = previous - w;
    const margin = Math.max(0.5 * w, slack);
    // rebuild when the list may miss a pair, or when it is much wider than needed (and a
    // rebuild would not take every pair again)
    const loose = list.threshold < need - 4 * margin - 0.02 && need - margin > -1;
    if (!list.covers(need) || loose) list.build(u, n, d, need - margin);
  }
  for (;;) {
    const cmax = list.cosines(u, d);
    const w = (span * (1 - cmax)) / tau;
    if (list.covers(cmax - w)) return cmax;
    list.build(u, n, d, cmax - w - Math.max(0.5 * w, slack));
  }
}

/** Accumulate `g_i += w_ij u_j`, `g_j += w_ij u_i` over listed pairs above `cut`; returns `sum w_ij`. */
function softMaxGradient(list: PairList, u: Float64Array, d: number, g: Float64Array, t: number, cmax: number, cut: number): number {
  const { first, second, cos, size } = list;
  let z = 0;
  for (let p = 0; p < size; p++) {
    const c = cos[p] as number;
    if (c < cut) continue;
    const w = fastExp(t * (c - cmax));
    z += w;
    const oi = (first[p] as number) * d;
    const oj = (second[p] as number) * d;
    for (let k = 0; k < d; k++) {
      g[oi + k] = (g[oi + k] as number) + w * (u[oj + k] as number);
      g[oj + k] = (g[oj + k] as number) + w * (u[oi + k] as number);
    }
  }
  return z;
}

/** One Adam step on the tangent gradient `g / z`, then renormalize; returns the largest row move. */
function adamStep(u: Float64Array, n: number, d: number, g: Float64Array, m: Float64Array, v: Float64Array, invZ: number, lr: number, c1: number, c2: number): number {
  let maxMove = 0;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let radial = 0;
    for (let k = 0; k < d; k++) radial += (g[o + k] as number) * (u[o + k] as number);
    let norm = 0;
    for (let k = 0; k < d; k++) {
      const gk = ((g[o + k] as number) - radial * (u[o + k] as number)) * invZ;
      const mk = ADAM_B1 * (m[o + k] as number) + (1 - ADAM_B1) * gk;
      const vk = ADAM_B2 * (v[o + k] as number) + (1 - ADAM_B2) * gk * gk;
      m[o + k] = mk;
      v[o + k] = vk;
      const x = (u[o + k] as number) - (lr * mk * c1) / (Math.sqrt(vk * c2) + ADAM_EPS);
      g[o + k] = x;
      norm += x * x;
    }
    maxMove = Math.max(maxMove, renormalizeInto(u, g, o, d, 1 / Math.sqrt(norm)));
  }
  return maxMove;
}

/**
 * One heavy-ball step: `m = momentum m + tangent(g)`, scaled so that the row with the
 * largest `|m_i|` moves by `lr`; then renormalize. Returns the largest row move.
 */
function heavyBallStep(u: Float64Array, n: number, d: number, g: Float64Array, m: Float64Array, lr: number, momentum: number): number {
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let radial = 0;
    for (let k = 0; k < d; k++) radial += (g[o + k] as number) * (u[o + k] as number);
    let s = 0;
    for (let k = 0; k < d; k++) {
      const mk = momentum * (m[o + k] as number) + (g[o + k] as number) - radial * (u[o + k] as number);
      m[o + k] = mk;
      s += mk * mk;
    }
    if (s > largest) largest = s;
  }
  const scale = largest > 0 ? lr / Math.sqrt(largest) : 0;
  let maxMove = 0;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let norm = 0;
    for (let k = 0; k < d; k++) {
      const x = (u[o + k] as number) - scale * (m[o + k] as number);
      g[o + k] = x;
      norm += x * x;
    }
    maxMove = Math.max(maxMove, renormalizeInto(u, g, o, d, 1 / Math.sqrt(norm)));
  }
  return maxMove;
}

/** `u_i = x_i * inv` for the row at offset `o`; returns `|u_i(new) - u_i(old)|`. */
function renormalizeInto(u: Float64Array, x: Float64Array, o: number, d: number, inv: number): number {
  let move = 0;
  for (let k = 0; k < d; k++) {
    const y = (x[o + k] as number) * inv;
    const dy = y - (u[o + k] as number);
    move += dy * dy;
    u[o + k] = y;
  }
  return Math.sqrt(move);
}
