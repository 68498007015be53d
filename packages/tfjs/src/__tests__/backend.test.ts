import { computeLoss, evaluateLoss, isMMARegError, LOSS_NAMES, release, type Backend } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import type { Tensor } from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTfjsBackend, loadTfjsBackend } from "../index.js";
import { maxDiff, tf, useBackend } from "./helpers.js";

function expectCode(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isMMARegError(caught, code as never), `expected MMARegError ${code}, got ${String(caught)}`).toBe(true);
}

describe("creating the backend", () => {
  beforeAll(() => useBackend("cpu"));

  it("pins a backend: creating or uploading on another active tfjs backend is a typed error", async () => {
    expectCode(() => createTfjsBackend({ tf, backend: "wasm" }), "BACKEND");
    const b = createTfjsBackend({ tf, backend: "cpu" });
    expect(b.name).toBe("tfjs-cpu");
    expect(b.dtype).toBe("float32");
    await useBackend("wasm");
    expectCode(() => b.tensor([1, 2], [2]), "BACKEND");
    await useBackend("cpu");
    b.dispose!(b.tensor([1, 2], [2]));
  });

  it("loadTfjsBackend switches and waits; an unregistered backend is a typed error listing the registered ones", async () => {
    const b = await loadTfjsBackend({ tf, backend: "wasm" });
    expect(tf.getBackend()).toBe("wasm");
    expect(b.name).toBe("tfjs-wasm");
    await expect(loadTfjsBackend({ tf, backend: "webgpu" })).rejects.toThrow(/not registered.*cpu/);
    await useBackend("cpu");
  });

  it("rejects unknown option values", () => {
    expectCode(() => createTfjsBackend({ tieBreak: "first" as never }), "BAD_OPTION");
    expectCode(() => createTfjsBackend({ gramTranspose: "yes" as never }), "BAD_OPTION");
    expectCode(() => createTfjsBackend({ blockElements: 0 }), "BAD_OPTION");
  });

  it("uploads a copy (the caller may reuse its array) and reads index vectors back as numbers", () => {
    const b = createTfjsBackend({ tf });
    const data = new Float32Array([1, 2, 3]);
    const t = b.tensor(data, [3]);
    data[0] = 9;
    expect(Array.from(b.readSync!(t))).toEqual([1, 2, 3]);
    const i = b.tensor([2, 0], [2], "index");
    expect(i.dtype).toBe("int32");
    expect(Array.from(b.readSync!(i))).toEqual([2, 0]);
    release(b, t, i);
    expectCode(() => b.tensor([1, 2, 3], [2, 2]), "BAD_SHAPE");
  });

  it("on wasm a float32 upload is handed to tfjs without a host copy (wasm copies it into its heap); on cpu tfjs gets a copy", async () => {
    for (const name of ["wasm", "cpu"] as const) {
      await useBackend(name);
      const given: unknown[] = [];
      const tensor = ((v: unknown, ...rest: unknown[]) => (given.push(v), (tf.tensor as (...a: unknown[]) => unknown)(v, ...rest))) as typeof tf.tensor;
      const b = createTfjsBackend({ tf: { ...tf, tensor }, backend: name });
      const data = new Float32Array([1, 2, 3, 4, 5, 6]).subarray(2);
      const t = b.tensor(data, [2, 2]) as Tensor;
      expect(given[0] === data).toBe(name === "wasm");
      data[0] = 9; // the caller reuses its array: the tensor keeps the uploaded values
      expect(Array.from(b.readSync!(t))).toEqual([3, 4, 5, 6]);
      release(b, t);
    }
    await useBackend("cpu");
  });
});

for (const name of ["cpu", "wasm"] as const) {
  describe(`ops on tfjs-${name}`, () => {
    beforeAll(() => useBackend(name));
    afterAll(() => useBackend("cpu"));

    it("row max: exact ties go to the lowest index with either tie rule, and the diagonal rules hold", () => {
      for (const tieBreak of ["argmax", "masked"] as const) {
        const b = createTfjsBackend({ tf, tieBreak });
        // row 0: columns 1 and 2 tie; row 1: all off-diagonal equal; row 2: diagonal is the largest
        const c = b.tensor([9, 0.5, 0.5, 0.5, 7, 0.5, 0.2, 0.2, 3], [3, 3]);
        const ex = b.rowMax(c, "exclude");
        expect(Array.from(b.readSync!(ex.index)), tieBreak).toEqual([1, 0, 0]);
        expect(Array.from(b.readSync!(ex.value))).toEqual([0.5, 0.5, Math.fround(0.2)]);
        const ng = b.rowMax(c, "negate");
        expect(Array.from(b.readSync!(ng.index))).toEqual([1, 0, 0]);
        const neg = b.rowMax(b.tensor([-1, -5, -5, -2], [2, 2]), "negate");
        expect(Array.from(b.readSync!(neg.value))).toEqual([1, 2]); // -c_ii wins
        expect(Array.from(b.readSync!(neg.index))).toEqual([0, 1]);
        const one = b.rowMax(b.tensor([4], [1, 1]), "exclude");
        expect(Array.from(b.readSync!(one.value))).toEqual([-Infinity]);
        expect(Array.from(b.readSync!(one.index))).toEqual([0]);
      }
    });

    it("the fused nearest-neighbour search in row blocks equals the one-block search, ties included", () => {
      const n = 67;
      const data = normal12Matrix(n, 5, 4);
      data.copyWithin(40 * 5, 3 * 5, 4 * 5); // row 40 duplicates row 3: an exact tie for their neighbours
      const whole = createTfjsBackend({ tf });
      for (const opts of [{ blockElements: 200 }, { blockElements: 1 }, { blockElements: 200, tieBreak: "masked" as const }]) {
        const blocked = createTfjsBackend({ tf, ...opts });
        for (const rule of ["exclude", "negate"] as const) {
          const u = whole.normalizeRows(whole.tensor(data, [n, 5]), null).unit;
          const a = whole.nearestNeighbors!(u, rule);
          const c = blocked.nearestNeighbors!(u, rule);
          expect(Array.from(whole.readSync!(c.index)), `${rule} ${JSON.stringify(opts)}`).toEqual(Array.from(whole.readSync!(a.index)));
          expect(maxDiff(whole.readSync!(c.value), whole.readSync!(a.value))).toBeLessThan(1e-6);
          release(whole, u, a.value, a.index, c.value, c.index);
        }
      }
    });

    it("the blocked search never holds the n x n matrix (peak memory below n^2 floats)", async () => {
      const n = 512;
      const b = createTfjsBackend({ tf, blockElements: 8192 });
      const u = b.normalizeRows(b.tensor(normal12Matrix(n, 16, 5), [n, 16]), null).unit;
      const info = await tf.profile(() => {
        const r = b.nearestNeighbors!(u, "exclude");
        release(b, r.value, r.index);
      });
      expect(info.peakBytes - info.newBytes).toBeLessThan((n * n * 4) / 4);
      b.dispose!(u);
    });

    it("the diagonal ops agree with and without the TensorScatterUpdate kernel (the masked fallback)", () => {
      const b = createTfjsBackend({ tf });
      const data = normal12Matrix(6, 6, 8);
      const run = () => {
        const c = b.tensor(data, [6, 6]);
        const out = [b.addDiagonal(c, -1), b.fillDiagonal(c, 0.25), b.rowMax(c, "negate").value, b.rowMax(c, "exclude").index].map((t) => Array.from(b.readSync!(t)));
        b.dispose!(c);
        return out;
      };
      const withKernel = run();
      // the ops never write into their input (tfjs-backend-cpu's TensorScatterUpdate would)
      const c = b.tensor(data, [6, 6]);
      release(b, b.rowMax(c, "exclude").value, b.fillDiagonal(c, 0), b.addDiagonal(c, 1));
      expect(Array.from(b.readSync!(c))).toEqual(Array.from(Float32Array.from(data)));
      b.dispose!(c);
      const config = tf.getKernel("TensorScatterUpdate", name);
      expect(config).toBeDefined();
      tf.unregisterKernel("TensorScatterUpdate", name);
      try {
        expect(run()).toEqual(withKernel);
      } finally {
        tf.registerKernel(config!);
      }
    });

    it("binary broadcasting: an [n] vector against [n, 1] stays [n, 1] (d = 1)", () => {
      const b = createTfjsBackend({ tf });
      const out = b.binary("mul", b.tensor([1, 2, 3], [3, 1]), b.tensor([10, 20, 30], [3]));
      expect(out.shape).toEqual([3, 1]);
      expect(Array.from(b.readSync!(out))).toEqual([10, 40, 90]);
      expectCode(() => b.binary("add", b.tensor([1, 2, 3, 4], [2, 2]), b.tensor([1, 2, 3], [3])), "BAD_SHAPE");
    });

    it("leaves no tensor behind: every loss through computeLoss and evaluateLoss", async () => {
      const b = createTfjsBackend({ tf });
      const data = normal12Matrix(20, 7, 9);
      const before = tf.memory().numTensors;
      for (const loss of LOSS_NAMES) {
        for (const mode of ["exact", "reference"] as const) {
          const w = b.tensor(data, [20, 7]);
          const out = computeLoss(b as Backend<Tensor>, w, { loss, mode });
          release(b, w, out.loss, out.grad);
          await evaluateLoss(b, { data, shape: [20, 7] }, { loss, mode, ...(loss === "mhe" ? { batch: { size: 5, seed: 1 } } : {}) });
        }
      }
      expect(tf.memory().numTensors).toBe(before);
    });
  });
}
