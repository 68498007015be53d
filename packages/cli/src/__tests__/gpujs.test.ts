import { gaussianMatrix } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import { runMma as run, tempFile } from "./helpers.js";

const file = tempFile("w.json", JSON.stringify({ shape: [12, 5], data: Array.from(gaussianMatrix(12, 5, 7)) }));

describe("mma --backend gpujs-cpu / gpujs-webasm", () => {
  for (const backend of ["gpujs-cpu", "gpujs-webasm"]) {
    it(`mma loss --backend ${backend} agrees with the cpu backend to float32 precision`, async () => {
      for (const loss of ["mma", "mhe"]) {
        const got = await run(["loss", file, "--loss", loss, "--backend", backend, "--json"]);
        expect(got.err).toBe("");
        expect(got.code).toBe(0);
        const want = await run(["loss", file, "--loss", loss, "--json"]);
        const g = JSON.parse(got.out) as { loss: number; grad: number[]; backend: string; dtype: string; minAngleDeg: number };
        const w = JSON.parse(want.out) as typeof g;
        expect(g.backend).toBe(backend);
        expect(g.dtype).toBe("float32");
        expect(g.loss).toBeCloseTo(w.loss, 5);
        expect(g.minAngleDeg).toBeCloseTo(w.minAngleDeg, 3);
        for (let i = 0; i < w.grad.length; i++) expect(Math.abs(g.grad[i]! - w.grad[i]!)).toBeLessThan(1e-5);
      }
    });
  }

  it("refuses float64 on gpu.js with a usage error", async () => {
    const r = await run(["loss", file, "--backend", "gpujs-cpu", "--dtype", "float64"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/computes in float32/);
  });

  it("mma bench times gpu.js MMA against its own Gram kernel and the cpu package", async () => {
    const r = await run(["bench", "--backends", "gpujs-webasm", "--sizes", "8x4", "--repeats", "1", "--json"]);
    expect(r.code).toBe(0);
    const { rows } = JSON.parse(r.out) as { rows: { backend: string; mmaMs: number; gramMs: number; baselines: { label: string; ms: number }[] }[] };
    expect(rows).toHaveLength(1);
    expect(rows[0]!.backend).toBe("gpujs-webasm");
    expect(rows[0]!.mmaMs).toBeGreaterThan(0);
    expect(rows[0]!.gramMs).toBeGreaterThan(0);
    expect(rows[0]!.baselines.map((b) => b.label)).toEqual(["cpu-pkg MMA"]);
  });
});
