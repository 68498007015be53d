import { describe, expect, it } from "vitest";
import { maxAbs, maxAbsDiff } from "../compare.js";
import { exactAgreesWithReference, goldenCases, goldenInput, goldenLosses, goldenNumber } from "../golden.js";
import { randomPermutation, randomRotation } from "../matrices.js";

describe("golden data", () => {
  it("every loss file has an entry for every case, with a gradient of the case's size", () => {
    expect(goldenCases.length).toBe(25);
    expect(goldenLosses.map((g) => g.loss)).toEqual(["mma", "cosine", "mhe-s2", "mhe-s0", "orthogonal"]);
    for (const gl of goldenLosses) {
      expect(gl.options.mode).toBe("reference");
      for (const c of goldenCases) {
        const r = gl.results[c.name];
        expect(r, `${gl.loss} ${c.name}`).toBeDefined();
        expect(["full", "loss_only", "implementation_defined"]).toContain(r.conformance);
        if (r.grad) expect(r.grad.length).toBe(c.n * c.d);
      }
    }
  });
  it("the regenerated inputs have the recorded sums (the large case too)", () => {
    const large = goldenCases.find((c) => c.name === "large_512x64")!;
    const w = goldenInput(large);
    expect(w.length).toBe(512 * 64);
    expect(w.reduce((s, x) => s + x, 0)).toBe(large.input_check.sum_sequential);
  });
  it("non-finite golden numbers decode to JS values", () => {
    expect(goldenNumber("NaN")).toBeNaN();
    expect(goldenNumber("Infinity")).toBe(Infinity);
    expect(goldenNumber("-Infinity")).toBe(-Infinity);
    expect(goldenNumber(1.5)).toBe(1.5);
  });
  it("exact mode is only required to agree on plain cases", () => {
    const plain = goldenCases.filter(exactAgreesWithReference).map((c) => c.name);
    expect(plain).toContain("random_6x4");
    expect(plain).not.toContain("zero_row_5x4");
    expect(plain).not.toContain("near_dup_saturated_5x3");
    expect(plain).not.toContain("n1_d4");
  });
});

describe("comparison helpers", () => {
  it("maxAbsDiff treats matching non-finite entries as equal and mismatches as infinite", () => {
    expect(maxAbsDiff([1, NaN, Infinity], [1.5, NaN, Infinity])).toBe(0.5);
    expect(maxAbsDiff([NaN], [1])).toBe(Infinity);
    expect(maxAbsDiff([Infinity], [-Infinity])).toBe(Infinity);
    expect(maxAbs([1, -3, NaN])).toBe(3);
  });
  it("test matrices: rotations are orthogonal, permutations are permutations", () => {
    const d = 6;
    const q = randomRotation(d, 1);
    for (let i = 0; i < d; i++)
      for (let j = 0; j < d; j++) {
        let s = 0;
        for (let k = 0; k < d; k++) s += q[i * d + k] * q[j * d + k];
        expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-14);
      }
    expect([...randomPermutation(10, 3)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
