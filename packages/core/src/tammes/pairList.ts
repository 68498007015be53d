/**
 * A Verlet neighbour list of unit rows: the pairs `i < j` whose cosine was at least
 * `threshold` when it was built. While every row has moved by at most `drift` in total
 * since then, a pair outside the list has cosine below `threshold + 2 drift` (a cosine
 * changes by at most `|du_i| + |du_j|`), so a caller that needs every pair above `cut`
 * can keep using the list while `threshold + 2 drift <= cut`.
 *
 * @example
 * ```ts
 * const list = new PairList(n);
 * list.build(u, n, d, 0.5); // pairs closer than 60 degrees
 * const cmax = list.cosines(u, d); // list.cos[p] for pair (list.first[p], list.second[p])
 * ```
 */
export class PairList {
  /** First row of each pair. */
  first: Int32Array;
  /** Second row of each pair. */
  second: Int32Array;
  /** The cosine of each pair at the last {@link PairList.cosines} call. */
  cos: Float64Array;
  /** Number of pairs in the list. */
  size = 0;
  /** The cosine threshold of the last build (`-Infinity`: all pairs). */
  threshold = -Infinity;
  /** The largest total displacement of any row since the last build. */
  drift = Infinity;
  /** How many times the list was built. */
  builds = 0;

  constructor(n: number) {
    const cap = Math.max(1024, 8 * n);
    this.first = new Int32Array(cap);
    this.second = new Int32Array(cap);
    this.cos = new Float64Array(cap);
  }

  /**
   * Collect every pair with cosine `>= threshold` (O(n² d)). A threshold at or below -1
   * takes every pair, and such a list stays complete however far the rows move.
   */
  build(u: Float64Array, n: number, d: number, threshold: number): void {
    if (threshold <= -1) threshold = -Infinity;
    let first = this.first;
    let second = this.second;
    let size = 0;
    for (let i = 0; i < n; i++) {
      const oi = i * d;
      for (let j = i + 1; j < n; j++) {
        const oj = j * d;
        let c = 0;
        for (let k = 0; k < d; k++) c += (u[oi + k] as number) * (u[oj + k] as number);
        if (c < threshold) continue;
        if (size === first.length) {
          const f = new Int32Array(2 * size);
          f.set(first);
          first = f;
          const s = new Int32Array(2 * size);
          s.set(second);
          second = s;
        }
        first[size] = i;
        second[size] = j;
        size++;
      }
    }
    this.first = first;
    this.second = second;
    if (this.cos.length < first.length) this.cos = new Float64Array(first.length);
    this.size = size;
    this.threshold = threshold;
    this.drift = 0;
    this.builds++;
  }

  /** Recompute the cosine of every listed pair into {@link PairList.cos}; returns their maximum. */
  cosines(u: Float64Array, d: number): number {
    const { first, second, cos, size } = this;
    let max = -Infinity;
    for (let p = 0; p < size; p++) {
      const oi = (first[p] as number) * d;
      const oj = (second[p] as number) * d;
      let c = 0;
      for (let k = 0; k < d; k++) c += (u[oi + k] as number) * (u[oj + k] as number);
      cos[p] = c;
      if (c > max) max = c;
    }
    return max;
  }

  /** True when the list still holds every pair with cosine `>= cut`. */
  covers(cut: number): boolean {
    return this.threshold + 2 * this.drift <= cut;
  }
}
