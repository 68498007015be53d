/**
 * Small, dependency-free, bit-reproducible random numbers.
 *
 * `mulberry32` and `normal12` follow the generator spec of the golden vectors, so the
 * same seed gives the same matrix in any IEEE-754 language. `gaussian` (Box-Muller) is
 * the exact standard normal used by the Tammes solver's starts.
 *
 * @module
 */

/** A source of uniform numbers in `[0, 1)`. */
export type Uniform = () => number;

/**
 * The mulberry32 generator: 32-bit state, `next()` returns a uint32.
 *
 * @example
 * ```ts
 * const next = mulberry32(101);
 * next() / 2 ** 32; // uniform in [0, 1)
 * ```
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t = (t ^ (t + Math.imul(t ^ (t >>> 7), t | 61))) >>> 0;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform numbers in `[0, 1)` from a seed (mulberry32 / 2^32, exact). */
export function uniform(seed: number): Uniform {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

/** Irwin-Hall approximation of N(0, 1): the sum of 12 uniforms minus 6 (exact in float64). */
export function normal12(u: Uniform): number {
  let s = 0;
  for (let i = 0; i < 12; i++) s += u();
  return s - 6;
}

/** A standard normal sample by the Box-Muller transform. */
export function gaussian(u: Uniform): number {
  let r = 0;
  while (r === 0) r = u();
  return Math.sqrt(-2 * Math.log(r)) * Math.cos(2 * Math.PI * u());
}

/**
 * An `[n, d]` row-major matrix of `normal12` draws from a fresh `mulberry32(seed)`, the
 * input generator of the golden vectors.
 */
export function normal12Matrix(n: number, d: number, seed: number): Float64Array {
  const u = uniform(seed);
  const out = new Float64Array(n * d);
  for (let i = 0; i < out.length; i++) out[i] = normal12(u);
  return out;
}

/**
 * The `[n, d]` rows `mma bench` times at a size: {@link normal12Matrix} seeded by
 * `n * 7919 + d`, so scripts that compare with the bench run on the same input.
 */
export function benchMatrix(n: number, d: number): Float64Array {
  return normal12Matrix(n, d, n * 7919 + d);
}

/** An `[n, d]` matrix of standard normal draws (Box-Muller) from `seed`. */
export function gaussianMatrix(n: number, d: number, seed: number): Float64Array {
  const u = uniform(seed);
  const out = new Float64Array(n * d);
  for (let i = 0; i < out.length; i++) out[i] = gaussian(u);
  return out;
}

/**
 * `k` distinct integers from `0..n-1`, sorted, chosen by a partial Fisher-Yates shuffle
 * seeded with `seed` (the mini-batch MHE row sampler).
 */
export function sampleRows(n: number, k: number, seed: number): Int32Array {
  const u = uniform(seed);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(u() * (n - i));
    const t = pool[i] as number;
    pool[i] = pool[j] as number;
    pool[j] = t;
  }
  return pool.slice(0, k).sort();
}
