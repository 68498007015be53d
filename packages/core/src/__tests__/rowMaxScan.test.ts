import { describe, expect, it } from "vitest";
import { scanRowMax } from "../rowMaxScan.js";

describe("scanRowMax (the one row-max scan of every backend)", () => {
  const c = [
    1, 0.5, 0.5, -1,
    0.5, 1, 0.2, 0.2,
    0.5, 0.2, 1, 0.9,
    -1, 0.2, 0.9, 1,
  ];

  it("exclude: skips the diagonal, ties keep the lowest index", () => {
    const value = new Float64Array(4), index = new Int32Array(4);
    scanRowMax(c, 0, 4, 4, "exclude", value, index);
    expect(Array.from(value)).toEqual([0.5, 0.5, 0.9, 0.9]);
    expect(Array.from(index)).toEqual([1, 0, 3, 2]);
  });

  it("negate: the diagonal competes with -c_ii", () => {
    const m = [-1, -2, -3, -0.5];
    const value = new Float64Array(2), index = new Int32Array(2);
    scanRowMax(m, 0, 2, 2, "negate", value, index);
    // row 0: -(-1) = 1 beats -2; row 1: -3 vs -(-0.5) = 0.5 at the diagonal
    expect(Array.from(value)).toEqual([1, 0.5]);
    expect(Array.from(index)).toEqual([0, 1]);
  });

  it("a 1 x 1 matrix under exclude has no candidate: -Infinity at index 0", () => {
    const value = [0], index = [7];
    scanRowMax([1], 0, 1, 1, "exclude", value, index);
    expect(value).toEqual([-Infinity]);
    expect(index).toEqual([0]);
  });

  it("a block of rows i0..i1 reads its own rows and writes at the global row numbers", () => {
    const value = new Float64Array(4).fill(NaN), index = new Int32Array(4).fill(-1);
    scanRowMax(c.slice(8, 16), 2, 4, 4, "exclude", value, index);
    expect(Array.from(value.slice(2))).toEqual([0.9, 0.9]);
    expect(Array.from(index)).toEqual([-1, -1, 3, 2]);
    expect(Number.isNaN(value[0])).toBe(true);
  });

  it("-Infinity entries still yield a valid index (the first candidate)", () => {
    const value = new Float64Array(1), index = new Int32Array(1);
    scanRowMax([-Infinity, -Infinity, -Infinity], 0, 1, 3, "exclude", value, index);
    expect(index[0]).toBe(1);
    expect(value[0]).toBe(-Infinity);
  });
});
