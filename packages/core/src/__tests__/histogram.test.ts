import { describe, expect, it } from "vitest";
import { histogram, upperTriangle } from "../metrics.js";

describe("histogram", () => {
  it("bins values over a given range, the last bin closed", () => {
    const h = histogram([0, 0.1, 0.5, 0.99, 1, 2, -1], { bins: 2, min: 0, max: 1 });
    expect(Array.from(h.counts)).toEqual([2, 3]);
    expect(Array.from(h.edges)).toEqual([0, 0.5, 1]);
  });
  it("uses the data range by default and survives a constant input", () => {
    expect(Array.from(histogram([3, 3, 3], { bins: 4 }).counts)).toEqual([3, 0, 0, 0]);
    expect(histogram([1, 2, 3, 4], { bins: 3 }).counts.reduce((a, b) => a + b, 0)).toBe(4);
  });
  it("rejects a bad bin count", () => {
    expect(() => histogram([1], { bins: 0 })).toThrow(/positive integer/);
  });
});

describe("upperTriangle", () => {
  it("reads i < j entries row by row", () => {
    expect(Array.from(upperTriangle([1, 2, 3, 2, 1, 4, 3, 4, 1], 3))).toEqual([2, 3, 4]);
  });
});
