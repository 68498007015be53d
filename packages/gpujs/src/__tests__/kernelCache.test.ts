import { evaluateLoss, gaussianMatrix, type AnyLossOptions } from "@mmareg/core";
import { GPU } from "gpu.js";
import { afterAll, describe, expect, it } from "vitest";
import { createGpujsBackend, KernelCache, type GpujsBackend } from "../index.js";

const LOSSES: AnyLossOptions[] = [
  { loss: "mma" },
  { loss: "mma", mode: "reference" },
  { loss: "cosine" },
  { loss: "mhe", s: 2 },
  { loss: "mhe", s: 0, halfSpace: true },
  { loss: "orthogonal" },
];

async function runAll(b: GpujsBackend, n: number, d: number): Promise<void> {
  const input = { data: gaussianMatrix(n, d, n + d), shape: [n, d] };
  for (const options of LOSSES) await evaluateLoss(b, input, options);
}

for (const mode of ["cpu", "webasm"] as const) {
  describe(`kernel cache (${mode})`, () => {
    const b = createGpujsBackend({ mode });
    afterAll(() => b.destroy());

    it("compiles each kernel once per shape: a second step compiles nothing", async () => {
      await runAll(b, 12, 5);
      const first = b.stats();
      expect(first.compiles).toBeGreaterThan(20);
      expect(first.compiles).toBe(first.kernels);
      await runAll(b, 12, 5);
      const second = b.stats();
      expect(second.compiles).toBe(first.compiles);
      expect(second.kernels).toBe(first.kernels);
      expect(second.hits).toBeGreaterThan(first.hits);
    });

    it("a new shape compiles its own kernels once, and the old ones stay", async () => {
      const before = b.stats();
      await runAll(b, 9, 7);
      const after = b.stats();
      const added = after.compiles - before.compiles;
      expect(added).toBeGreaterThan(20);
      await runAll(b, 9, 7);
      await runAll(b, 12, 5);
      expect(b.stats().compiles).toBe(after.compiles);
    });

    it("a new JS number (s, eps, a diagonal shift) is a kernel argument, not a recompile", async () => {
      const input = { data: gaussianMatrix(12, 5, 3), shape: [12, 5] };
      await evaluateLoss(b, input, { loss: "mhe", s: 1 });
      const before = b.stats().compiles;
      await evaluateLoss(b, input, { loss: "mhe", s: 3 });
      await evaluateLoss(b, input, { loss: "mhe", s: 0.5 });
      expect(b.stats().compiles).toBe(before);
    });

    it(`every kernel runs on ${mode} (none fell back to another gpu.js backend)`, () => {
      const { modes, kernels } = b.stats();
      expect(modes).toEqual({ [mode]: kernels });
    });
  });
}

describe("KernelCache", () => {
  it("holds at most `limit` kernels, destroying the least recently used", () => {
    const gpu = new GPU({ mode: "cpu" });
    const cache = new KernelCache(gpu, {}, 2);
    const source = function (this: { thread: { x: number } }, a: ArrayLike<number>): number {
      return 2 * (a[this.thread.x] as number);
    };
    const spec = (n: number) => ({ name: "double", shapes: [[n]], output: [n], source });
    expect(Array.from(cache.get(spec(2))(new Float32Array([1, 2])) as Float32Array)).toEqual([2, 4]);
    cache.get(spec(3))(new Float32Array([1, 2, 3]));
    cache.get(spec(2)); // refresh: 3 is now the oldest
    cache.get(spec(4))(new Float32Array([1, 2, 3, 4]));
    expect(cache.stats()).toMatchObject({ kernels: 2, compiles: 3, evictions: 1, hits: 1 });
    cache.get(spec(2));
    expect(cache.stats().hits).toBe(2); // 2 survived the eviction
    cache.get(spec(3))(new Float32Array([1, 2, 3]));
    expect(cache.stats()).toMatchObject({ kernels: 2, compiles: 4, evictions: 2 });
    cache.destroy();
    expect(cache.stats().kernels).toBe(0);
  });

  it("keys on name, variant, shapes and constants", () => {
    const base = { name: "k", shapes: [[3, 4]], output: [4, 3], source: () => 0 };
    const keys = new Set([
      KernelCache.key(base),
      KernelCache.key({ ...base, variant: "eps" }),
      KernelCache.key({ ...base, shapes: [[4, 3]] }),
      KernelCache.key({ ...base, constants: { d: 4 } }),
      KernelCache.key({ ...base, name: "j" }),
    ]);
    expect(keys.size).toBe(5);
  });
});
