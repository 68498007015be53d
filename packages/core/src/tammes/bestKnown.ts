/**
 * Best-known (putatively optimal) minimal pairwise angles for the Tammes problem, copied
 * as data from the project's `shared/data/tammes-best-known.json` so that the package is
 * self-contained (a test checks the copy against the file when it is present).
 *
 * Provenance, as recorded in that file:
 * - Best-known (putatively optimal) minimal pairwise angles, in degrees, for n points on
 *   the unit sphere in R^d (the Tammes problem / optimal spherical codes). Use these to
 *   score a Tammes solver: ratio = achieved / best_known.
 * - d = 3: chord distances of putative optima for n=3..130 (the range of N.J.A. Sloane's
 *   table of spherical codes in 3 dimensions), converted with angle = 2*asin(chord/2);
 *   cross-checked against published cosines for n=7..10, 15 and 24
 * - d = 4: n=5 simplex arccos(-1/4); n=6..8 Rankin bound 90; n=24 24-cell 60; n=120
 *   600-cell 36 (proven); n=30,130,600 from Table 1 of the MMA paper (optimal column, one
 *   decimal)
 * - d = 5: n=6 simplex arccos(-1/5); n=7..10 Rankin bound 90; n=30,130 from Table 1 of the
 *   MMA paper (optimal column, one decimal)
 *
 * @module
 */
import { MMARegError } from "../errors.js";
import { simplexAngle } from "../simplex.js";

/** Where each dimension's values come from (verbatim from the data file). */
export const BEST_KNOWN_SOURCES: Readonly<Record<number, string>> = {
  3: "chord distances of putative optima for n=3..130 (the range of N.J.A. Sloane's table of spherical codes in 3 dimensions), converted with angle = 2*asin(chord/2); cross-checked against published cosines for n=7..10, 15 and 24",
  4: "n=5 simplex arccos(-1/4); n=6..8 Rankin bound 90; n=24 24-cell 60; n=120 600-cell 36 (proven); n=30,130,600 from Table 1 of the MMA paper (optimal column, one decimal)",
  5: "n=6 simplex arccos(-1/5); n=7..10 Rankin bound 90; n=30,130 from Table 1 of the MMA paper (optimal column, one decimal)",
};

/** Best-known minimal angles in degrees: `BEST_KNOWN_DEG[d][n]`. */
export const BEST_KNOWN_DEG: Readonly<Record<number, Readonly<Record<number, number>>>> = {
  3: {
    3: 120.0, 4: 109.4712, 5: 90.0, 6: 90.0, 7: 77.8695, 8: 74.8585, 9: 70.5288, 10: 66.1468,
    11: 63.4349, 12: 63.4349, 13: 57.1367, 14: 55.6706, 15: 53.6579, 16: 52.2444, 17: 51.0903, 18: 49.5567,
    19: 47.6919, 20: 47.431, 21: 45.6132, 22: 44.7402, 23: 43.71, 24: 43.6908, 25: 41.6345, 26: 41.0377,
    27: 40.6776, 28: 39.3551, 29: 38.7137, 30: 38.5971, 31: 37.7098, 32: 37.4752, 33: 36.2546, 34: 35.8078,
    35: 35.3198, 36: 35.1897, 37: 34.4224, 38: 34.2507, 39: 33.489, 40: 33.1584, 41: 32.7291, 42: 32.5064,
    43: 32.0906, 44: 31.9834, 45: 31.3231, 46: 30.9592, 47: 30.7818, 48: 30.7628, 49: 29.9236, 50: 29.753,
    51: 29.3684, 52: 29.1948, 53: 28.8139, 54: 28.7169, 55: 28.2628, 56: 28.148, 57: 27.8267, 58: 27.5564,
    59: 27.395, 60: 27.1928, 61: 26.8733, 62: 26.684, 63: 26.4869, 64: 26.235, 65: 26.0698, 66: 25.9474,
    67: 25.684, 68: 25.4638, 69: 25.3336, 70: 25.1709, 71: 24.9879, 72: 24.9265, 73: 24.5538, 74: 24.4209,
    75: 24.3017, 76: 24.1282, 77: 24.0013, 78: 23.931, 79: 23.624, 80: 23.5531, 81: 23.3476, 82: 23.1946,
    83: 23.083, 84: 23.0517, 85: 22.7792, 86: 22.6744, 87: 22.5467, 88: 22.4679, 89: 22.3166, 90: 22.154,
    91: 22.0518, 92: 22.0276, 93: 21.8104, 94: 21.7237, 95: 21.5946, 96: 21.5206, 97: 21.4006, 98: 21.3711,
    99: 21.136, 100: 21.0312, 101: 20.9287, 102: 20.8557, 103: 20.7383, 104: 20.6566, 105: 20.5389, 106: 20.4394,
    107: 20.3612, 108: 20.3044, 109: 20.1493, 110: 20.1113, 111: 19.9825, 112: 19.8913, 113: 19.8056, 114: 19.745,
    115: 19.624, 116: 19.5498, 117: 19.4613, 118: 19.3893, 119: 19.3258, 120: 19.324, 121: 19.1357, 122: 19.07,
    123: 19.0064, 124: 18.9539, 125: 18.8448, 126: 18.7816, 127: 18.6901, 128: 18.635, 129: 18.5635, 130: 18.5104,
  },
  4: {
    5: 104.4775, 6: 90.0, 7: 90.0, 8: 90.0, 24: 60.0, 30: 54.3, 120: 36.0, 130: 33.4,
    600: 19.8,
  },
  5: {
    6: 101.537, 7: 90.0, 8: 90.0, 9: 90.0, 10: 90.0, 30: 65.6, 130: 43.8,
  },
};

/**
 * The best-known minimal angle (degrees) of `n` points on the unit sphere in `R^d`: the
 * regular simplex angle `acos(-1/(n-1))` when `d >= n - 1` (exact), otherwise the table
 * entry, or `null` when the table has no entry for `(d, n)`.
 *
 * @example
 * ```ts
 * bestKnownAngleDeg(3, 130); // 18.5104
 * bestKnownAngleDeg(10, 5); // 104.47751218592992 (the simplex)
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` unless `d >= 1` and `n >= 2` are integers.
 */
export function bestKnownAngleDeg(d: number, n: number): number | null {
  if (!Number.isInteger(d) || d < 1 || !Number.isInteger(n) || n < 2) {
    throw new MMARegError("BAD_OPTION", `the best-known angle needs integers d >= 1 and n >= 2, got d=${d}, n=${n}`);
  }
  if (d >= n - 1) return (simplexAngle(n) * 180) / Math.PI;
  if (d === 1) return 0;
  if (d === 2) return 360 / n;
  return BEST_KNOWN_DEG[d]?.[n] ?? null;
}
