import { gaussianMatrix, uniform } from "@mmareg/core";

/** A seeded test matrix. */
export interface TestMatrix {
  label: string;
  data: Float64Array;
  shape: [number, number];
}

/** A seeded `[n, d]` standard-normal matrix. */
export function randomMatrix(n: number, d: number, seed: number): TestMatrix {
  return { label: `${n}x${d}#${seed}`, data: gaussianMatrix(n, d, seed), shape: [n, d] };
}

/** A random `d x d` orthogonal matrix (Gram-Schmidt of a Gaussian matrix). */
export function randomRotation(d: number, seed: number): Float64Array {
  const q = gaussianMatrix(d, d, seed);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < i; j++) {
      let dot = 0;
      for (let k = 0; k < d; k++) dot += q[i * d + k] * q[j * d + k];
      for (let k = 0; k < d; k++) q[i * d + k] -= dot * q[j * d + k];
    }
    let r = 0;
    for (let k = 0; k < d; k++) r += q[i * d + k] ** 2;
    r = Math.sqrt(r);
    for (let k = 0; k < d; k++) q[i * d + k] /= r;
  }
  return q;
}

/** `A B` for row-major `[n, k]` and `[k, m]`. */
export function matmul(a: ArrayLike<number>, b: ArrayLike<number>, n: number, k: number, m: number): Float64Array {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let p = 0; p < k; p++) for (let j = 0; j < m; j++) out[i * m + j] += a[i * k + p] * b[p * m + j];
  return out;
}

/** A seeded random permutation of `0..n-1`. */
export function randomPermutation(n: number, seed: number): number[] {
  const u = uniform(seed);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}
