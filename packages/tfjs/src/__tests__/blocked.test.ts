import { release } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import type { Tensor } from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { angularLoss, createTfjsBackend, type TfjsBackend } from "../index.js";
import { rowsPerBlock, scanRowBlocks } from "../kernels/blockScan.js";
import { createContext } from "../context.js";
import { tf, useBackend } from "./helpers.js";

const N = 67; // not a multiple of any block size used below
const D = 5;

/** Unit rows (float32, from the backend) with exact ties: row 40 duplicates row 3, row 50 is row 7 negated. */
function tiedData(): Float64Array {
  const data = normal12Matrix(N, D, 4);
  data.copyWithin(40 * D, 3 * D, 4 * D);
  for (let k = 0; k < D; k++) data[50 * D + k] = -(data[7 * D + k] as number);
  return data;
}

/** The float64 cosines of the float32 unit rows the backend holds. */
function cosines(u: Float32Array | Float64Array, n: number, d: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += (u[i * d + k] as number) * (u[j * d + k] as number);
      c[i * n + j] = s;
    }
  }
  return c;
}

/** A threshold halfway inside the widest gap of the off-diagonal values near `target`, so rounding cannot flip a count. */
function safeThreshold(c: Float64Array, n: number, target: number): number {
  const v: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) v.push(c[i * n + j] as number);
  v.sort((a, b) => a - b);
  let best = target;
  let gap = 0;
  for (let k = 1; k < v.length; k++) {
    const lo = v[k - 1] as number;
    const hi = v[k] as number;
    if (Math.abs((lo + hi) / 2 - target) < 0.1 && hi - lo > gap) {
      gap = hi - lo;
      best = (lo + hi) / 2;
    }
  }
  expect(gap).toBeGreaterThan(1e-4);
  return best;
}

function read(b: TfjsBackend, t: Tensor): number[] {
  return Array.from(b.readSync!(t));
}

for (const name of ["cpu", "wasm"] as const) {
  describe(`row-block scans on tfjs-${name}`, () => {
    beforeAll(() => useBackend(name));
    afterAll(() => useBackend("cpu"));

    it("the block rule: one block up to 2^24 entries by default, else floor(blockElements / n) rows, at least one", () => {
      expect(rowsPerBlock(createContext(tf, {}), 100_000)).toBe(41);
      expect(rowsPerBlock(createContext(tf, {}), 10_575)).toBe(396);
      expect(rowsPerBlock(createContext(tf, {}), 4096)).toBe(4096); // single shot up to 2^24 entries
      expect(rowsPerBlock(createContext(tf, {}), 4097)).toBe(1023);
      expect(rowsPerBlock(createContext(tf, { blockElements: 1 << 22 }), 4096)).toBe(1024); // an explicit size sets both limits
      expect(rowsPerBlock(createContext(tf, { blockElements: 200 }), 67)).toBe(2);
      expect(rowsPerBlock(createContext(tf, { blockElements: 1 }), 67)).toBe(1);
    });

    it("blocked and single-shot scans give identical indices, values and counts (n not a multiple of the block)", () => {
      const whole = createTfjsBackend({ tf });
      const u = whole.normalizeRows(whole.tensor(tiedData(), [N, D]), null).unit;
      const ref = scanRowBlocks(createContext(tf, {}), u, "exclude", { threshold: 0.2, absolute: true });
      for (const blockElements of [200, 1, 500, 67 * 10 + 3]) {
        const ctx = createContext(tf, { blockElements });
        expect(rowsPerBlock(ctx, N) < N).toBe(true);
        const r = scanRowBlocks(ctx, u, "exclude", { threshold: 0.2, absolute: true });
        expect(read(whole, r.index), `blockElements ${blockElements}`).toEqual(read(whole, ref.index));
        expect(read(whole, r.value)).toEqual(read(whole, ref.value));
        expect(read(whole, r.above!)).toEqual(read(whole, ref.above!));
        release(whole, r.value, r.index, r.above!);
      }
      release(whole, u, ref.value, ref.index, ref.above!);
    });

    it("angleStats equals nearestNeighbors(unit, 'exclude') to the bit and counts like a plain float64 reference", () => {
      for (const opts of [{}, { blockElements: 200 }, { blockElements: 200, tieBreak: "masked" as const }]) {
        const b = createTfjsBackend({ tf, ...opts });
        const u = b.normalizeRows(b.tensor(tiedData(), [N, D]), null).unit;
        const c = cosines(b.readSync!(u), N, D);
        const nn = b.nearestNeighbors!(u, "exclude");
        for (const [target, absolute] of [[0.2, true], [0.2, false], [-0.5, false], [0.9, true]] as const) {
          const threshold = safeThreshold(c, N, target);
          const s = b.angleStats!(u, threshold, absolute);
          expect(read(b, s.index), JSON.stringify(opts)).toEqual(read(b, nn.index));
          expect(read(b, s.value)).toEqual(read(b, nn.value));
          const want: number[] = [];
          for (let i = 0; i < N; i++) {
            let k = 0;
            for (let j = 0; j < N; j++) if (j !== i && (absolute ? Math.abs(c[i * N + j]!) : c[i * N + j]!) > threshold) k++;
            want.push(k);
          }
          expect(read(b, s.above), `threshold ${threshold} absolute ${absolute}`).toEqual(want);
          expect(want.some((k) => k > 0) && want.some((k) => k < N - 1)).toBe(true); // the counts are not trivial
          release(b, s.value, s.index, s.above);
        }
        // the exact ties: rows 3 and 40 are each other's nearest (lowest index among equal cosines)
        const idx = read(b, nn.index);
        expect(idx[3]).toBe(40);
        expect(idx[40]).toBe(3);
        release(b, u, nn.value, nn.index);
      }
    });

    it("no tensor outlives its block: the count of live tensors stays flat however many blocks there are", () => {
      // on tfjs-wasm kept per-block results split the holes the freed products left, and at
      // n = 100,000 (2440 blocks) the wasm heap fragmented past 4 GiB (issue 12)
      const whole = createTfjsBackend({ tf });
      const u = whole.normalizeRows(whole.tensor(tiedData(), [N, D]), null).unit;
      const live: number[] = [];
      // the namespace the scan runs with: it notes the live tensors as each block's product is formed
      const spy = new Proxy(tf, {
        get(target, prop, receiver) {
          const v = Reflect.get(target, prop, receiver) as unknown;
          if (prop !== "matMul") return v;
          return (...args: unknown[]) => {
            live.push(tf.memory().numTensors);
            return (v as (...a: unknown[]) => unknown)(...args);
          };
        },
      }) as typeof tf;
      const ctx = createContext(spy, { blockElements: 67 });
      expect(rowsPerBlock(ctx, N)).toBe(1);
      const before = tf.memory().numTensors;
      const r = scanRowBlocks(ctx, u, "exclude", { threshold: 0.2, absolute: true });
      expect(live).toHaveLength(N);
      expect(Math.max(...live) - Math.min(...live), `live tensors at each block: ${live.join(" ")}`).toBe(0);
      release(whole, r.value, r.index, r.above!, u);
      expect(tf.memory().numTensors).toBe(before - 1);
    });

    it("ties go to the lowest index in every block and with either tie rule", () => {
      // five identical rows and one other: each copy's nearest is the lowest other copy
      const rows = [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 2, -1];
      for (const opts of [{ blockElements: 7 }, { blockElements: 7, tieBreak: "masked" as const }, {}]) {
        const b = createTfjsBackend({ tf, ...opts });
        const u = b.normalizeRows(b.tensor(rows, [6, 2]), null).unit;
        const s = b.angleStats!(u, 0.5, false);
        expect(read(b, s.index), JSON.stringify(opts)).toEqual([1, 0, 0, 0, 0, 0]);
        expect(read(b, s.above)).toEqual([4, 4, 4, 4, 4, 0]);
        release(b, u, s.value, s.index, s.above);
      }
    });

    it("one row: no neighbour (value -Infinity, index 0) and a count of 0", () => {
      const b = createTfjsBackend({ tf });
      const u = b.tensor([0.6, 0.8], [1, 2]);
      const s = b.angleStats!(u, 0.2, true);
      expect(read(b, s.value)).toEqual([-Infinity]);
      expect(read(b, s.index)).toEqual([0]);
      expect(read(b, s.above)).toEqual([0]);
      release(b, u, s.value, s.index, s.above);
    });

    it("leaves no tensor behind and never allocates the n x n matrix when blocked", async () => {
      const n = 1024;
      const b = createTfjsBackend({ tf, blockElements: 8192 });
      const u = b.normalizeRows(b.tensor(normal12Matrix(n, 16, 5), [n, 16]), null).unit;
      const before = tf.memory().numTensors;
      let largest = 0;
      const info = await tf.profile(() => {
        const s = b.angleStats!(u, 0.2, true);
        release(b, s.value, s.index, s.above);
      });
      for (const k of info.kernels) for (const shape of k.outputShapes) largest = Math.max(largest, shape.reduce((p, q) => p * q, 1));
      expect(tf.memory().numTensors).toBe(before);
      expect(largest).toBeLessThanOrEqual(Math.max(8192, n * 16)); // a block, or the [d, n] transpose on wasm
      // working memory: a few blocks and the [d, n] transpose, far below the 4 MB of n x n floats
      expect(info.peakBytes - info.newBytes).toBeLessThan((n * n * 4) / 8);
      b.dispose!(u);
    });

    it("the MMA and cosine losses and gradients are bit-identical with blocked and single-shot searches", () => {
      const x = tf.tensor(Float32Array.from(tiedData()), [N, D]);
      for (const loss of ["mma", "cosine"] as const) {
        for (const mode of ["exact", "reference"] as const) {
          const run = (backend: TfjsBackend) => {
            const { value, grad } = tf.valueAndGrad((w: Tensor) => angularLoss(w, { loss, mode, backend }))(x);
            const out = [Array.from(value.dataSync()), Array.from(grad.dataSync())];
            tf.dispose([value, grad]);
            return out;
          };
          const whole = run(createTfjsBackend({ tf }));
          for (const blockElements of [1, 200, 500]) expect(run(createTfjsBackend({ tf, blockElements })), `${loss} ${mode} ${blockElements}`).toEqual(whole);
        }
      }
      x.dispose();
    });

    it("rejects a bad threshold or flag with a typed error", () => {
      const b = createTfjsBackend({ tf });
      const u = b.tensor([1, 0, 0, 1], [2, 2]);
      expect(() => b.angleStats!(u, Number.NaN, true)).toThrow(/threshold/);
      expect(() => b.angleStats!(u, 0.2, "yes" as never)).toThrow(/absolute/);
      b.dispose!(u);
    });
  });
}
