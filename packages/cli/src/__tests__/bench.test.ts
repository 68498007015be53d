import { describe, expect, it } from "vitest";
import { createCpuBackend } from "@mmareg/cpu";
import type { Backend } from "@mmareg/core";
import { createWasmBackend } from "@mmareg/wasm";
import { benchRow } from "../commands/bench.js";
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
  it("a backend failing at one size gives a row with the error, and the next size is still timed", async () => {
    const cpu = createCpuBackend() as unknown as Backend<unknown>;
    // a backend whose runtime aborts on big inputs (as tfjs-wasm does at 10575 x 512)
    const fragile = new Proxy(cpu, {
      get(target, key, receiver) {
        if (key === "gram") {
          return (w: unknown) => {
            if ((cpu.shape(w)[0] ?? 0) > 10) throw new Error("RuntimeError: Aborted(). Build with -sASSERTIONS for more info.\nsecond line");
            return cpu.gram(w);
          };
        }
        return Reflect.get(target, key, receiver);
      },
    }) as Backend<unknown>;
    const failed = await benchRow(fragile, [], 12, 3, 1);
    expect(failed.error).toBe("RuntimeError: Aborted(). Build with -sASSERTIONS for more info.");
    expect(Number.isNaN(failed.mmaMs) && Number.isNaN(failed.gramMs)).toBe(true);
    const ok = await benchRow(fragile, [], 8, 3, 1);
    expect(ok.error).toBeUndefined();
    expect(ok.mmaMs).toBeGreaterThan(0);
    expect(ok.ratio).toBeCloseTo(ok.mmaMs / ok.gramMs, 10);
  });
  it("skips a baseline that cannot run at a size (the tfjs autodiff above 2^25 entries) instead of running it", async () => {
    const { AUTODIFF_MAX_ENTRIES, tfjsExtras } = await import("../backends/tfjs.js");
    const autodiff = tfjsExtras.baselines![0]!;
    expect(autodiff.skip?.(5792, 512)).toBeUndefined();
    expect(autodiff.skip?.(10575, 512)).toBe("needs n x n memory");
    expect(5793 * 5793).toBeGreaterThan(AUTODIFF_MAX_ENTRIES);
    const cpu = createCpuBackend() as unknown as Backend<unknown>;
    let runs = 0;
    const sized = { label: "sized", run: async () => void runs++, skip: (n: number) => (n > 6 ? "needs n x n memory" : undefined) };
    const big = await benchRow(cpu, [sized], 8, 3, 1);
    expect(runs).toBe(0);
    expect(big.error).toBeUndefined();
    expect(big.baselines).toEqual([{ label: "sized", ms: NaN, ratio: NaN, skipped: "needs n x n memory" }]);
    const small = await benchRow(cpu, [sized], 5, 3, 1);
    expect(runs).toBeGreaterThan(0);
    expect(small.baselines[0]!.skipped).toBeUndefined();
    expect(small.baselines[0]!.ms).toBeGreaterThanOrEqual(0);
  });
  it("counts the threads the Gram product ran on: one when the pool kept a small size off it", async () => {
    for (const [minParallelWork, want] of [[undefined, 1], [0, 2]] as const) {
      const b = await createWasmBackend({ threads: 2, ...(minParallelWork === undefined ? {} : { minParallelWork }) });
      try {
        const row = await benchRow(b as unknown as Backend<unknown>, [], 8, 5, 1);
        expect(row.threads).toBe(want);
        expect(row.gramGflopsPerCore).toBeCloseTo((2 * 8 * 8 * 5) / (row.gramMs * 1e6) / want, 10);
      } finally {
        await b.close();
      }
    }
  });
});
