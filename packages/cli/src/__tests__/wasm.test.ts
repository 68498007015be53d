import { gaussianMatrix } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import { runMma as run, tempFile } from "./helpers.js";

const file = tempFile("w-wasm.json", JSON.stringify({ shape: [12, 5], data: Array.from(gaussianMatrix(12, 5, 11)) }));

describe("mma --backend wasm", () => {
  it("mma loss --backend wasm agrees with the cpu backend to float32 precision", async () => {
    for (const loss of ["mma", "mhe"]) {
      const got = await run(["loss", file, "--loss", loss, "--backend", "wasm", "--json"]);
      expect(got.err).toBe("");
      expect(got.code).toBe(0);
      const want = await run(["loss", file, "--loss", loss, "--json"]);
      const g = JSON.parse(got.out) as { loss: number; grad: number[]; backend: string; dtype: string };
      const w = JSON.parse(want.out) as typeof g;
      expect(g.backend).toBe("wasm");
      expect(g.dtype).toBe("float32");
      expect(g.loss).toBeCloseTo(w.loss, 5);
      for (let i = 0; i < w.grad.length; i++) expect(Math.abs(g.grad[i]! - w.grad[i]!)).toBeLessThan(1e-5);
    }
  });

  it("refuses float64 with a usage error", async () => {
    const r = await run(["loss", file, "--backend", "wasm", "--dtype", "float64"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/computes in float32/);
  });

  it("mma bench reports the Gram kernel's GFLOP/s per core and the threads", async () => {
    const r = await run(["bench", "--backends", "wasm", "--sizes", "16x8", "--repeats", "1", "--json"]);
    expect(r.code).toBe(0);
    const { rows } = JSON.parse(r.out) as { rows: { backend: string; gramMs: number; threads: number; gramGflopsPerCore: number }[] };
    expect(rows[0]!.backend).toBe("wasm");
    expect(rows[0]!.threads).toBeGreaterThanOrEqual(1);
    expect(rows[0]!.gramGflopsPerCore).toBeCloseTo((2 * 16 * 16 * 8) / (rows[0]!.gramMs * 1e6) / rows[0]!.threads, 10);
  });
});
