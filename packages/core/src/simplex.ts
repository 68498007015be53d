import { MMARegError } from "./errors.js";

/**
 * The angle (radians) between any two of `n` points of the regular simplex, the exact
 * Tammes optimum when `d >= n - 1` (paper eq. 4): `acos(-1 / (n - 1))`.
 *
 * @example
 * ```ts
 * simplexAngle(4) * 180 / Math.PI; // 109.47122063449069
 * ```
 */
export function simplexAngle(n: number): number {
  if (!Number.isInteger(n) || n < 2) throw new MMARegError("BAD_OPTION", `the simplex angle needs n >= 2 points, got ${n}`);
  return Math.acos(-1 / (n - 1));
}

/**
 * The vertices of a regular simplex: `n` unit rows in `R^d` (`d >= n - 1`) whose pairwise
 * cosines are all `-1/(n-1)` and whose sum is zero, so their minimal angle is the
 * largest possible (paper eq. 4). Built from the Helmert basis of the sum-zero subspace,
 * so no eigendecomposition is needed; entries beyond column `n - 2` are zero.
 *
 * @returns `[n, d]` row-major.
 * @throws {@link MMARegError} `BAD_OPTION` when `d < n - 1` (no analytic answer) or sizes are invalid.
 * @example
 * ```ts
 * const v = regularSimplex(4, 3); // a regular tetrahedron on the unit sphere
 * ```
 */
export function regularSimplex(n: number, d: number): Float64Array {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(d) || d < 1) {
    throw new MMARegError("BAD_OPTION", `regularSimplex needs positive integers n and d, got n=${n}, d=${d}`);
  }
  if (d < n - 1) {
    throw new MMARegError("BAD_OPTION", `a regular simplex of ${n} points needs d >= ${n - 1} dimensions, got d=${d}`);
  }
  const out = new Float64Array(n * d);
  if (n === 1) {
    out[0] = 1;
    return out;
  }
  // Vertex k is e_k minus the centroid, which has norm sqrt((n-1)/n); its coordinate on
  // the m-th Helmert vector (1, .., 1, -m, 0, ..)/sqrt(m(m+1)) is that vector's k-th entry.
  const scale = 1 / Math.sqrt((n - 1) / n);
  for (let m = 1; m < n; m++) {
    const h = 1 / Math.sqrt(m * (m + 1));
    for (let k = 0; k < m; k++) out[k * d + (m - 1)] = h * scale;
    out[m * d + (m - 1)] = -m * h * scale;
  }
  return out;
}
