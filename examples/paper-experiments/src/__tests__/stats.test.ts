import { describe, expect, it } from "vitest";
import { permutation } from "../data.mjs";
import { bestThreshold, convRows, countAbove, histogram, makePairs, mean, pairCosines, std, summarize, tenFoldAccuracy } from "../stats.mjs";

describe("mean and sample std", () => {
  it("hand-computed: [2, 4, 4, 4, 5, 5, 7, 9] has mean 5 and sample std sqrt(32/7)", () => {
    const v = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(v)).toBe(5);
    expect(std(v)).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it("one value has std 0, none gives NaN; summarize keeps the values", () => {
    expect(std([3])).toBe(0);
    expect(mean([])).toBeNaN();
    expect(std([])).toBeNaN();
    expect(summarize([1, 3])).toEqual({ mean: 2, std: Math.SQRT2, n: 2, values: [1, 3] });
  });
});

describe("the verification threshold and the 10-fold protocol", () => {
  it("bestThreshold finds the cut between the classes when they separate", () => {
    const { threshold, accuracy } = bestThreshold([0.1, 0.9, 0.2, 0.8], [false, true, false, true]);
    expect(accuracy).toBe(1);
    expect(threshold).toBeCloseTo(0.5, 12); // the midpoint of 0.2 and 0.8
  });

  it("bestThreshold: one overlapping pair costs one error, ties go to the lowest threshold", () => {
    // same: 0.6, 0.9; different: 0.1, 0.7. Best: 3 of 4, at the cut 0.35 (0.1 | 0.6) or 0.8 (0.7 | 0.9): the lower wins
    const r = bestThreshold([0.6, 0.9, 0.1, 0.7], [true, true, false, false]);
    expect(r.accuracy).toBe(0.75);
    expect(r.threshold).toBeCloseTo(0.35, 12);
  });

  it("bestThreshold: equal scores are never split", () => {
    const r = bestThreshold([0.5, 0.5, 0.5, 0.5], [true, false, true, false]);
    expect(r.accuracy).toBe(0.5);
  });

  it("tenFoldAccuracy on a hand-made case: the held-out fold is judged by the others' threshold", () => {
    // 10 folds of 2 pairs: a same pair at 0.9 and a different pair at 0.1, except fold 3,
    // whose different pair scores 0.95 (an error whatever the threshold learned elsewhere)
    const scores: number[] = [];
    const same: boolean[] = [];
    const fold: number[] = [];
    for (let f = 0; f < 10; f++) {
      scores.push(0.9, f === 3 ? 0.95 : 0.1);
      same.push(true, false);
      fold.push(f, f);
    }
    const r = tenFoldAccuracy(scores, same, fold);
    expect(r.folds).toHaveLength(10);
    // other folds: the threshold learned is 0.5 (with fold 3 in training, cutting at 0.5 still errs once), so fold 3 scores 1/2
    r.folds.forEach((f, k) => expect(f.accuracy).toBe(k === 3 ? 0.5 : 1));
    expect(r.folds[3]!.threshold).toBeCloseTo(0.5, 12);
    expect(r.mean).toBeCloseTo(0.95, 12);
    const accs = r.folds.map((f) => f.accuracy);
    expect(r.std).toBeCloseTo(std(accs), 12);
    expect(r.std).toBeCloseTo(Math.sqrt((9 * 0.05 ** 2 + 0.45 ** 2) / 9), 12);
  });

  it("makePairs: balanced folds of distinct samples with the right labels, the same pairs for the same seed", () => {
    const labels = Array.from({ length: 200 }, (_, i) => i % 10);
    const p = makePairs(labels, { folds: 10, perFold: 40, seed: 3 });
    expect(p.a).toHaveLength(400);
    for (let f = 0; f < 10; f++) {
      const idx = p.fold.map((x, i) => (x === f ? i : -1)).filter((i) => i >= 0);
      expect(idx).toHaveLength(40);
      expect(idx.filter((i) => p.same[i])).toHaveLength(20);
    }
    p.a.forEach((i, k) => {
      expect(i).not.toBe(p.b[k]);
      expect(labels[i] === labels[p.b[k]!]).toBe(p.same[k]);
    });
    expect(makePairs(labels, { folds: 10, perFold: 40, seed: 3 })).toEqual(p);
    expect(makePairs(labels, { folds: 10, perFold: 40, seed: 4 }).a).not.toEqual(p.a);
  });
});

describe("first-layer cosines (Fig. 1)", () => {
  it("convRows turns a [kh, kw, in, out] kernel into one row per filter", () => {
    // 2 filters of a 1x2x1 kernel: flat [k][f] = [[1, 10], [2, 20]]
    const { rows, n, d } = convRows([1, 10, 2, 20], [1, 2, 1, 2]);
    expect([n, d]).toEqual([2, 2]);
    expect(Array.from(rows)).toEqual([1, 2, 10, 20]);
  });

  it("pairCosines of hand-picked rows, and the count above 0.2", () => {
    const rows = [1, 0, 0, 1, 1, 1, -1, 0.1]; // 4 rows in 2-D
    const c = pairCosines(rows, 4, 2);
    expect(c).toHaveLength(6);
    expect(c[0]).toBeCloseTo(0, 12); // (1,0)·(0,1)
    expect(c[1]).toBeCloseTo(Math.SQRT1_2, 12); // (1,0)·(1,1)
    expect(c[2]).toBeCloseTo(-1 / Math.hypot(1, 0.1), 12);
    expect(countAbove(c, 0.2)).toBe(2); // (1,0)-(1,1) and (0,1)-(1,1)
    expect(countAbove([0.2, 0.2000001, -0.9], 0.2)).toBe(1); // strictly above
  });

  it("histogram: equal bins over [-1, 1], the last bin closed, out-of-range values dropped", () => {
    const h = histogram([-1, -0.95, 0, 0.05, 0.99, 1, 1.5], { bins: 4, min: -1, max: 1 });
    expect(h.counts).toEqual([2, 0, 2, 2]);
  });

  it("permutation is a seeded shuffle of 0..n-1", () => {
    const p = Array.from(permutation(50, 9));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(permutation(50, 9))).toEqual(p);
    expect(Array.from(permutation(50, 10))).not.toEqual(p);
  });
});
