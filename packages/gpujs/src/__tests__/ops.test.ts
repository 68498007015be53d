import type { UnaryOp } from "@mmareg/core";
import { afterAll, describe, expect, it } from "vitest";
import { createGpujsBackend } from "../index.js";

// Op-by-op agreement is the conformance suite's `ops` group (conformance.test.ts runs it on
// gpujs-cpu and gpujs-webasm); here: the backend's own shape checks.
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
