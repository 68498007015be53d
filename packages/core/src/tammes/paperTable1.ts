/**
 * The numbers of the MMA paper's Table 1 (Section 4): the minimal angle in degrees reached
 * by SGD on each loss for `n` points in `R^d`, next to the optimal angle, copied as data.
 *
 * @module
 */

/** The loss columns of Table 1, in the paper's order. */
export type PaperTable1Column = "mma" | "cosine" | "rf" | "log";

/** One row of the paper's Table 1. */
export interface PaperTable1Row {
  /** Dimension. */
  d: number;
  /** Number of points. */
  n: number;
  /** The paper's "optimal" column (one decimal). */
  optimal: number;
  /**
   * The paper's columns: `mma` (eq. 6), `cosine` (eq. 5), `rf` (Riesz-Fisher, eq. 9 with
   * s = 2, our `mhe` loss with `s: 2`), `log` (eq. 11, our `mhe` loss with `s: 0`).
   */
  paper: Readonly<Record<PaperTable1Column, number>>;
}

/**
 * Table 1 of the paper, row by row. Setting (Section 4): standard-normal start, SGD with
 * momentum 0.9, learning rate 0.1 divided by 5 when the loss stagnates, 10000 iterations.
 *
 * @example
 * ```ts
 * PAPER_TABLE1.find((r) => r.d === 3 && r.n === 130)?.paper.mma; // 17.6
 * ```
 */
export const PAPER_TABLE1: readonly PaperTable1Row[] = [
  { d: 3, n: 4, optimal: 109.5, paper: { mma: 109.5, cosine: 109.5, rf: 109.4, log: 109.5 } },
  { d: 3, n: 30, optimal: 38.6, paper: { mma: 38.5, cosine: 0, rf: 34.9, log: 35.4 } },
  { d: 3, n: 130, optimal: 18.5, paper: { mma: 17.6, cosine: 0, rf: 12.6, log: 16.7 } },
  { d: 4, n: 5, optimal: 104.5, paper: { mma: 104.5, cosine: 104.5, rf: 104.5, log: 104.5 } },
  { d: 4, n: 30, optimal: 54.3, paper: { mma: 54.0, cosine: 53.7, rf: 49.3, log: 48.6 } },
  { d: 4, n: 130, optimal: 33.4, paper: { mma: 32.0, cosine: 32.1, rf: 27.9, log: 27.2 } },
  { d: 4, n: 600, optimal: 19.8, paper: { mma: 19.3, cosine: 0, rf: 15.9, log: 13.1 } },
  { d: 5, n: 6, optimal: 101.5, paper: { mma: 101.5, cosine: 101.5, rf: 101.2, log: 101.5 } },
  { d: 5, n: 30, optimal: 65.6, paper: { mma: 65.5, cosine: 64.0, rf: 57.1, log: 60.0 } },
  { d: 5, n: 130, optimal: 43.8, paper: { mma: 42.9, cosine: 42.5, rf: 35.8, log: 35.6 } },
];
