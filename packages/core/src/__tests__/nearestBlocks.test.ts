import { createCpuBackend } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import { angleBlockRows, nearestNeighborsAsync, nearestNeighborsInBlocks } from "../angleBlocks.js";
import { withoutFused, type Backend, type DiagonalRule } from "../backend.js";
import { nearestNeighbors, normalizeRows } from "../compose.js";
import { isMMARegError } from "../errors.js";
import { evaluateLoss } from "../evaluate.js";
import { computeLoss } from "../losses/index.js";
import { gaussianMatrix } from "../random.js";

const cpu = createCpuBackend();
const cpu32 = createCpuBackend({ dtype: "float32" });
type T = ReturnType<typeof cpu.tensor>;

/** Float64 brute force from the unit rows as stored: rowMax(U Uᵀ, rule), lowest index on ties. */
function bruteForce(u: ArrayLike<number>, n: number, d: number, rule: DiagonalRule) {
  const value: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = -1;
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let k = 0; k < d; k++) c += (u[i * d + k] as number) * (u[j * d + k] as number);
      if (j === i) {
        if (rule === "exclude") continue;
        c = -c;
      }
      if (arg < 0 || c > best) [best, arg] = [c, j];
    }
    value.push(best);
    index.push(arg < 0 ? 0 : arg);
  }
  return { value, index };
}

/** Random rows with exact duplicates (rows 3 and 9 copy row 1; row 12 copies row 0) and, optionally, a zero row 5. */
function rows(n: number, d: number, seed: number, zeroRow = false): Float64Array {
  const x = gaussianMatrix(n, d, seed);
  for (const [to, from] of [[3, 1], [9, 1], [12, 0]] as const) if (to < n) x.copyWithin(to * d, from * d, from * d + d);
  if (zeroRow) x.fill(0, 5 * d, 6 * d);
  return x;
}

/**
 * A view of `b` that records the largest tensor it is asked for (uploads and op results, as
 * the conformance suite's recordTensorSizes) and counts calls of `gram`; `async` hides
 * `readSync`, like a GPU or ONNX backend.
 */
function recording(b: Backend<T>, async = false) {
  let largest = 0;
  let grams = 0;
  const see = (x: unknown): void => {
    if (x instanceof Object && "shape" in x) largest = Math.max(largest, b.shape(x as T).reduce((p, v) => p * v, 1));
    else if (x instanceof Object) for (const v of Object.values(x)) see(v);
  };
  const view = new Proxy(b, {
    get(target, prop, receiver) {
      if (async && prop === "readSync") return undefined;
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== "function") return v;
      const f = (v as (...a: unknown[]) => unknown).bind(target);
      if (prop === "read" || prop === "readSync" || prop === "shape" || prop === "dispose" || prop === "scope") return f;
      return (...args: unknown[]) => {
        if (prop === "gram") grams++;
        const out = f(...args);
        see(out);
        return out;
      };
    },
    has(target, prop) {
      if (async && prop === "readSync") return false;
      return Reflect.has(target, prop);
    },
  });
  return { view, largest: () => largest, grams: () => grams };
}

describe("nearestNeighbors composed in row blocks", () => {
  for (const [label, b] of [["float64", cpu], ["float32", cpu32]] as const) {
    for (const rule of ["exclude", "negate"] as const) {
      for (const [n, d, block] of [
        [40, 5, 40 * 7], // 7 rows a block, the last block 5 rows
        [40, 5, 1], // one row a block
        [13, 3, 13 * 13], // one block
      ] as const) {
        it(`${label} ${rule}: ${n} x ${d} in blocks of ${angleBlockRows(n, block)} rows = brute force and the fused op, ties to the lowest index`, async () => {
          const w = b.tensor(rows(n, d, 7, rule === "negate"), [n, d]);
          const unit = normalizeRows(b, w, rule === "negate" ? 1e-12 : null).unit;
          const want = bruteForce(b.readSync(unit), n, d, rule);
          const sync = nearestNeighborsInBlocks(b, unit, rule, block);
          const asyn = await nearestNeighborsAsync(b, unit, rule, false, block);
          const fused = b.nearestNeighbors!(unit, rule);
          for (const got of [sync, asyn, fused]) {
            expect(Array.from(b.readSync(got.index))).toEqual(want.index);
            const v = b.readSync(got.value);
            for (let i = 0; i < n; i++) expect(v[i]).toBeCloseTo(want.value[i]!, label === "float64" ? 12 : 5);
          }
          // duplicates: rows 1, 3, 9 are one direction; each picks the lowest other copy
          if (rule === "exclude") expect([want.index[1], want.index[3], want.index[9], want.index[12]]).toEqual([3, 1, 1, 0]);
        });
      }
    }
  }

  it("a single row: exclude gives -Infinity at index 0, negate the row itself", () => {
    const unit = cpu.tensor([0.6, 0.8], [1, 2]);
    const ex = nearestNeighborsInBlocks(cpu, unit, "exclude", 1);
    expect([cpu.readSync(ex.value)[0], cpu.readSync(ex.index)[0]]).toEqual([-Infinity, 0]);
    const ng = nearestNeighborsInBlocks(cpu, unit, "negate", 1);
    expect(cpu.readSync(ng.value)[0]).toBeCloseTo(-1, 14);
    expect(cpu.readSync(ng.index)[0]).toBe(0);
  });

  it("core's nearestNeighbors uses blocks above one block of rows and never asks for the n x n Gram", () => {
    const n = 1100; // angleBlockRows(1100) = 953 < n: two blocks
    const d = 6;
    const rec = recording(withoutFused(cpu));
    const w = cpu.tensor(rows(n, d, 11), [n, d]);
    const unit = normalizeRows(cpu, w, null).unit;
    const composed = nearestNeighbors(rec.view, unit, "exclude");
    expect(rec.grams()).toBe(0);
    expect(rec.largest()).toBeLessThanOrEqual(angleBlockRows(n) * n);
    expect(rec.largest()).toBeLessThan(n * n);
    expect(Array.from(cpu.readSync(composed.index))).toEqual(Array.from(cpu.readSync(cpu.nearestNeighbors!(unit, "exclude").index)));
    // up to one block of rows (n^2 <= 2^20) the composition stays the Gram product
    const small = recording(withoutFused(cpu));
    nearestNeighbors(small.view, cpu.tensor(rows(50, 3, 2), [50, 3]), "exclude");
    expect(small.grams()).toBe(1);
  });

  for (const [loss, mode] of [["mma", "exact"], ["mma", "reference"], ["cosine", "exact"]] as const) {
    it(`${loss} ${mode} loss without the fused ops at n = 1100: the fused result, one block at most`, async () => {
      const n = 1100;
      const d = 6;
      const data = rows(n, d, 13);
      const want = await evaluateLoss(cpu, { data, shape: [n, d] }, { loss, mode });
      for (const async of [false, true]) {
        const rec = recording(withoutFused(cpu), async);
        const got = await evaluateLoss(rec.view, { data, shape: [n, d] }, { loss, mode });
        expect(rec.grams(), async ? "async" : "sync").toBe(0);
        expect(rec.largest()).toBeLessThanOrEqual(angleBlockRows(n) * n);
        expect(got.loss).toBeCloseTo(want.loss, 12);
        let err = 0;
        for (let i = 0; i < n * d; i++) err = Math.max(err, Math.abs((got.grad as Float64Array)[i]! - (want.grad as Float64Array)[i]!));
        expect(err).toBeLessThan(1e-12);
      }
    });
  }

  it("the sync loss on a backend without readSync or the fused search falls back to the Gram product (documented)", () => {
    const n = 1100;
    const rec = recording(withoutFused(cpu), true);
    const w = cpu.tensor(rows(n, 3, 17), [n, 3]);
    const out = computeLoss(rec.view, w, { loss: "mma" });
    expect(rec.grams()).toBe(1);
    expect(Number.isFinite(cpu.readSync(out.loss)[0])).toBe(true);
  });

  it("nearestNeighborsInBlocks without readSync is a typed BACKEND error pointing to the async form", () => {
    const rec = recording(withoutFused(cpu), true);
    const unit = cpu.tensor([1, 0, 0, 1, 0.6, 0.8], [3, 2]);
    try {
      nearestNeighborsInBlocks(rec.view, unit, "exclude", 3);
      expect.unreachable();
    } catch (e) {
      expect(isMMARegError(e) && e.code === "BACKEND").toBe(true);
      expect((e as Error).message).toMatch(/nearestNeighborsAsync/);
    }
  });
});
