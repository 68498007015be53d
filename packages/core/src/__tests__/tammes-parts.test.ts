import { describe, expect, it } from "vitest";
import { gaussianMatrix } from "../random.js";
import { fastExp } from "../tammes/fastExp.js";
import { normalizeRowsInPlace } from "../tammes/geometry.js";
import { PairList } from "../tammes/pairList.js";
import { createScheduler } from "../tammes/schedule.js";

describe("createScheduler", () => {
  it("plateau: cuts by the factor after more than `patience` flat steps, and only then", () => {
    const s = createScheduler(0.1, { kind: "plateau", patience: 3 });
    const lrs = [1, 1, 1, 1, 1, 1, 1, 1, 1].map((loss, i) => s.step(i, loss));
    // step 0 sets the best; steps 1..4 are flat: the 4th flat step (> 3) cuts.
    expect(lrs).toEqual([0.1, 0.1, 0.1, 0.1, 0.1 * 0.2, 0.1 * 0.2, 0.1 * 0.2, 0.1 * 0.2, 0.1 * 0.2 * 0.2]);
    expect(s.reductions).toBe(2);
  });

  it("plateau: improvement is relative to |best|, so a negative loss behaves like a positive one", () => {
    for (const sign of [1, -1]) {
      const s = createScheduler(1, { kind: "plateau", patience: 0, threshold: 0.1 });
      s.step(0, sign * 1);
      s.step(1, sign * 1 - 0.2); // improves by 0.2 > 0.1 * |best|: no cut
      expect(s.lr).toBe(1);
      s.step(2, sign * 1 - 0.25); // improves by only 0.05: a cut
      expect(s.lr).toBeCloseTo(0.2, 15);
    }
  });

  it("plateau: honours cooldown and minLr, and skips cuts below 1e-8 like PyTorch", () => {
    const s = createScheduler(0.1, { kind: "plateau", patience: 0, cooldown: 2, minLr: 0.01 });
    const lrs = [0, 0, 0, 0, 0, 0, 0].map((l, i) => s.step(i, l));
    expect(lrs).toEqual([0.1, 0.020000000000000004, 0.020000000000000004, 0.020000000000000004, 0.01, 0.01, 0.01]);
    const tiny = createScheduler(1e-8, { kind: "plateau", patience: 0 });
    for (let i = 0; i < 5; i++) tiny.step(i, 1);
    expect(tiny.lr).toBe(1e-8);
  });

  it("constant and function schedules", () => {
    const c = createScheduler(0.5, { kind: "constant" });
    expect([c.step(0, 1), c.step(1, 1)]).toEqual([0.5, 0.5]);
    const f = createScheduler(1, (it) => 1 / (it + 2));
    expect(f.step(0, 0)).toBe(0.5);
    expect(f.lr).toBe(0.5);
    const bad = createScheduler(1, () => Number.NaN);
    expect(() => bad.step(0, 0)).toThrow(/finite rate/);
  });

  it("rejects invalid settings", () => {
    expect(() => createScheduler(0)).toThrow(/lr must be a positive/);
    expect(() => createScheduler(1, { kind: "plateau", patience: -1 })).toThrow(/patience/);
    expect(() => createScheduler(1, { kind: "plateau", factor: 1 })).toThrow(/factor/);
    expect(() => createScheduler(1, { kind: "cosine" } as never)).toThrow(/unknown schedule kind/);
  });
});

describe("fastExp", () => {
  it("matches Math.exp to 1e-6 relative on the soft-max range and handles the ends", () => {
    let worst = 0;
    for (let x = -60; x <= 0; x += 0.000731) worst = Math.max(worst, Math.abs(fastExp(x) / Math.exp(x) - 1));
    expect(worst).toBeLessThan(1e-6);
    expect(fastExp(0)).toBe(1);
    expect(fastExp(-800)).toBe(0);
    expect(fastExp(1)).toBe(Math.E);
  });
});

describe("PairList", () => {
  it("holds exactly the pairs above its threshold, and knows when it still covers a cut", () => {
    const n = 40;
    const d = 3;
    const u = normalizeRowsInPlace(gaussianMatrix(n, d, 3), n, d);
    const list = new PairList(n);
    expect(list.covers(0)).toBe(false); // never built
    list.build(u, n, d, 0.5);
    const expected: string[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let c = 0;
        for (let k = 0; k < d; k++) c += (u[i * d + k] as number) * (u[j * d + k] as number);
        if (c >= 0.5) expected.push(`${i},${j}`);
      }
    }
    const got = Array.from({ length: list.size }, (_, p) => `${list.first[p]},${list.second[p]}`);
    expect(got).toEqual(expected);
    const cmax = list.cosines(u, d);
    expect(cmax).toBe(Math.max(...Array.from(list.cos.subarray(0, list.size))));
    expect(list.covers(0.5)).toBe(true);
    list.drift = 0.1;
    expect(list.covers(0.6)).toBe(false);
    expect(list.covers(0.7)).toBe(true);
  });

  it("grows past its initial capacity", () => {
    const n = 200;
    const u = normalizeRowsInPlace(gaussianMatrix(n, 2, 1), n, 2);
    const list = new PairList(n);
    list.build(u, n, 2, -Infinity);
    expect(list.size).toBe((n * (n - 1)) / 2);
    expect(list.first[list.size - 1]).toBe(n - 2);
  });
});
