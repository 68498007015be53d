import { MMARegError } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import { inverseIndex } from "../inverseIndex.js";

describe("inverseIndex", () => {
  it("lists each target's sources in ascending order (CSR)", () => {
    const { start, order } = inverseIndex([2, 0, 2, 2, 4, 0], 5, "test");
    expect(Array.from(start)).toEqual([0, 2, 2, 5, 5, 6]);
    expect(Array.from(order)).toEqual([1, 5, 0, 2, 3, 4]);
  });

  it("rejects entries that are not row numbers", () => {
    for (const bad of [[5], [-1], [0.5], [Number.NaN]]) {
      expect(() => inverseIndex(bad, 5, "test")).toThrow(MMARegError);
    }
  });
});
