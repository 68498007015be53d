import { describe, expect, it } from "vitest";
import { regularSimplex, simplexAngle } from "../simplex.js";

describe("regularSimplex", () => {
  for (const [n, d] of [[2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [10, 9], [7, 20], [130, 129]] as const) {
    it(`${n} points in R^${d}: unit rows, equal cosines -1/(n-1), zero sum`, () => {
      const v = regularSimplex(n, d);
      for (let i = 0; i < n; i++) {
        let norm = 0;
        for (let k = 0; k < d; k++) norm += v[i * d + k] ** 2;
        expect(Math.abs(norm - 1)).toBeLessThan(1e-14);
        for (let j = i + 1; j < n; j++) {
          let c = 0;
          for (let k = 0; k < d; k++) c += v[i * d + k] * v[j * d + k];
          expect(Math.abs(c + 1 / (n - 1))).toBeLessThan(1e-14);
        }
      }
      for (let k = 0; k < d; k++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += v[i * d + k];
        expect(Math.abs(s)).toBeLessThan(1e-13);
      }
    });
  }
  it("the angle matches Table 1's analytic rows", () => {
    expect((simplexAngle(4) * 180) / Math.PI).toBeCloseTo(109.4712, 4);
    expect((simplexAngle(5) * 180) / Math.PI).toBeCloseTo(104.4775, 4);
    expect((simplexAngle(6) * 180) / Math.PI).toBeCloseTo(101.537, 3);
  });
  it("refuses d < n - 1 and bad sizes", () => {
    expect(() => regularSimplex(5, 3)).toThrow(/needs d >= 4/);
    expect(() => regularSimplex(0, 3)).toThrow(/positive integers/);
    expect(() => simplexAngle(1)).toThrow(/n >= 2/);
  });
});
