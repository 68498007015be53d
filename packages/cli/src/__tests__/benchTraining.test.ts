import { describe, expect, it } from "vitest";
import { trainingSettings } from "../commands/benchTraining.js";
import { runMma } from "./helpers.js";

describe("mma bench --training", () => {
  it("times a small model's training step with and without each regularizer and prints the overhead (JSON, tfjs-cpu)", async () => {
    const { code, out, err } = await runMma([
      "bench", "--training", "--backend", "tfjs-cpu", "--input", "8x8x1", "--conv", "3", "--dense", "6,4", "--batch", "4",
      "--losses", "mma,cosine,mhe", "--refresh", "1,3", "--steps", "3", "--warmup", "1", "--json",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.backend).toBe("tfjs-cpu");
    expect(r.model).toEqual({ input: [8, 8, 1], conv: [3], dense: [6, 4], batch: 4 });
    expect(r.rows.map((x: { label: string }) => x.label)).toEqual(["baseline", "mma", "mma, refreshEvery 3", "cosine", "cosine, refreshEvery 3", "mhe"]);
    const base = r.rows[0].ms;
    for (const row of r.rows) {
      expect(row.ms).toBeGreaterThan(0);
      expect(row.overheadPct).toBeCloseTo(100 * (row.ms / base - 1), 8);
      expect(row.cpuMs).toBeGreaterThan(0);
      expect(row.cpuOverheadPct).toBeCloseTo(100 * (row.cpuMs / r.rows[0].cpuMs - 1), 8);
      if (row.refreshEvery === 1) {
        expect([row.refreshMs, row.cachedMs, row.refreshCpuMs, row.cachedCpuMs]).toEqual([null, null, null, null]);
      } else {
        // rounds 1, 2, 3 are timed: round 3 searched (3 % 3 = 0), rounds 1 and 2 reused the pairs
        expect(row.refreshMs).toBeGreaterThan(0);
        expect(row.ms).toBeCloseTo((row.refreshMs + 2 * row.cachedMs) / 3, 8);
        expect(row.cpuMs).toBeCloseTo((row.refreshCpuMs + 2 * row.cachedCpuMs) / 3, 8);
      }
    }
  }, 60_000);

  it("says so when no refresh step was timed (the figure is then the cached step alone)", async () => {
    const { code, out } = await runMma(["bench", "--training", "--backend", "tfjs-cpu", "--input", "12", "--dense", "5,3", "--batch", "2", "--refresh", "4", "--steps", "2", "--warmup", "1"]);
    expect(code).toBe(0);
    expect(out).toMatch(/mma, refreshEvery 4 .*\(none timed\) \/ [\d.]+ ms/);
    expect(out).toMatch(/no step of that kind fell in the timed rounds/);
  }, 60_000);

  it("prints a table with the MLP preset's shape in its header", async () => {
    const { code, out } = await runMma(["bench", "--training", "--backend", "tfjs-cpu", "--input", "12", "--dense", "5,3", "--batch", "2", "--steps", "1", "--warmup", "0"]);
    expect(code).toBe(0);
    expect(out).toMatch(/Training step on tfjs-cpu: 12 -> 5 -> 3, batch 2/);
    expect(out).toMatch(/mma, refreshEvery 10 +[\d.]+ ms +[+-][\d.]+% +[\d.]+ ms +[+-][\d.]+%/);
  }, 60_000);

  it("a conv model defaults to tfjs-cpu (tfjs-wasm 4.22 cannot train conv layers)", async () => {
    const { code, out } = await runMma(["bench", "--training", "--input", "8x8x1", "--conv", "2", "--dense", "3", "--batch", "2", "--refresh", "1", "--steps", "1", "--warmup", "0"]);
    expect(code).toBe(0);
    expect(out).toMatch(/Training step on tfjs-cpu: 8x8x1 -> conv2 -> 3, batch 2/);
  }, 60_000);

  it("settings: the baseline first, refresh periods only for the losses that pick one neighbour", () => {
    expect(trainingSettings(["orthogonal", "mma"], [1, 5]).map((s) => s.label)).toEqual(["baseline", "orthogonal", "mma", "mma, refreshEvery 5"]);
  });

  it("rejects bad flags with a one-line error", async () => {
    for (const [argv, message] of [
      [["--backend", "webgl"], /--backend must be one of tfjs-wasm, tfjs-cpu/],
      [["--refresh", "0"], /--refresh takes integers >= 1/],
      [["--conv", "4", "--input", "784"], /conv layers need an image input/],
      [["--losses", "nope"], /--losses must be one of/],
      [["--preset", "cnn", "--backend", "tfjs-wasm"], /tfjs-wasm cannot train conv layers: .*Conv2DBackpropFilter.*--backend tfjs-cpu/],
    ] as const) {
      const { code, err } = await runMma(["bench", "--training", ...argv]);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    }
  });
});
