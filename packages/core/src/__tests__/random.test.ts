import { describe, expect, it } from "vitest";
import { gaussianMatrix, mulberry32, normal12Matrix, sampleRows, uniform } from "../random.js";

describe("random", () => {
  it("normal12Matrix reproduces the golden generator (seed 101: first entries of random_6x4)", () => {
    const w = normal12Matrix(6, 4, 101);
    expect(Array.from(w.slice(0, 4))).toEqual([0.19842740590684116, -1.708189819008112, -0.9169845078140497, -1.1079732631333172]);
  });
  it("mulberry32 is a uint32 stream and uniform is in [0, 1)", () => {
    const next = mulberry32(1);
    const u = uniform(1);
    for (let i = 0; i < 1000; i++) {
      const x = next();
      expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
      const y = u();
      expect(y >= 0 && y < 1).toBe(true);
    }
  });
  it("gaussianMatrix has mean ~0 and variance ~1 and is deterministic", () => {
    const g = gaussianMatrix(200, 50, 7);
    const mean = g.reduce((s, x) => s + x, 0) / g.length;
    const v = g.reduce((s, x) => s + (x - mean) ** 2, 0) / g.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(v - 1)).toBeLessThan(0.05);
    expect(gaussianMatrix(3, 3, 7)).toEqual(gaussianMatrix(3, 3, 7));
  });
  it("sampleRows picks k distinct sorted rows, the same for the same seed", () => {
    const a = sampleRows(50, 15, 3);
    expect(a.length).toBe(15);
    expect(new Set(a).size).toBe(15);
    expect(Array.from(a)).toEqual([...a].sort((x, y) => x - y));
    expect(sampleRows(50, 15, 3)).toEqual(a);
    expect(sampleRows(50, 15, 4)).not.toEqual(a);
  });
});
