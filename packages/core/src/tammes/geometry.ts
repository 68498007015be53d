/**
 * Plain float64 geometry of point sets on the unit sphere, used by the Tammes solver's
 * refinement and its reports. These run on JS arrays, not on a backend: they need
 * per-pair control flow (neighbour lists, early exits) that the backend contract does not
 * express, and they are cheap next to the SGD phase.
 *
 * @module
 */
import { MMARegError } from "../errors.js";

const DEG = 180 / Math.PI;

/** The closest pair of a point set: its angle and the two row indices. */
export interface ClosestPair {
  /** The minimal pairwise angle in radians. */
  angle: number;
  /** The minimal pairwise angle in degrees. */
  angleDeg: number;
  /** Lower row index of the closest pair. */
  i: number;
  /** Higher row index of the closest pair. */
  j: number;
}

/**
 * Scale every row of `[n, d]` row-major `points` to unit length, in place.
 *
 * @throws {@link MMARegError} `ZERO_ROW` for a row of norm 0 and `NON_FINITE` for a NaN or
 * infinite entry (the direction of such a row is undefined).
 * @example
 * ```ts
 * const p = new Float64Array([3, 4, 0, 2]);
 * normalizeRowsInPlace(p, 2, 2); // p = [0.6, 0.8, 0, 1]
 * ```
 */
export function normalizeRowsInPlace(points: Float64Array, n: number, d: number): Float64Array {
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let s = 0;
    for (let k = 0; k < d; k++) s += (points[o + k] as number) ** 2;
    if (!Number.isFinite(s)) {
      throw new MMARegError("NON_FINITE", `point ${i} has a non-finite coordinate: pass finite coordinates`, { row: i });
    }
    if (s === 0) throw new MMARegError("ZERO_ROW", `point ${i} is the zero vector: it has no direction on the sphere`, { row: i });
    const inv = 1 / Math.sqrt(s);
    for (let k = 0; k < d; k++) points[o + k] = (points[o + k] as number) * inv;
  }
  return points;
}

/**
 * The exact angle between unit rows `i` and `j`: `2 atan2(|u_i - u_j|, |u_i + u_j|)`,
 * accurate at every angle (an `acos` of a rounded cosine loses half the digits near 0).
 */
export function pairAngle(u: ArrayLike<number>, d: number, i: number, j: number): number {
  let a = 0;
  let b = 0;
  const oi = i * d;
  const oj = j * d;
  for (let k = 0; k < d; k++) {
    const x = u[oi + k] as number;
    const y = u[oj + k] as number;
    a += (x - y) * (x - y);
    b += (x + y) * (x + y);
  }
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(b));
}

/** `|u_i - u_j|^2` for the rows at offsets `oi` and `oj`. */
function chordSq(u: ArrayLike<number>, oi: number, oj: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) {
    const t = (u[oi + k] as number) - (u[oj + k] as number);
    s += t * t;
  }
  return s;
}

/**
 * The closest pair of `n` unit rows (`[n, d]` row-major): the pair with the smallest chord
 * `|u_i - u_j|` (lowest indices on ties), and its exact angle. O(n² d), no allocation.
 *
 * @returns `null` for fewer than two points.
 * @example
 * ```ts
 * closestPair(new Float64Array([1, 0, 0, 1, -1, 0]), 3, 2)?.angleDeg; // 90
 * ```
 */
export function closestPair(u: ArrayLike<number>, n: number, d: number): ClosestPair | null {
  if (n < 2) return null;
  let best = Infinity;
  let bi = 0;
  let bj = 1;
  for (let i = 0; i < n; i++) {
    const oi = i * d;
    for (let j = i + 1; j < n; j++) {
      const s = chordSq(u, oi, j * d, d);
      if (s < best) {
        best = s;
        bi = i;
        bj = j;
      }
    }
  }
  const angle = pairAngle(u, d, bi, bj);
  return { angle, angleDeg: angle * DEG, i: bi, j: bj };
}

/**
 * The minimal pairwise angle of `n` unit rows, in degrees (`null` for fewer than two).
 *
 * @example
 * ```ts
 * minimalAngleDeg(regularSimplex(4, 3), 4, 3); // 109.47122063449069
 * ```
 */
export function minimalAngleDeg(u: ArrayLike<number>, n: number, d: number): number | null {
  return closestPair(u, n, d)?.angleDeg ?? null;
}

/**
 * For every unit row, the exact angle in degrees to its nearest other row (the data of
 * a nearest-neighbour histogram). Empty for fewer than two points.
 *
 * @example
 * ```ts
 * nearestAnglesDeg(new Float64Array([1, 0, 0, 1, -1, 0]), 3, 2); // [90, 90, 90]
 * ```
 */
export function nearestAnglesDeg(u: ArrayLike<number>, n: number, d: number): Float64Array {
  if (n < 2) return new Float64Array(0);
  const best = new Float64Array(n).fill(Infinity);
  const arg = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const oi = i * d;
    for (let j = i + 1; j < n; j++) {
      const s = chordSq(u, oi, j * d, d);
      if (s < (best[i] as number)) {
        best[i] = s;
        arg[i] = j;
      }
      if (s < (best[j] as number)) {
        best[j] = s;
        arg[j] = i;
      }
    }
  }
  return Float64Array.from(best, (_, i) => pairAngle(u, d, i, arg[i] as number) * DEG);
}
