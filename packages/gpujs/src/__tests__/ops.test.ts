import { expectAllClose, maxAbs } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import type { UnaryOp } from "@mmareg/core";
import { afterAll, describe, expect, it } from "vitest";
import { createGpujsBackend } from "../index.js";
import { CASES, readAll, type AnyBackend } from "./opCases.js";

for (const mode of ["cpu", "webasm"] as const) {
  describe(`ops on gpujs-${mode} agree with the cpu backend (float64)`, () => {
    const b = createGpujsBackend({ mode }) as unknown as AnyBackend;
    const ref = createCpuBackend() as unknown as AnyBackend;
    afterAll(() => (b as unknown as { destroy(): Promise<void> }).destroy());
    for (const [label, run] of CASES) {
      it(label, async () => {
        const got = await readAll(b, run(b));
        const want = await readAll(ref, run(ref));
        expect(got.length).toBe(want.length);
        for (let i = 0; i < want.length; i++) {
          expect(got[i]!.length, `${label} output ${i} size`).toBe(want[i]!.length);
          expectAllClose(got[i]!, want[i]!, 2e-6 * Math.max(1, maxAbs(want[i]!)), `${label} output ${i}`);
        }
      });
    }
  });
}

describe("op errors", () => {
  const b = createGpujsBackend({ mode: "cpu" });
  afterAll(() => b.destroy());
  it("shape mismatches are typed errors", () => {
    expect(() => b.matmul(b.tensor([1, 2], [1, 2]), b.tensor([1, 2], [1, 2]))).toThrow(/inner sizes differ/);
    expect(() => b.binary("add", b.tensor([1, 2, 3, 4], [2, 2]), b.tensor([1, 2, 3], [3]))).toThrow(/cannot broadcast/);
    expect(() => b.rowMax(b.tensor([1, 2], [1, 2]), "exclude")).toThrow(/square/);
    expect(() => b.scatterAddRows(b.tensor([1, 2], [2, 1]), b.tensor([0, 3], [2], "index"), 2)).toThrow(/not a row number/);
    expect(() => b.unary("cbrt" as UnaryOp, b.tensor([1], [1]))).toThrow(/unknown unary op/);
  });
});
