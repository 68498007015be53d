/** Rows per column block of the tiled Gram loop. A multiple of 4 (the micro-kernel size). */
export const BLOCK = 64;
/** Length of the k-chunk kept in cache while a block is accumulated. */
const KCHUNK = 256;

/**
 * Called once per column block `[j0, j1)` with the dot products of every row `i < j1`
 * with the block's rows `j >= i`: `part[i * BLOCK + (j - j0)] = a_i . a_j`. Entries with
 * `j < i` are not meaningful.
 */
export type GramBlockVisitor = (j0: number, j1: number, part: Float64Array) => void;

/**
 * The upper triangle of `A Aᵀ` for row-major `a` `[n, d]`, one column block at a time, so
 * a caller can reduce it (row max, counts) without ever holding the `n x n` matrix: the
 * working memory is `n x 64`.
 *
 * A 4 x 4 register micro-kernel reads 8 contiguous rows and does 16 multiply-adds per
 * step; the k dimension is chunked so that a block of rows stays in cache. Each dot
 * product is summed in float64 in a fixed order (a `Float32Array` is read as is: its
 * values convert exactly, so the sums equal those of a float64 copy, which is never
 * made), and `a_i . a_j` is computed once for both `(i, j)` and `(j, i)`, so the result
 * is exactly symmetric (ties stay ties).
 */
export function forEachGramBlock(a: Float64Array | Float32Array, n: number, d: number, visit: GramBlockVisitor): void {
  const part = new Float64Array(n * BLOCK);
  for (let j0 = 0; j0 < n; j0 += BLOCK) {
    const j1 = Math.min(n, j0 + BLOCK);
    part.fill(0, 0, j1 * BLOCK);
    for (let k0 = 0; k0 < d; k0 += KCHUNK) {
      const k1 = Math.min(d, k0 + KCHUNK);
      for (let i = 0; i < j1; i += 4) {
        const oi0 = i * d;
        const oi1 = Math.min(i + 1, n - 1) * d;
        const oi2 = Math.min(i + 2, n - 1) * d;
        const oi3 = Math.min(i + 3, n - 1) * d;
        for (let j = i > j0 ? i : j0; j < j1; j += 4) {
          const oj0 = j * d;
          const oj1 = Math.min(j + 1, n - 1) * d;
          const oj2 = Math.min(j + 2, n - 1) * d;
          const oj3 = Math.min(j + 3, n - 1) * d;
          let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
          let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
          for (let k = k0; k < k1; k++) {
            const a0 = a[oi0 + k] as number, a1 = a[oi1 + k] as number, a2 = a[oi2 + k] as number, a3 = a[oi3 + k] as number;
            const b0 = a[oj0 + k] as number, b1 = a[oj1 + k] as number, b2 = a[oj2 + k] as number, b3 = a[oj3 + k] as number;
            c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
            c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
            c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
            c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
          }
          // Rows past n were read as copies of row n-1; their sums are simply not stored.
          const p = i * BLOCK + (j - j0);
          part[p] += c00; part[p + 1] += c01; part[p + 2] += c02; part[p + 3] += c03;
          if (i + 1 < n) { const q = p + BLOCK; part[q] += c10; part[q + 1] += c11; part[q + 2] += c12; part[q + 3] += c13; }
          if (i + 2 < n) { const q = p + 2 * BLOCK; part[q] += c20; part[q + 1] += c21; part[q + 2] += c22; part[q + 3] += c23; }
          if (i + 3 < n) { const q = p + 3 * BLOCK; part[q] += c30; part[q + 1] += c31; part[q + 2] += c32; part[q + 3] += c33; }
        }
      }
    }
    visit(j0, j1, part);
  }
}
