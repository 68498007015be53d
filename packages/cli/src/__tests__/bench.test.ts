import { describe, expect, it } from "vitest";
import { runMma } from "./helpers.js";

describe("mma bench", () => {
  it("times MMA and the Gram product side by side and reports their ratio (JSON)", async () => {
    const { code, out } = await runMma(["bench", "--sizes", "8x5,20x7", "--repeats", "2", "--json"]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.rows.map((x: { n: number; d: number }) => [x.n, x.d])).toEqual([[8, 5], [20, 7]]);
    for (const row of r.rows) {
      expect(row.backend).toBe("cpu");
      expect(row.mmaMs).toBeGreaterThan(0);
      expect(row.gramMs).toBeGreaterThan(0);
      expect(row.ratio).toBeCloseTo(row.mmaMs / row.gramMs, 10);
    }
  }, 30_000);
  it("rejects malformed sizes", async () => {
    const { code, err } = await runMma(["bench", "--sizes", "64by576"]);
    expect(code).toBe(2);
    expect(err).toMatch(/--sizes entries look like 64x576/);
  });
  it("starts every backend before timing and reports every one that cannot start, in one error", async () => {
    const { code, err, out } = await runMma(["bench", "--backends", "cpu,nope,gpujs-cpu,tfjs-webgl", "--sizes", "8x5", "--repeats", "1"]);
    expect(code).toBe(2);
    expect(out).toBe(""); // nothing timed
    expect(err).toMatch(/\[BACKEND\]: 2 backend\(s\) did not start/);
    expect(err).toMatch(/nope: unknown backend/);
    expect(err).toMatch(/tfjs-webgl: runs only in: browser/);
  });
  it("runs backends that share a global (two tfjs backends) one after the other", async () => {
    const { code, out, err } = await runMma(["bench", "--backends", "tfjs-wasm,tfjs-cpu", "--sizes", "6x4", "--repeats", "1", "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(out).rows.map((r: { backend: string }) => r.backend)).toEqual(["tfjs-wasm", "tfjs-cpu"]);
  });
});
