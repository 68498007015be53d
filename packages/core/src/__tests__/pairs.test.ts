import { createCpuBackend } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import { withoutFused } from "../backend.js";
import { isMMARegError, thrownCode as code } from "../errors.js";
import { nearestNeighbors, normalizeRows } from "../compose.js";
import { computeLoss } from "../losses/index.js";
import { cosineLossForPairs, createPairCache, lossForPairs, lossWithPairs, mmaLossForPairs, resolveRefreshEvery } from "../losses/pairs.js";
import { gaussianMatrix } from "../random.js";
import { solveTammes } from "../tammes/solveTammes.js";
import type { NumericMode } from "../types.js";

const cpu = createCpuBackend();
const cpu32 = createCpuBackend({ dtype: "float32" });
type Cpu = typeof cpu;
type T = ReturnType<Cpu["tensor"]>;

const read = (b: Cpu, x: T) => Array.from(b.readSync(x));


/** A matrix whose row 0 has a clear nearest neighbour (row 1) and small random rest. */
function rows(n: number, d: number, seed: number): Float64Array {
  return gaussianMatrix(n, d, seed);
}

/** The searched nearest-neighbour index, as the losses pick it. */
function searchedIndex(b: Cpu, w: T, mode: NumericMode): number[] {
  const { unit } = normalizeRows(b, w, mode === "exact" ? null : 1e-12);
  return read(b, nearestNeighbors(b, unit, mode === "exact" ? "exclude" : "negate").index);
}

describe("losses for given pairs", () => {
  for (const b of [cpu, cpu32, withoutFused(cpu)] as Cpu[]) {
    for (const loss of ["mma", "cosine"] as const) {
      for (const mode of ["exact", "reference"] as const) {
        it(`lossWithPairs is bit-identical to computeLoss and returns the searched index (${b.name}${b === cpu ? "" : ""}, ${loss}, ${mode})`, () => {
          const w = b.tensor(rows(9, 5, 3), [9, 5]);
          const a = computeLoss(b, w, { loss, mode });
          const r = lossWithPairs(b, w, { loss, mode });
          expect(read(b, r.loss)).toEqual(read(b, a.loss));
          expect(read(b, r.grad)).toEqual(read(b, a.grad));
          expect(read(b, r.index)).toEqual(searchedIndex(b, w, mode));
        });
      }
    }
  }

  it("mmaLossForPairs with the nearest neighbours is bit-identical to mmaLoss (exact mode), cosine equal to rounding", () => {
    for (const b of [cpu, cpu32]) {
      const w = b.tensor(rows(12, 4, 5), [12, 4]);
      const index = b.tensor(searchedIndex(b, w, "exact"), [12], "index");
      const exact = computeLoss(b, w, { loss: "mma" });
      const given = mmaLossForPairs(b, w, index);
      expect(read(b, given.loss)).toEqual(read(b, exact.loss));
      expect(read(b, given.grad)).toEqual(read(b, exact.grad));
      const cos = computeLoss(b, w, { loss: "cosine" });
      const cosGiven = cosineLossForPairs(b, w, index);
      const tol = b.dtype === "float64" ? 1e-15 : 1e-6;
      expect(Math.abs(read(b, cosGiven.loss)[0]! - read(b, cos.loss)[0]!)).toBeLessThan(tol);
      read(b, cosGiven.grad).forEach((g, i) => expect(Math.abs(g - read(b, cos.grad)[i]!)).toBeLessThan(tol));
    }
  });

  it("reference mode with the searched pairs matches the search to rounding", () => {
    const w = cpu.tensor(rows(10, 3, 8), [10, 3]);
    const r = lossWithPairs(cpu, w, { mode: "reference" });
    const given = mmaLossForPairs(cpu, w, r.index, { mode: "reference" });
    expect(read(cpu, given.loss)[0]).toBeCloseTo(read(cpu, r.loss)[0]!, 14);
    read(cpu, given.grad).forEach((g, i) => expect(g).toBeCloseTo(read(cpu, r.grad)[i]!, 12));
  });

  // between refreshes the pairs are stale: the result must be the exact loss and gradient of the fixed pairing
  for (const loss of ["mma", "cosine"] as const) {
    for (const mode of ["exact", "reference"] as const) {
      it(`gradient for fixed, stale pairs matches central finite differences (${loss}, ${mode})`, () => {
        const n = 8;
        const d = 4;
        const data = rows(n, d, 11);
        // a pairing that is NOT the nearest neighbours: row i with row (i + 3) mod n
        const pairs = Array.from({ length: n }, (_, i) => (i + 3) % n);
        const index = cpu.tensor(pairs, [n], "index");
        expect(pairs).not.toEqual(searchedIndex(cpu, cpu.tensor(data, [n, d]), mode));
        const f = (x: Float64Array) => read(cpu, lossForPairs(cpu, cpu.tensor(x, [n, d]), index, { loss, mode }).loss)[0]!;
        const grad = read(cpu, lossForPairs(cpu, cpu.tensor(data, [n, d]), index, { loss, mode }).grad);
        const h = 1e-6;
        for (let k = 0; k < n * d; k++) {
          const p = Float64Array.from(data);
          const m = Float64Array.from(data);
          p[k]! += h;
          m[k]! -= h;
          expect(Math.abs((f(p) - f(m)) / (2 * h) - grad[k]!)).toBeLessThan(1e-7);
        }
        // and a step along -grad lowers the loss of that pairing: a descent direction
        const step = Float64Array.from(data, (v, k) => v - 1e-3 * grad[k]!);
        expect(f(step)).toBeLessThan(f(data));
      });
    }
  }

  it("rejects an index of the wrong shape and losses that do not pick one neighbour", () => {
    const w = cpu.tensor(rows(5, 3, 1), [5, 3]);
    const bad = cpu.tensor([1, 0, 1], [3], "index");
    expect(() => mmaLossForPairs(cpu, w, bad)).toThrow(/pair index has shape \[3\] but the weight has 5 rows/);
    try {
      lossForPairs(cpu, w, bad, { loss: "mhe" as never });
      expect.unreachable();
    } catch (e) {
      expect(isMMARegError(e) && e.code).toBe("BAD_OPTION");
    }
    for (const v of [0, -1, 1.5, "10", Number.NaN]) expect(() => resolveRefreshEvery(v)).toThrow(/refreshEvery must be an integer >= 1/);
    expect(resolveRefreshEvery(undefined)).toBe(1);
  });

  it("n = 1 gives loss 0 and pairs the row with itself", () => {
    const r = lossWithPairs(cpu, cpu.tensor([1, 2], [1, 2]));
    expect(read(cpu, r.loss)).toEqual([0]);
    expect(read(cpu, r.index)).toEqual([0]);
    expect(read(cpu, mmaLossForPairs(cpu, cpu.tensor([1, 2], [1, 2]), r.index).grad)).toEqual([0, 0]);
  });
});

describe("createPairCache", () => {
  it("searches on the first call, every k calls and on a shape change; exact on refresh steps, the cached pairs in between", () => {
    const cache = createPairCache(cpu, { loss: "mma", refreshEvery: 3 });
    const n = 10;
    const d = 3;
    let data = rows(n, d, 21);
    let firstIndex: number[] = [];
    for (let step = 0; step < 7; step++) {
      const w = cpu.tensor(data, [n, d]);
      const out = cache.loss(w);
      if (step % 3 === 0) {
        // refresh step: exactly mmaLoss
        const exact = computeLoss(cpu, w, { loss: "mma" });
        expect(read(cpu, out.loss)).toEqual(read(cpu, exact.loss));
        expect(read(cpu, out.grad)).toEqual(read(cpu, exact.grad));
        expect(read(cpu, cache.index!)).toEqual(searchedIndex(cpu, w, "exact"));
        firstIndex = read(cpu, cache.index!);
      } else {
        // between refreshes: the loss for the pairs of the last search
        const fixed = mmaLossForPairs(cpu, w, cpu.tensor(firstIndex, [n], "index"));
        expect(read(cpu, out.loss)).toEqual(read(cpu, fixed.loss));
        expect(read(cpu, out.grad)).toEqual(read(cpu, fixed.grad));
      }
      const g = read(cpu, out.grad);
      data = Float64Array.from(data, (v, k) => v - 0.5 * g[k]!);
    }
    expect(cache.calls).toBe(7);
    expect(cache.searches).toBe(3); // steps 0, 3, 6
    // a new shape refreshes at once
    const other = cpu.tensor(rows(6, 3, 2), [6, 3]);
    const out = cache.loss(other);
    expect(cache.searches).toBe(4);
    expect(read(cpu, out.loss)).toEqual(read(cpu, computeLoss(cpu, other).loss));
    cache.dispose();
    expect(cache.index).toBeNull();
  });

  it("reuse / remember: a caller's own kernel for cached steps and its own search, counted like loss()", () => {
    const kept: T[] = [];
    const cache = createPairCache(cpu, { loss: "mma", refreshEvery: 3, keep: (t) => void kept.push(t) });
    const w = cpu.tensor(rows(6, 3, 5), [6, 3]);
    expect(cache.reuse([6, 3])).toBeNull(); // nothing cached: search
    expect(cache.calls).toBe(0);
    const found = cpu.tensor([1, 0, 3, 2, 5, 4], [6], "index");
    cache.remember(found, [6, 3]);
    expect([cache.calls, cache.searches, cache.index]).toEqual([1, 1, found]);
    expect(kept).toEqual([found]);
    expect(cache.reuse([6, 3])).toBe(found);
    expect(cache.reuse([6, 3])).toBe(found);
    expect(cache.calls).toBe(3);
    expect(cache.reuse([6, 3])).toBeNull(); // the period is over
    expect(cache.reuse([7, 3])).toBeNull(); // and another shape always searches
    // loss() after remember uses the remembered pairs between refreshes
    cache.remember(found, [6, 3]);
    const out = cache.loss(w);
    expect(read(cpu, out.loss)).toEqual(read(cpu, mmaLossForPairs(cpu, w, found).loss));
    expect(cache.searches).toBe(2);
    expect(code(() => cache.remember(cpu.tensor([0, 1], [2], "index"), [6, 3]))).toBe("BAD_SHAPE");
    const one = createPairCache(cpu, { loss: "mma" });
    expect(one.reuse([6, 3])).toBeNull(); // k = 1 never reuses
    cache.dispose();
  });

  it("with refreshEvery 1 caches nothing and is mmaLoss / cosineLoss exactly", () => {
    for (const loss of ["mma", "cosine"] as const) {
      const cache = createPairCache(cpu, { loss });
      const w = cpu.tensor(rows(7, 4, 9), [7, 4]);
      for (let i = 0; i < 2; i++) {
        const out = cache.loss(w);
        expect(read(cpu, out.grad)).toEqual(read(cpu, computeLoss(cpu, w, { loss }).grad));
      }
      expect(cache.index).toBeNull();
      expect(cache.searches).toBe(2);
    }
  });

  it("hands the new index to keep and releases the one it replaces", () => {
    const kept: T[] = [];
    const released: T[] = [];
    const b = { ...cpu, dispose: (x: T) => void released.push(x) } as Cpu;
    const cache = createPairCache(b, { refreshEvery: 2, keep: (t) => void kept.push(t) });
    const w = cpu.tensor(rows(5, 3, 4), [5, 3]);
    for (let i = 0; i < 5; i++) cache.loss(w);
    expect(kept.length).toBe(3);
    // the loss also frees its own intermediates; of the kept indices, exactly the replaced ones go
    const releasedIndices = (): T[] => released.filter((x) => kept.includes(x));
    expect(releasedIndices()).toEqual(kept.slice(0, 2));
    cache.dispose();
    expect(releasedIndices()).toEqual(kept);
  });
});

describe("solveTammes with refreshEvery", () => {
  it("refreshEvery 1 gives the same points as before; k > 1 still spreads the points", async () => {
    const base = await solveTammes({ dim: 3, points: 20, backend: cpu, iterations: 300, seed: 2 });
    const one = await solveTammes({ dim: 3, points: 20, backend: cpu, iterations: 300, seed: 2, refreshEvery: 1 });
    expect(Array.from(one.points)).toEqual(Array.from(base.points));
    const ten = await solveTammes({ dim: 3, points: 20, backend: cpu, iterations: 300, seed: 2, refreshEvery: 10 });
    const start = await solveTammes({ dim: 3, points: 20, backend: cpu, iterations: 0, seed: 2 });
    expect(ten.minAngleDeg!).toBeGreaterThan(3 * start.minAngleDeg!); // the random start's minimal angle is small
    expect(ten.iterations).toBe(300);
    await expect(solveTammes({ dim: 3, points: 20, backend: cpu, loss: "mhe", refreshEvery: 5 })).rejects.toThrow(/refreshEvery applies to the mma and cosine/);
  });
});
