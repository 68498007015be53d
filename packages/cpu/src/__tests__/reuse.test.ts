import { describe, expect, it } from "vitest";
import { angleReport, evaluateLoss, evaluateLossView, MMARegError } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import { createCpuBackend } from "../index.js";

// The cpu backend hands a disposed tensor's array to the next allocation of the same
// length. These tests use reuseMinLength: 0 (every array is reused) on small shapes, so
// each case below would fail if a reused array aliased a live tensor, kept stale values,
// or were handed back twice.

describe("cpu backend array reuse", () => {
  it("reuses a disposed tensor's array for the next one of that length, never a live one's", () => {
    const b = createCpuBackend({ reuseMinLength: 0 });
    const a = b.tensor([1, 2, 3, 4], [2, 2]);
    const keep = b.tensor([5, 6, 7, 8], [2, 2]);
    const arrayA = b.readView(a);
    b.dispose(a);
    const c = b.binary("add", keep, 1); // same length: takes a's array
    expect(b.readView(c)).toBe(arrayA);
    expect(b.readView(c)).not.toBe(b.readView(keep));
    expect([...b.readSync(c)]).toEqual([6, 7, 8, 9]);
    expect([...b.readSync(keep)]).toEqual([5, 6, 7, 8]);
    // nothing left to reuse: the next array is new
    const e = b.binary("mul", keep, 2);
    expect(b.readView(e)).not.toBe(arrayA);
    expect([...b.readSync(e)]).toEqual([10, 12, 14, 16]);
  });

  it("zeroes a reused array for ops that accumulate into it", () => {
    const b = createCpuBackend({ reuseMinLength: 0 });
    const fresh = createCpuBackend({ reuseMinLength: Infinity });
    const n = 6;
    const d = 5;
    const w = normal12Matrix(n, d, 3);
    const index = [1, 0, 3, 2, 5, 4];
    // a disposed [n, d] array full of garbage, then pairAngles (its float64 gradient is
    // summed into a zeroed array with +=)
    const junk = b.tensor(Array.from({ length: n * d }, () => 1e6), [n, d]);
    const u = b.normalizeRows(b.tensor(w, [n, d]), null).unit;
    b.dispose(junk);
    const got = b.pairAngles(u, b.tensor(index, [n], "index"));
    const uf = fresh.normalizeRows(fresh.tensor(w, [n, d]), null).unit;
    const want = fresh.pairAngles(uf, fresh.tensor(index, [n], "index"));
    expect([...b.readSync(got.grad)]).toEqual([...fresh.readSync(want.grad)]);
    expect([...b.readSync(got.theta)]).toEqual([...fresh.readSync(want.theta)]);
  });

  it("a tensor disposed twice gives its array back once (two new tensors never share it)", () => {
    const b = createCpuBackend({ reuseMinLength: 0 });
    const a = b.tensor([1, 2, 3], [3]);
    b.dispose(a);
    b.dispose(a);
    const x = b.tensor([1, 1, 1], [3]);
    const y = b.tensor([2, 2, 2], [3]);
    expect(b.readView(x)).not.toBe(b.readView(y));
    expect([...b.readSync(x)]).toEqual([1, 1, 1]);
  });

  it("refuses a disposed tensor (BACKEND) instead of reading an array another tensor now holds", () => {
    const b = createCpuBackend({ reuseMinLength: 0 });
    const a = b.tensor([1, 2, 3, 4], [2, 2]);
    b.dispose(a);
    b.tensor([9, 9, 9, 9], [2, 2]); // may take a's array
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (e) {
        return e instanceof MMARegError ? e.code : "other";
      }
      return undefined;
    };
    expect(code(() => b.readSync(a))).toBe("BACKEND");
    expect(code(() => b.gram(a))).toBe("BACKEND");
    expect(code(() => b.readView(a))).toBe("BACKEND");
    expect(code(() => b.take(a))).toBe("BACKEND");
  });

  it("never reuses an array handed over by take, even after the tensor is disposed", () => {
    const b = createCpuBackend({ reuseMinLength: 0 });
    const t = b.tensor([1, 2, 3, 4], [4]);
    const taken = b.take(t);
    b.dispose(t); // allowed, does nothing more
    const other = b.tensor([7, 7, 7, 7], [4]);
    expect(b.readView(other)).not.toBe(taken);
    expect([...taken]).toEqual([1, 2, 3, 4]);
  });

  it("keeps no array of another dtype, or below the minimum length, or with reuse off", () => {
    for (const [opts, len, reused] of [
      [{ reuseMinLength: 8 }, 4, false],
      [{ reuseMinLength: 8 }, 8, true],
      [{ reuseMinLength: Infinity }, 8, false],
    ] as const) {
      const b = createCpuBackend(opts);
      const a = b.tensor(new Array<number>(len).fill(1), [len]);
      const arr = b.readView(a);
      b.dispose(a);
      expect(b.readView(b.tensor(new Array<number>(len).fill(2), [len])) === arr).toBe(reused);
    }
    const b = createCpuBackend({ reuseMinLength: 0 });
    const idx = b.tensor([0, 1, 2, 3], [4], "index");
    b.dispose(idx); // an index tensor's Int32Array is not a float array of the backend
    expect(b.readView(b.tensor([1, 2, 3, 4], [4]))).toBeInstanceOf(Float64Array);
  });

  it("rejects a bad reuseMinLength", () => {
    expect(() => createCpuBackend({ reuseMinLength: -1 })).toThrow(MMARegError);
    expect(() => createCpuBackend({ reuseMinLength: Number.NaN })).toThrow(/reuseMinLength/);
  });

  it("the angle report asks for no pair angles (no [n, d] gradient) and gives the exact angles", async () => {
    const n = 30;
    const d = 8;
    const w = normal12Matrix(n, d, 4);
    const b = createCpuBackend();
    const calls: string[] = [];
    const spied = new Proxy(b, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (typeof v !== "function") return v;
        return (...args: unknown[]) => {
          calls.push(String(prop));
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const r = await angleReport(spied, { data: w, shape: [n, d] });
    expect(calls).toContain("angleStats");
    expect(calls).not.toContain("pairAngles");
    // each nearest angle is the exact angle to the reported row (checked in float64 here)
    for (let i = 0; i < n; i++) {
      const j = r.nearestIndex[i]!;
      let dot = 0, a = 0, c = 0;
      for (let k = 0; k < d; k++) {
        dot += w[i * d + k]! * w[j * d + k]!;
        a += w[i * d + k]! ** 2;
        c += w[j * d + k]! ** 2;
      }
      expect(Math.abs(r.nearestDeg[i]! - (Math.acos(dot / Math.sqrt(a * c)) * 180) / Math.PI)).toBeLessThan(1e-9);
    }
  });

  it("borrow holds the caller's array of its dtype as it is, never writes it, never reuses it", () => {
    const b = createCpuBackend({ dtype: "float32", reuseMinLength: 0 });
    const mine = new Float32Array([3, 4, 0, 2]);
    const t = b.borrow(mine, [2, 2]);
    expect(b.readView(t)).toBe(mine);
    const u = b.normalizeRows(t, null).unit;
    expect([...b.readSync(u)]).toEqual([0.6, 0.8, 0, 1].map(Math.fround));
    b.dispose(t);
    b.dispose(u);
    const next = b.tensor([9, 9, 9, 9], [2, 2]);
    const after = b.tensor([8, 8, 8, 8], [2, 2]);
    expect(b.readView(next)).not.toBe(mine);
    expect(b.readView(after)).not.toBe(mine);
    expect([...mine]).toEqual([3, 4, 0, 2]);
    // another dtype (or a plain array) is copied, as tensor() does
    const other = new Float64Array([1, 2]);
    expect(b.readView(b.borrow(other, [2]))).not.toBe(other);
    expect(() => b.borrow(mine, [3])).toThrow(/do not fill shape/);
  });

  it("evaluateLoss and angleReport leave a borrowed input unchanged and match a backend without borrow", async () => {
    const n = 50;
    const d = 16;
    const w = Float64Array.from(normal12Matrix(n, d, 21));
    const copy = w.slice();
    const b = createCpuBackend({ reuseMinLength: 0 });
    const plain = new Proxy(createCpuBackend({ reuseMinLength: 0 }), {
      get: (target, prop, receiver) => (prop === "borrow" ? undefined : Reflect.get(target, prop, receiver)),
    });
    const run = async (x: typeof b) => {
      const l = await evaluateLoss(x, { data: w, shape: [n, d] });
      const r = await angleReport(x, { data: w, shape: [n, d] });
      return [l.loss, ...l.grad, r.minAngleDeg, r.pairsAbove, ...r.nearestIndex];
    };
    expect(await run(b)).toEqual(await run(plain));
    expect(w).toEqual(copy);
  });

  for (const dtype of ["float64", "float32"] as const) {
    it(`loss, then angle report, then loss again give the same bits with and without reuse (${dtype})`, async () => {
      const n = 40;
      const d = 24;
      const w = normal12Matrix(n, d, 11);
      const input = { data: w, shape: [n, d] };
      const run = async (reuseMinLength: number) => {
        const b = createCpuBackend({ dtype, reuseMinLength });
        const first = await evaluateLossView(b, input, { loss: "mma" }, (r) => ({ loss: r.loss, grad: Array.from(r.grad) }));
        const report = await angleReport(b, input);
        const mhe = await evaluateLoss(b, input, { loss: "mhe", s: 0 });
        const again = await evaluateLoss(b, input, { loss: "mma", fused: false });
        return { first, report: [report.minAngleDeg, report.meanNearestDeg, report.pairsAbove, [...report.nearestIndex]], mhe: [mhe.loss, ...mhe.grad], again: [again.loss, ...again.grad] };
      };
      const reused = await run(0);
      const plain = await run(Infinity);
      expect(reused).toEqual(plain);
      expect(reused.again[0]).toBe(reused.first.loss);
    });
  }
});
