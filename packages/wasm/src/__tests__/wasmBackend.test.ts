import { computeLoss, lossForPairs, lossWithPairs, MMARegError, mmaLoss, withoutFused } from "@mmareg/core";
import { relativeError } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createWasmBackend, type WasmBackend, type WasmTensor } from "../index.js";
import { Pool } from "../runtime/pool.js";

/** Deterministic pseudo-random rows with exact duplicates planted (so ties exist). */
function rowsWithTies(n: number, d: number): Float32Array {
  const out = new Float32Array(n * d);
  let s = 12345;
  for (let i = 0; i < out.length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = s / 2147483648 - 0.5;
  }
  // rows 7, 40 and 150 are copies of row 3; row 99 of row 60: ties in every row's max
  for (const [dst, src] of [[7, 3], [40, 3], [150, 3], [99, 60]] as const) out.copyWithin(dst * d, src * d, src * d + d);
  return out;
}

/** Deterministic pseudo-random rows in [-0.5, 0.5), no ties planted. */
function randomRows(n: number, d: number, seed: number): Float32Array {
  const out = new Float32Array(n * d);
  let s = seed;
  for (let i = 0; i < out.length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = s / 2147483648 - 0.5;
  }
  return out;
}

/** The kernels `fn` ran, by name (a spy on the pool). */
function kernelsRun(fn: () => void): Set<string> {
  const spy = vi.spyOn(Pool.prototype, "run");
  try {
    fn();
    return new Set(spy.mock.calls.map((c) => c[0] as string));
  } finally {
    spy.mockRestore();
  }
}

const bits = (a: ArrayLike<number>): number[] => Array.from(new Uint32Array(Float32Array.from(a).buffer));

describe("wasm backend: results do not depend on the thread count", () => {
  const backends: WasmBackend[] = [];
  afterAll(async () => {
    await Promise.all(backends.map((b) => b.close()));
  });

  it("same ties and the same bits with 1, 2 and 3 threads (every call on the pool)", async () => {
    // odd n and d: partial 4 x 4 blocks and a d % 4 tail in every dot product
    const n = 203;
    const d = 67;
    const data = rowsWithTies(n, d);
    const results: Record<string, number[]>[] = [];
    for (const threads of [1, 2, 3]) {
      const b = await createWasmBackend({ threads, minParallelWork: 0 });
      backends.push(b);
      expect(b.threads).toBe(threads);
      const w = b.tensor(data, [n, d]);
      const { unit } = b.normalizeRows(w, null);
      const r: Record<string, number[]> = {};
      for (const rule of ["exclude", "negate"] as const) {
        const nn = b.nearestNeighbors(unit, rule);
        r[`nn-${rule}-value`] = bits(b.readSync(nn.value));
        r[`nn-${rule}-index`] = Array.from(b.readSync(nn.index));
      }
      r.gram = bits(b.readSync(b.gram(unit)));
      for (const absolute of [false, true]) {
        const st = b.angleStats(unit, 0.05, absolute);
        r[`stats-${absolute}-value`] = bits(b.readSync(st.value));
        r[`stats-${absolute}-index`] = Array.from(b.readSync(st.index));
        r[`stats-${absolute}-above`] = Array.from(b.readSync(st.above));
      }
      r.scale = bits(b.readSync(b.binary("mul", unit, -1 / 3)));
      for (const [name, opts] of [
        ["mma", { loss: "mma" }],
        ["mma-reference", { loss: "mma", mode: "reference" }],
        ["mhe", { loss: "mhe", s: 1, halfSpace: true }],
        ["cosine", { loss: "cosine" }],
      ] as const) {
        const out = computeLoss(b, w, opts as never);
        r[`${name}-loss`] = bits(b.readSync(out.loss));
        r[`${name}-grad`] = bits(b.readSync(out.grad));
      }
      results.push(r);
    }
    // the planted duplicates tie: row 3's nearest is its lowest-index copy
    expect(results[0]!["nn-exclude-index"]![3]).toBe(7);
    expect(results[0]!["nn-exclude-index"]![150]).toBe(3);
    expect(results[0]!["nn-exclude-index"]![99]).toBe(60);
    for (const key of Object.keys(results[0]!)) {
      expect(results[1]![key], `${key}: 2 threads vs 1`).toEqual(results[0]![key]);
      expect(results[2]![key], `${key}: 3 threads vs 1`).toEqual(results[0]![key]);
    }
  });

  it("the fused nearest-neighbour search matches rowMax(gram) bit for bit, ties included", async () => {
    const b = await createWasmBackend({ threads: 2, minParallelWork: 0 });
    backends.push(b);
    const n = 161;
    const d = 45;
    const { unit } = b.normalizeRows(b.tensor(rowsWithTies(n, d), [n, d]), null);
    for (const rule of ["exclude", "negate"] as const) {
      const fused = b.nearestNeighbors(unit, rule);
      const composed = b.rowMax(b.gram(unit), rule);
      expect(b.readSync(fused.index)).toEqual(b.readSync(composed.index));
      expect(bits(b.readSync(fused.value))).toEqual(bits(b.readSync(composed.value)));
    }
  });

  it("angleStats: the nearest row of nearestNeighbors(exclude) and the counts of a plain loop over the Gram product", async () => {
    const n = 157;
    const d = 37;
    const data = rowsWithTies(n, d);
    for (const threads of [1, 2]) {
      const b = await createWasmBackend({ threads, minParallelWork: 0 });
      backends.push(b);
      const { unit } = b.normalizeRows(b.tensor(data, [n, d]), null);
      // the Gram kernel sums each dot product exactly as the fused pass does
      const g = b.readSync(b.gram(unit));
      const nn = b.nearestNeighbors(unit, "exclude");
      // thresholds: one equal to an entry (the comparison is strict), a negative one, 1 (nothing but the duplicates' rounding)
      for (const threshold of [g[5 * n + 9] as number, -0.02, 0.1, 1]) {
        for (const absolute of [false, true]) {
          const st = b.angleStats(unit, threshold, absolute);
          const above = b.readSync(st.above);
          for (let i = 0; i < n; i++) {
            let count = 0;
            for (let j = 0; j < n; j++) {
              const c = g[i * n + j] as number;
              if (j !== i && (absolute ? Math.abs(c) : c) > threshold) count++;
            }
            expect(above[i], `row ${i}, threshold ${threshold}, absolute ${absolute}`).toBe(count);
          }
          expect(Array.from(b.readSync(st.index))).toEqual(Array.from(b.readSync(nn.index)));
          expect(bits(b.readSync(st.value))).toEqual(bits(b.readSync(nn.value)));
        }
      }
      // the planted copies of row 3 (rows 7, 40, 150) are above any threshold below 1 for one another
      const st = b.readSync(b.angleStats(unit, 0.999, false).above);
      expect([st[3], st[7], st[40], st[150], st[60], st[99]]).toEqual([3, 3, 3, 3, 1, 1]);
    }
  });

  it("a matrix times a number (the SIMD kernel from 4096 elements) gives the bits of the JavaScript loop", async () => {
    const b = await createWasmBackend({ threads: 2, minParallelWork: 0 });
    backends.push(b);
    // 70001 elements: three tasks of the kernel and a tail of one; 4095: the JavaScript loop
    for (const size of [70001, 4095]) {
      const data = rowsWithTies(1, size);
      data[5] = 3e38; // overflows to Infinity in float32 when doubled
      data[6] = 1e-45; // a subnormal
      for (const c of [-1 / 3, 2, -1 / 70001]) {
        const want = new Float32Array(size);
        for (let i = 0; i < size; i++) want[i] = (data[i] as number) * c;
        const got = b.readSync(b.binary("mul", b.tensor(data, [size]), c));
        expect(bits(got), `size ${size}, c ${c}`).toEqual(bits(want));
        // a scalar tensor as the factor
        // a scalar tensor as the factor: float32, so the factor is c rounded to float32
        const viaTensor = b.readSync(b.binary("mul", b.tensor(data, [1, size]), b.tensor([c], [])));
        expect(bits(viaTensor)).toEqual(bits(Float32Array.from(data, (x) => x * Math.fround(c))));
      }
    }
  });

  it("angleStats of one row: no neighbour and no count; of no rows: empty", async () => {
    const b = await createWasmBackend({ threads: 2, minParallelWork: 0 });
    backends.push(b);
    const one = b.angleStats(b.tensor([0.6, 0.8], [1, 2]), -1, false);
    expect(Array.from(b.readSync(one.above))).toEqual([0]);
    expect(b.readSync(one.value)[0]).toBe(-Infinity);
    const none = b.angleStats(b.tensor([], [0, 3]), 0, true);
    expect(b.readSync(none.above).length).toBe(0);
  });

  it("the fused MMA op (mmaExact): given pairs give the searched result's bits; one row gives zeros; the composed path agrees", async () => {
    const b = await createWasmBackend({ threads: 2, minParallelWork: 0 });
    backends.push(b);
    const n = 41;
    const d = 23;
    const w = b.tensor(rowsWithTies(n, d), [n, d]);
    const searched = lossWithPairs(b, w, { loss: "mma" });
    const again = lossForPairs(b, w, searched.index, { loss: "mma" });
    expect(bits(b.readSync(again.loss))).toEqual(bits(b.readSync(searched.loss)));
    expect(bits(b.readSync(again.grad))).toEqual(bits(b.readSync(searched.grad)));
    // the composed path (every optional op hidden) gives the same partners and close values
    const composed = lossWithPairs(withoutFused(b), w, { loss: "mma" });
    expect(Array.from(b.readSync(composed.index))).toEqual(Array.from(b.readSync(searched.index)));
    expect(relativeError(b.readSync(searched.grad), b.readSync(composed.grad))).toBeLessThan(1e-6);
    const one = b.mmaExact(b.tensor([3, 4], [1, 2]), null);
    expect(Array.from(b.readSync(one.loss))).toEqual([0]);
    expect(Array.from(b.readSync(one.grad))).toEqual([0, 0]);
    expect(() => b.mmaExact(w, b.tensor([0, 1], [2], "index"))).toThrow(MMARegError);
  });

  it("mmaExact's chord lengths from the search's dot products (|cos| <= 0.5) agree with the row sweep (closer pairs)", async () => {
    const b = await createWasmBackend({ threads: 1 });
    backends.push(b);
    const n = 40;
    const d = 30;
    // rows 2k + 1 (k < 8) are row 2k plus a small perturbation (cos about 0.95: the sweep);
    // the other rows are far from every row (|cos| well under 0.5: the dot products)
    const data = rowsWithTies(n, d);
    for (let k = 0; k < 8; k++) for (let c = 0; c < d; c++) data[(2 * k + 1) * d + c] = (data[2 * k * d + c] as number) + 0.1 * (data[(2 * k + 1) * d + c] as number);
    const w = b.tensor(data, [n, d]);
    const { unit } = b.normalizeRows(w, null);
    const cos = Array.from(b.readSync(b.nearestNeighbors(unit, "exclude").value));
    expect(cos.filter((c) => Math.abs(c) <= 0.5).length).toBeGreaterThan(10);
    expect(cos.filter((c) => Math.abs(c) > 0.5).length).toBeGreaterThanOrEqual(16);
    // a chosen pair closer than |cos| = 0.5: the unit rows (the raw search's partners kept)
    let fused!: ReturnType<typeof lossWithPairs<WasmTensor>>;
    const ran = kernelsRun(() => (fused = lossWithPairs(b, w, { loss: "mma" })));
    expect(ran.has("pairGradRawTask")).toBe(false);
    expect(ran.has("pairGradTask")).toBe(true);
    const composed = lossWithPairs(withoutFused(b), w, { loss: "mma" });
    expect(Array.from(b.readSync(fused.index))).toEqual(Array.from(b.readSync(composed.index)));
    const l = b.readSync(fused.loss)[0] as number;
    const lc = b.readSync(composed.loss)[0] as number;
    expect(Math.abs(l - lc) / Math.abs(lc)).toBeLessThan(1e-6);
    expect(relativeError(b.readSync(fused.grad), b.readSync(composed.grad))).toBeLessThan(2e-6);
    // given partners compute the same dot products (pairDotsTask): the searched bits
    const again = lossForPairs(b, w, fused.index, { loss: "mma" });
    expect(bits(b.readSync(again.loss))).toEqual(bits(b.readSync(fused.loss)));
    expect(bits(b.readSync(again.grad))).toEqual(bits(b.readSync(fused.grad)));
  });

  it("mmaExact without unit rows (every chosen pair |cos| <= 0.5): float64 results, composed path, given pairs and thread counts agree", async () => {
    const n = 203;
    const d = 67;
    const data = randomRows(n, d, 777);
    const cpu = createCpuBackend();
    const want = mmaLoss(cpu, cpu.tensor(data, [n, d]));
    const wantLoss = cpu.readSync(want.loss)[0] as number;
    const wantGrad = cpu.readSync(want.grad);
    let first: { loss: number[]; grad: number[]; index: number[] } | undefined;
    for (const threads of [1, 2, 3]) {
      const b = await createWasmBackend({ threads, minParallelWork: 0 });
      backends.push(b);
      const w = b.tensor(data, [n, d]);
      let searched!: ReturnType<typeof lossWithPairs<WasmTensor>>;
      const ran = kernelsRun(() => (searched = lossWithPairs(b, w, { loss: "mma" })));
      // the path without unit rows ran, and no unit-row kernel
      expect(ran.has("pairGradRawTask")).toBe(true);
      expect(ran.has("pairGradTask")).toBe(false);
      const r = { loss: bits(b.readSync(searched.loss)), grad: bits(b.readSync(searched.grad)), index: Array.from(b.readSync(searched.index)) };
      if (first === undefined) {
        first = r;
        // against float64: the loss to float32 rounding, the gradient within 1e-6 of its largest element
        expect(Math.abs((b.readSync(searched.loss)[0] as number) - wantLoss) / Math.abs(wantLoss)).toBeLessThan(1e-6);
        expect(relativeError(b.readSync(searched.grad), wantGrad)).toBeLessThan(1e-6);
        // the composed path (unit rows, every optional op hidden): the same partners, close values
        const composed = lossWithPairs(withoutFused(b), w, { loss: "mma" });
        expect(r.index).toEqual(Array.from(b.readSync(composed.index)));
        expect(relativeError(b.readSync(searched.grad), b.readSync(composed.grad))).toBeLessThan(1e-6);
        // given partners: the searched bits; another pairing (i, i + 1) against the composed path
        const again = lossForPairs(b, w, searched.index, { loss: "mma" });
        expect(bits(b.readSync(again.loss))).toEqual(r.loss);
        expect(bits(b.readSync(again.grad))).toEqual(r.grad);
        const next = b.tensor(Array.from({ length: n }, (_, i) => (i + 1) % n), [n], "index");
        let given!: ReturnType<typeof lossForPairs<WasmTensor>>;
        expect(kernelsRun(() => (given = lossForPairs(b, w, next, { loss: "mma" }))).has("pairGradRawTask")).toBe(true);
        const givenComposed = lossForPairs(withoutFused(b), w, next, { loss: "mma" });
        const gl = b.readSync(given.loss)[0] as number;
        expect(Math.abs(gl - (b.readSync(givenComposed.loss)[0] as number)) / Math.abs(gl)).toBeLessThan(1e-6);
        expect(relativeError(b.readSync(given.grad), b.readSync(givenComposed.grad))).toBeLessThan(1e-6);
      } else {
        expect(r, `${threads} threads vs 1`).toEqual(first);
      }
    }
  });

  it("mmaExact keeps the unit rows for norms outside [2^-40, 2^40], zero rows and close pairs, with the same partners", async () => {
    const b = await createWasmBackend({ threads: 2, minParallelWork: 0 });
    backends.push(b);
    const n = 30;
    const d = 40;
    const data = randomRows(n, d, 99);
    const plain = b.mmaExact(b.tensor(data, [n, d]), null);
    const plainLoss = b.readSync(plain.loss)[0] as number;
    // row scales outside the range (one row each way): the unit-row path, scale-invariant results
    const scaled = Float32Array.from(data);
    for (let c = 0; c < d; c++) {
      scaled[3 * d + c] = (data[3 * d + c] as number) * 2 ** -45;
      scaled[8 * d + c] = (data[8 * d + c] as number) * 2 ** 45;
    }
    let out!: ReturnType<WasmBackend["mmaExact"]>;
    const ran = kernelsRun(() => (out = b.mmaExact(b.tensor(scaled, [n, d]), null)));
    expect(ran.has("pairGradRawTask")).toBe(false);
    expect(ran.has("pairGradTask")).toBe(true);
    expect(Array.from(b.readSync(out.index))).toEqual(Array.from(b.readSync(plain.index)));
    expect(Math.abs((b.readSync(out.loss)[0] as number) - plainLoss) / Math.abs(plainLoss)).toBeLessThan(1e-6);
    // a zero row: the unit-row path's result (NaN where the direction is undefined), not a crash
    const zero = Float32Array.from(data).fill(0, 5 * d, 6 * d);
    expect(kernelsRun(() => b.mmaExact(b.tensor(zero, [n, d]), null)).has("pairGradRawTask")).toBe(false);
  });

  it("agrees with the float64 CPU backend on a shape large enough for every tile size", async () => {
    const b = await createWasmBackend({ threads: 2 });
    backends.push(b);
    const cpu = createCpuBackend();
    const n = 300;
    const d = 130;
    const data = Array.from({ length: n * d }, (_, i) => Math.sin(i * 0.7 + (i % 13)) + 0.01 * (i % 7));
    const got = mmaLoss(b, b.tensor(data, [n, d]));
    const want = mmaLoss(cpu, cpu.tensor(data, [n, d]));
    expect(b.readSync(got.loss)[0]).toBeCloseTo(cpu.readSync(want.loss)[0] as number, 5);
    expect(relativeError(b.readSync(got.grad), cpu.readSync(want.grad))).toBeLessThan(1e-4);
  });
});

describe("wasm backend: options, memory and errors", () => {
  it("refuses float64 and a bad thread count with typed errors", async () => {
    await expect(createWasmBackend({ dtype: "float64" })).rejects.toMatchObject({ code: "BAD_OPTION" });
    await expect(createWasmBackend({ threads: 0 })).rejects.toBeInstanceOf(MMARegError);
    await expect(createWasmBackend({ threads: 1.5 })).rejects.toMatchObject({ code: "BAD_OPTION" });
  });

  it("defaults to one thread per core, and close() is idempotent and final", async () => {
    const b = await createWasmBackend();
    const os = await import("node:os");
    expect(b.threads).toBe(os.availableParallelism());
    await b.close();
    await b.close();
    expect(() => b.gram(b.tensor([1, 0, 0, 1], [2, 2]))).toThrow(/closed/);
  });

  it("keeps the pool off for small work (below minParallelWork, default 2^21 multiply-adds) and uses it above", async () => {
    const b = await createWasmBackend({ threads: 2 });
    try {
      const small = b.tensor(rowsWithTies(64, 576), [64, 576]);
      b.readSync(mmaLoss(b, small).grad); // 64 x 64 x 576 / 2 = 1.2M: every kernel on the calling thread
      expect(b.parallelCalls()).toBe(0);
      const big = b.tensor(rowsWithTies(160, 1152), [160, 1152]);
      b.readSync(mmaLoss(b, big).grad); // 14.7M for the search, 5.9M for each row kernel
      expect(b.parallelCalls()).toBeGreaterThanOrEqual(4);
    } finally {
      await b.close();
    }
  });

  it("scope frees what it does not return, so a loop does not grow the memory", async () => {
    const b = await createWasmBackend({ threads: 2, minParallelWork: 0 });
    try {
      const n = 64;
      const d = 300;
      const w = b.tensor(rowsWithTies(n, d), [n, d]);
      const step = (): void => {
        const out = b.scope(() => mmaLoss(b, w));
        b.readSync(out.grad);
        b.dispose(out.loss);
        b.dispose(out.grad);
      };
      step();
      const before = b.memoryBytes();
      for (let i = 0; i < 20; i++) step();
      expect(b.memoryBytes()).toBe(before);
      b.dispose(w);
      expect(() => b.readSync(w)).toThrow(/disposed/);
    } finally {
      await b.close();
    }
  });

  it("falls back to one thread, and says why, where the page is not cross-origin isolated", async () => {
    const g = globalThis as { crossOriginIsolated?: boolean };
    g.crossOriginIsolated = false;
    try {
      const b = await createWasmBackend({ threads: 2 });
      try {
        expect(b.threads).toBe(1);
        expect(b.fallbackReason).toMatch(/Cross-Origin-Opener-Policy: same-origin.*Cross-Origin-Embedder-Policy: require-corp/);
        const out = mmaLoss(b, b.tensor([1, 0, 0.8, 0.6], [2, 2]));
        expect(b.readSync(out.loss)[0]).toBeCloseTo(-Math.atan2(0.6, 0.8), 6);
      } finally {
        await b.close();
      }
    } finally {
      delete g.crossOriginIsolated;
    }
  });

  it("rejects out-of-range row numbers instead of reading other memory", async () => {
    const b = await createWasmBackend({ threads: 1 });
    try {
      const unit = b.normalizeRows(b.tensor([1, 0, 0, 1, 1, 1], [3, 2]), null).unit;
      expect(() => b.pairAngles(unit, b.tensor([1, 2, 3], [3], "index"))).toThrow(MMARegError);
      expect(() => b.gatherRows(unit, b.tensor([0, -1], [2], "index"))).toThrow(MMARegError);
    } finally {
      await b.close();
    }
  });
});
