import { createCpuBackend } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import { angleBlockRows, angleStats, angleStatsAsync } from "../angleBlocks.js";
import { withoutFused, type Backend } from "../backend.js";
import { normalizeRows } from "../compose.js";
import { isMMARegError } from "../errors.js";
import { angleReport, angleReportSync, cosineHistogram, histogram, pairwiseCosines, PAIRWISE_COSINES_MAX_ROWS } from "../metrics.js";
import { gaussianMatrix } from "../random.js";

const cpu = createCpuBackend();
const cpu32 = createCpuBackend({ dtype: "float32" });
type T = ReturnType<typeof cpu.tensor>;

/** Brute force in float64 from the unit rows as stored: nearest (lowest index on ties) and counts. */
function bruteForce(u: ArrayLike<number>, n: number, d: number, threshold: number, absolute: boolean) {
  const value: number[] = [];
  const index: number[] = [];
  const above: number[] = [];
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = -1;
    let count = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let c = 0;
      for (let k = 0; k < d; k++) c += (u[i * d + k] as number) * (u[j * d + k] as number);
      if (arg < 0 || c > best) [best, arg] = [c, j];
      if ((absolute ? Math.abs(c) : c) > threshold) count++;
    }
    value.push(best);
    index.push(arg);
    above.push(count);
  }
  return { value, index, above };
}

function stats(b: Backend<T>, data: ArrayLike<number>, n: number, d: number, threshold: number, absolute: boolean, fused: boolean, block?: number) {
  const unit = normalizeRows(b, b.tensor(data, [n, d]), null).unit;
  const s = angleStats(b, unit, threshold, absolute, fused, block);
  const read = (x: T) => Array.from(cpu.readSync(x));
  return { unit: read(unit), value: read(s.value), index: read(s.index), above: read(s.above) };
}

/** Random rows with exact duplicates (rows 3 and 9 copy row 1; row 12 copies row 0). */
function withDuplicates(n: number, d: number, seed: number): Float64Array {
  const x = gaussianMatrix(n, d, seed);
  for (const [to, from] of [[3, 1], [9, 1], [12, 0]] as const) if (to < n) x.copyWithin(to * d, from * d, from * d + d);
  return x;
}

describe("angleStats composed in row blocks", () => {
  it("block rule: m = max(1, min(n, floor(budget / n)))", () => {
    expect(angleBlockRows(10575)).toBe(99);
    expect(angleBlockRows(500)).toBe(500);
    expect(angleBlockRows(3000, 1000)).toBe(1);
    expect(angleBlockRows(10, 35)).toBe(3);
    expect(() => angleBlockRows(10, 0)).toThrow(/at least 1/);
  });

  for (const [n, d, block] of [
    [2, 3, 1],
    [17, 4, 40], // 2 rows per block: 9 blocks, the last one partial
    [17, 4, 17 * 17],
    [40, 6, 7 * 40 - 1], // 6 rows per block, 40 not a multiple of 6
  ] as const) {
    for (const absolute of [true, false]) {
      it(`n = ${n}, blocks of ${angleBlockRows(n, block)} rows, ${absolute ? "|cos|" : "signed cos"}: equal to brute force and to the fused op, duplicates tie to the lowest index`, () => {
        const x = withDuplicates(n, d, 7 + n);
        const threshold = absolute ? 0.25 : -0.1;
        const composed = stats(withoutFused(cpu), x, n, d, threshold, absolute, false, block);
        const fused = stats(cpu, x, n, d, threshold, absolute, true);
        const want = bruteForce(composed.unit, n, d, threshold, absolute);
        expect(composed.index).toEqual(want.index);
        expect(composed.above).toEqual(want.above);
        composed.value.forEach((v, i) => expect(v).toBeCloseTo(want.value[i]!, 14));
        expect(fused.index).toEqual(composed.index);
        expect(fused.above).toEqual(composed.above);
        if (n > 12) {
          expect(composed.index[1]).toBe(3); // rows 1, 3, 9 are equal: 1's nearest is 3, 3's and 9's is 1
          expect(composed.index[3]).toBe(1);
          expect(composed.index[9]).toBe(1);
          expect(composed.index[12]).toBe(0);
        }
      });
    }
  }

  it("a cosine equal to the threshold is not above it (signed and absolute), on both paths and in float32", () => {
    const r = Math.sqrt(0.75);
    // row 0 is e0: its cosines are exactly the other rows' first entries 0.5, -0.5, 0.75
    const x = [1, 0, 0, 0.5, r, 0, -0.5, 0, r, 0.75, 0, -Math.sqrt(1 - 0.5625)];
    for (const b of [cpu, cpu32]) {
      for (const fused of [true, false]) {
        const bb = fused ? b : withoutFused(b);
        const read = (t: T) => Array.from(cpu.readSync(t));
        const unit = bb.tensor(x, [4, 3]);
        expect(read(angleStats(bb, unit, 0.5, false, fused, 4).above)[0]).toBe(1); // only 0.75
        expect(read(angleStats(bb, unit, 0.5, true, fused, 4).above)[0]).toBe(1); // |-0.5| = 0.5 is not above
        expect(read(angleStats(bb, unit, 0.4999, true, fused, 4).above)[0]).toBe(3);
        expect(read(angleStats(bb, unit, -0.5, false, fused, 4).above)[0]).toBe(2); // -0.5 is not above -0.5
      }
    }
  });

  it("n = 1: no other row, value -Infinity at index 0, count 0", () => {
    const s = stats(withoutFused(cpu), [3, 4], 1, 2, 0.2, true, false);
    expect(s.value).toEqual([-Infinity]);
    expect(s.index).toEqual([0]);
    expect(s.above).toEqual([0]);
  });

  it("without readSync the sync form says to use the async one; the async form works", async () => {
    const asyncOnly = new Proxy(withoutFused(cpu), { get: (t, p) => (p === "readSync" ? undefined : Reflect.get(t, p)) }) as Backend<T>;
    const unit = cpu.tensor(gaussianMatrix(5, 3, 1), [5, 3]);
    let caught: unknown;
    try {
      angleStats(asyncOnly, unit, 0.2, true);
    } catch (e) {
      caught = e;
    }
    expect(isMMARegError(caught, "BACKEND")).toBe(true);
    expect(String(caught)).toMatch(/async/);
    const s = await angleStatsAsync(asyncOnly, unit, 0.2, true, true, 6);
    const f = cpu.angleStats(unit, 0.2, true);
    expect(Array.from(cpu.readSync(s.index))).toEqual(Array.from(cpu.readSync(f.index)));
    expect(Array.from(cpu.readSync(s.above))).toEqual(Array.from(cpu.readSync(f.above)));
  });
});

describe("angle report and histogram from blocks", () => {
  it("angleReport (async) and angleReportSync agree with and without fused ops: indices, pair counts, angles", async () => {
    const x = withDuplicates(30, 5, 3);
    for (const b of [cpu, withoutFused(cpu)]) {
      const a = await angleReport(b, { data: x, shape: [30, 5] }, { threshold: 0.3 });
      const s = angleReportSync(b, { data: x, shape: [30, 5] }, { threshold: 0.3 });
      const f = angleReportSync(cpu, { data: x, shape: [30, 5] }, { threshold: 0.3 });
      expect(Array.from(a.nearestIndex)).toEqual(Array.from(f.nearestIndex));
      expect(Array.from(s.nearestIndex)).toEqual(Array.from(f.nearestIndex));
      expect(a.pairsAbove).toBe(f.pairsAbove);
      expect(s.pairsAbove).toBe(f.pairsAbove);
      a.nearestDeg.forEach((v, i) => expect(v).toBeCloseTo(f.nearestDeg[i]!, 10));
      const cos = await pairwiseCosines(b, { data: x, shape: [30, 5] });
      expect(a.pairsAbove).toBe(cos.filter((c) => Math.abs(c) > 0.3).length);
    }
  });

  it("cosineHistogram equals histogram(pairwiseCosines) and counts every pair", async () => {
    const x = gaussianMatrix(41, 6, 9);
    const want = histogram(await pairwiseCosines(cpu, { data: x, shape: [41, 6] }), { bins: 12, min: -1, max: 1 });
    for (const blockElements of [41, 300, 41 * 41]) {
      const h = await cosineHistogram(cpu, { data: x, shape: [41, 6] }, { bins: 12, blockElements });
      expect(Array.from(h.counts)).toEqual(Array.from(want.counts));
      expect(Array.from(h.edges)).toEqual(Array.from(want.edges));
      expect(h.pairs).toBe(820);
      expect(h.counts.reduce((a, c) => a + c, 0)).toBe(820);
    }
    const narrow = await cosineHistogram(cpu, { data: x, shape: [41, 6] }, { bins: 4, min: 0, max: 0.5 });
    expect(narrow.counts.reduce((a, c) => a + c, 0)).toBe(Array.from(await pairwiseCosines(cpu, { data: x, shape: [41, 6] })).filter((c) => c >= 0 && c <= 0.5).length);
  });

  it("cosineHistogram leaves dead rows out with zeroRows: skip, and rejects bad bins", async () => {
    const h = await cosineHistogram(cpu, [[1, 0], [0, 0], [0, 1], [1, 1]], { zeroRows: "skip", bins: 2 });
    expect(h.deadRows).toEqual([1]);
    expect(h.pairs).toBe(3);
    expect(Array.from(h.counts)).toEqual([0, 3]);
    await expect(cosineHistogram(cpu, [[1, 0], [0, 1]], { bins: 0 })).rejects.toThrow(/bins/);
    await expect(cosineHistogram(cpu, [[1, 0], [0, 1]], { min: 1, max: 0 })).rejects.toThrow(/min < max/);
  });

  it("pairwiseCosines refuses more rows than its O(n^2) limit, naming cosineHistogram", async () => {
    const n = PAIRWISE_COSINES_MAX_ROWS + 1;
    let caught: unknown;
    try {
      await pairwiseCosines(cpu, { data: gaussianMatrix(n, 2, 5), shape: [n, 2] });
    } catch (e) {
      caught = e;
    }
    expect(isMMARegError(caught, "BAD_SHAPE")).toBe(true);
    expect(String(caught)).toMatch(/cosineHistogram/);
  });
});
