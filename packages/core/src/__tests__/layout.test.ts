import { describe, expect, it } from "vitest";
import { MMARegError } from "../errors.js";
import { flatIndexOf, flattenNested, fromRows, rowsShape, toRows } from "../layout.js";

describe("rowsShape", () => {
  it("maps every layout to [n, d]", () => {
    expect(rowsShape([5, 7], "rows")).toEqual({ n: 5, d: 7 });
    expect(rowsShape([5, 7], "dense")).toEqual({ n: 7, d: 5 });
    expect(rowsShape([3, 3, 16, 32], "conv-hwio")).toEqual({ n: 32, d: 144 });
    expect(rowsShape([5, 4, 8], "conv-hwio")).toEqual({ n: 8, d: 20 });
    expect(rowsShape([2, 3, 3, 4, 6], "conv-hwio")).toEqual({ n: 6, d: 72 });
    expect(rowsShape([32, 16, 3, 3], "conv-oihw")).toEqual({ n: 32, d: 144 });
    expect(rowsShape([3, 3, 8, 2], "depthwise-hwcm")).toEqual({ n: 16, d: 9 });
  });
  it("rejects ranks that do not fit, with BAD_SHAPE", () => {
    for (const [shape, layout] of [
      [[2, 3, 4], "rows"],
      [[6], "dense"],
      [[6], "conv-hwio"],
      [[3, 3, 8], "depthwise-hwcm"],
    ] as const) {
      expect(() => rowsShape(shape, layout)).toThrow(MMARegError);
    }
    expect(() => rowsShape([2, -1], "rows")).toThrow(/not a non-negative integer/);
    expect(() => rowsShape([2, 2], "nchw" as never)).toThrow(/unknown layout/);
  });
});

describe("toRows / fromRows", () => {
  it("dense [in, out]: row i is column i", () => {
    // [in=3, out=2]: [[1,2],[3,4],[5,6]]
    const r = toRows([1, 2, 3, 4, 5, 6], [3, 2], "dense");
    expect(Array.from(r.data)).toEqual([1, 3, 5, 2, 4, 6]);
    expect(Array.from(fromRows(r.data, [3, 2], "dense"))).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it("conv-hwio: each output channel's weights over all other axes form a row", () => {
    const shape = [2, 2, 3, 4];
    const data = Float64Array.from({ length: 48 }, (_, i) => i);
    const r = toRows(data, shape, "conv-hwio");
    expect([r.n, r.d]).toEqual([4, 12]);
    for (let o = 0; o < 4; o++) for (let k = 0; k < 12; k++) expect(r.data[o * 12 + k]).toBe(k * 4 + o);
    expect(Array.from(fromRows(r.data, shape, "conv-hwio"))).toEqual(Array.from(data));
  });
  it("depthwise-hwcm: each (channel, multiplier) filter is a row over kh*kw", () => {
    const shape = [2, 2, 3, 2]; // kh, kw, in, mult
    const data = Float64Array.from({ length: 24 }, (_, i) => i);
    const r = toRows(data, shape, "depthwise-hwcm");
    expect([r.n, r.d]).toEqual([6, 4]);
    // filter (c=1, m=0) is row 2; its (h=1, w=0) tap is element ((1*2+0)*3+1)*2+0
    expect(r.data[2 * 4 + 2]).toBe(((1 * 2 + 0) * 3 + 1) * 2 + 0);
    expect(Array.from(fromRows(r.data, shape, "depthwise-hwcm"))).toEqual(Array.from(data));
  });
  it("conv-oihw and rows keep the order; float32 stays float32", () => {
    const data = Float32Array.from([1, 2, 3, 4, 5, 6]);
    const r = toRows(data, [2, 1, 3], "conv-oihw");
    expect(r.data).toBeInstanceOf(Float32Array);
    expect(Array.from(r.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it("flatIndexOf points back into the original weight", () => {
    const shape = [3, 3, 2, 5];
    const data = Float64Array.from({ length: 90 }, (_, i) => i);
    const r = toRows(data, shape, "conv-hwio");
    for (const [row, col] of [[0, 0], [4, 17], [2, 9]]) {
      expect(data[flatIndexOf(shape, "conv-hwio", row, col)]).toBe(r.data[row * r.d + col]);
    }
  });
  it("rejects data of the wrong length", () => {
    expect(() => toRows([1, 2, 3], [2, 2])).toThrow(/needs 4/);
  });
});

describe("flattenNested", () => {
  it("flattens rectangular arrays of any depth", () => {
    expect(flattenNested([[1, 2], [3, 4], [5, 6]])).toEqual({ data: Float64Array.from([1, 2, 3, 4, 5, 6]), shape: [3, 2] });
    expect(flattenNested([[[1], [2]], [[3], [4]]]).shape).toEqual([2, 2, 1]);
  });
  it("names the ragged or non-numeric element", () => {
    expect(() => flattenNested([[1, 2], [3]])).toThrow(/ragged array at \[1\]/);
    expect(() => flattenNested([[1, 2], [3, "x"]])).toThrow(/element at \[1, 1\] is string/);
  });
});
