import { lossForPairs, lossWithPairs } from "@mmareg/core";
import { beforeAll, describe, expect, it } from "vitest";
import { angularRegularizer, createTfjsBackend, mmaRegularizer } from "../index.js";
import { boundedSearch, hostPairLoss, scanGram, unitColumns, type HostSearchState } from "../regularizer/hostPairs.js";
import { heapView } from "../regularizer/pairLossOp.js";
import { maxAbs, maxDiff, reference, tf, useBackend } from "./helpers.js";

/** Seeded values in [-1, 1). */
function values(count: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: count }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  });
}

/** `[d, n]` data (a dense kernel) as `[n, d]` rows. */
function toRows(data: ArrayLike<number>, n: number, d: number): Float64Array {
  const out = new Float64Array(n * d);
  for (let k = 0; k < d; k++) for (let j = 0; j < n; j++) out[j * d + k] = data[k * n + j] as number;
  return out;
}

/** The float64 loss and gradient (as `[n, d]` rows) of fixed pairs. */
function fixedPairs(rows: Float64Array, n: number, d: number, index: ArrayLike<number>, loss: "mma" | "cosine") {
  const r = lossForPairs(reference, reference.tensor(rows, [n, d]), reference.tensor(Array.from(index), [n], "index"), { loss });
  return { loss: reference.readSync!(r.loss)[0]!, grad: reference.readSync!(r.grad) };
}

/** Nearest other row of `[d, n]` unit columns by brute force (float64 dot products, lowest index on ties). */
function bruteForce(unit: Float32Array, n: number, d: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let c = 0;
      for (let k = 0; k < d; k++) c += unit[k * n + i]! * unit[k * n + j]!;
      if (c > best) {
        best = c;
        out[i] = j;
      }
    }
  }
  return out;
}

describe("hostPairLoss: the cached pairs' loss and gradient on the host", () => {
  for (const loss of ["mma", "cosine"] as const) {
    for (const layout of ["columns", "rows"] as const) {
      // d = 3 (no block of four features), 5 (one and a tail), 10 (two and a tail)
      it.each([3, 5, 10])(`${loss}, ${layout}, d = %i: equals core's float64 lossForPairs, including a self pair and a near-duplicate pair`, (d) => {
        const n = 9;
        const data = values(n * d, 11);
        const at = (j: number, k: number) => (layout === "columns" ? k * n + j : j * d + k);
        // row 4 a near-duplicate of row 3 (about 0.01 degrees): the explicit-difference sums
        for (let k = 0; k < d; k++) data[at(4, k)] = data[at(3, k)]! * (1 + 1e-4 * (k % 2 ? 1 : -1));
        const index = Int32Array.from([1, 0, 0, 4, 3, 5, 2, 8, 7]); // row 5 paired with itself
        const r = hostPairLoss(data, n, d, layout, index, loss);
        const rows = layout === "columns" ? toRows(data, n, d) : Float64Array.from(data);
        const ref = fixedPairs(rows, n, d, index, loss);
        expect(Math.abs(r.loss - ref.loss)).toBeLessThan(1e-6 * Math.abs(ref.loss));
        const grad = layout === "columns" ? toRows(r.grad, n, d) : r.grad;
        expect(maxDiff(grad, ref.grad)).toBeLessThan(1e-5 * maxAbs(ref.grad));
      });
    }
  }

  it("is a descent direction for the fixed pairs: finite differences agree, a small step lowers the loss", () => {
    const n = 12;
    const d = 6;
    const data = values(n * d, 5);
    const index = Int32Array.from({ length: n }, (_, j) => (j + 5) % n);
    const r = hostPairLoss(data, n, d, "columns", index, "mma");
    const f = (x: Float32Array) => fixedPairs(toRows(x, n, d), n, d, index, "mma").loss;
    const h = 1e-3;
    for (const e of [0, 7, 31, 70]) {
      const plus = Float32Array.from(data);
      const minus = Float32Array.from(data);
      plus[e]! += h;
      minus[e]! -= h;
      const fd = (f(plus) - f(minus)) / (plus[e]! - minus[e]!);
      expect(Math.abs(fd - r.grad[e]!)).toBeLessThan(2e-3 * maxAbs(r.grad) + 1e-6);
    }
    const step = Float32Array.from(data, (x, i) => x - 0.05 * r.grad[i]!);
    expect(f(step)).toBeLessThan(r.loss);
  });

  it("fewer than two rows: loss 0, gradient 0", () => {
    const r = hostPairLoss(Float32Array.from([0.5, -1, 2]), 1, 3, "columns", Int32Array.from([0]), "mma");
    expect(r.loss).toBe(0);
    expect(Array.from(r.grad)).toEqual([0, 0, 0]);
  });
});

describe("boundedSearch: exact nearest neighbours from the last Gram and the rows' drift", () => {
  const n = 40;
  const d = 6;
  const start = unitColumns(values(n * d, 3), n, d, "columns");
  const gram = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < d; k++) gram[i * n + j]! += start[k * n + i]! * start[k * n + j]!;
  const first = new Int32Array(n);
  scanGram(gram, n, 0, n, first);

  it("the full scan is the brute-force nearest neighbour", () => {
    expect(Array.from(first)).toEqual(Array.from(bruteForce(start, n, d)));
  });

  for (const size of [1e-3, 3e-2, 0.3]) {
    it(`rows turned by up to ${size}: the same pairs as a brute-force search`, () => {
      const state: HostSearchState = { n, d, ref: start, gram, index: first };
      const moved = unitColumns(Float32Array.from(start, (x, i) => x + size * values(n * d, 9)[i]!), n, d, "columns");
      const found = boundedSearch(state, moved, n * n);
      expect(found).not.toBeNull();
      expect(Array.from(found!)).toEqual(Array.from(bruteForce(moved, n, d)));
    });
  }

  it("gives up (null) when more candidates than the budget would need checking", () => {
    const state: HostSearchState = { n, d, ref: start, gram, index: first };
    const moved = unitColumns(values(n * d, 21), n, d, "columns"); // unrelated rows: everything is a candidate
    expect(boundedSearch(state, moved, 2 * n)).toBeNull();
  });
});

describe.each(["cpu", "wasm"] as const)("refreshEvery > 1 through the host path on tfjs-%s (dense kernels)", (backend) => {
  beforeAll(() => useBackend(backend));

  it("refresh steps: the loss and gradient of the current nearest neighbours; in between: of the cached pairs; no leak", () => {
    const [din, n] = [7, 10];
    const w = tf.variable(tf.randomNormal([din, n], 0, 1, "float32", 4), true, "dense_h/kernel");
    const reg = angularRegularizer({ loss: "mma", coefficient: 1, refreshEvery: 3 });
    const opt = tf.train.sgd(0.5);
    let pairs: number[] = [];
    const before = tf.memory().numTensors;
    for (let step = 0; step < 9; step++) {
      const rows = toRows(w.dataSync(), n, din);
      const { value, grads } = tf.variableGrads(() => reg.apply(w) as tf.Scalar);
      const got = { loss: value.dataSync()[0]!, grad: toRows(grads[w.name]!.dataSync(), n, din) };
      if (step % 3 === 0) pairs = Array.from(reference.readSync!(lossWithPairs(reference, reference.tensor(rows, [n, din])).index));
      const ref = fixedPairs(rows, n, din, pairs, "mma");
      expect(Math.abs(got.loss - ref.loss)).toBeLessThan(1e-5);
      expect(maxDiff(got.grad, ref.grad)).toBeLessThan(1e-5);
      opt.applyGradients(grads);
      tf.dispose([value, ...Object.values(grads)]);
    }
    expect(tf.memory().numTensors).toBe(before + 1); // one cached index, replaced on each refresh
    reg.dispose();
    expect(tf.memory().numTensors).toBe(before);
    opt.dispose();
    w.dispose();
  });

  it("reads the weight in place on wasm (a copy on cpu); gradients of earlier steps stay intact (the buffer is reused on wasm)", () => {
    const t = tf.randomNormal([6, 5], 0, 1, "float32", 3);
    const view = heapView(tf, t);
    if (backend === "wasm") expect(Array.from(view!)).toEqual(Array.from(t.dataSync()));
    else expect(view).toBeNull();
    t.dispose();
    const [din, n] = [6, 8];
    const w = tf.variable(tf.randomNormal([din, n], 0, 1, "float32", 5), true, "dense_r/kernel");
    const reg = mmaRegularizer({ coefficient: 1, refreshEvery: 100 });
    const kept: { grad: tf.Tensor; rows: Float64Array }[] = [];
    let pairs: number[] = [];
    for (let step = 0; step < 3; step++) {
      const rows = toRows(w.dataSync(), n, din);
      if (step === 0) pairs = Array.from(reference.readSync!(lossWithPairs(reference, reference.tensor(rows, [n, din])).index));
      const { value, grads } = tf.variableGrads(() => reg.apply(w) as tf.Scalar);
      value.dispose();
      kept.push({ grad: grads[w.name]!, rows });
      w.assign(tf.tidy(() => tf.add(w, tf.randomNormal([din, n], 0, 0.01, "float32", 10 + step))));
    }
    for (const { grad, rows } of kept) {
      expect(maxDiff(toRows(grad.dataSync(), n, din), fixedPairs(rows, n, din, pairs, "mma").grad)).toBeLessThan(1e-5);
    }
    tf.dispose(kept.map((k) => k.grad));
    reg.dispose();
    w.dispose();
  });

  it("mmaRegularizer k = 3 with model.fit: finite losses and no tensor leak over 100 steps", async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [5], units: 12, activation: "relu", kernelRegularizer: mmaRegularizer({ coefficient: 0.1, refreshEvery: 3 }) }),
        tf.layers.dense({ units: 3, kernelRegularizer: mmaRegularizer({ coefficient: 0.1, refreshEvery: 3 }) }),
      ],
    });
    model.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    const x = tf.randomNormal([200, 5], 0, 1, "float32", 1);
    const y = tf.randomNormal([200, 3], 0, 1, "float32", 2);
    await model.fit(x.slice(0, 2), y.slice(0, 2), { batchSize: 2, epochs: 1, verbose: 0 });
    const before = tf.memory().numTensors;
    const h = await model.fit(x, y, { batchSize: 2, epochs: 1, verbose: 0, shuffle: false });
    expect(h.history.loss.every((v) => Number.isFinite(v as number))).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
    tf.dispose([x, y]);
  }, 60_000);
});

describe("scatterRows: the one-hot matrix-product scatter (what webgl and webgpu use for the pair caches)", () => {
  beforeAll(() => useBackend("cpu"));

  it("gives the scatterND results (MMA and cosine loss and gradient, rows with several partners)", () => {
    const plain = createTfjsBackend({ tf });
    const product = createTfjsBackend({ tf, scatterRows: "matMul" });
    const w = tf.randomNormal([9, 4], 0, 1, "float32", 12);
    const index = tf.tensor1d([1, 0, 0, 0, 3, 4, 8, 8, 6], "int32"); // row 0 gets three rows' shares
    for (const loss of ["mma", "cosine"] as const) {
      const a = lossForPairs(plain, w, index, { loss });
      const b = lossForPairs(product, w, index, { loss });
      expect(Math.abs(a.loss.dataSync()[0]! - b.loss.dataSync()[0]!)).toBeLessThan(1e-7);
      expect(maxDiff(a.grad.dataSync(), b.grad.dataSync())).toBeLessThan(1e-6 * maxAbs(a.grad.dataSync()));
      tf.dispose([a.loss, a.grad, b.loss, b.grad]);
    }
    tf.dispose([w, index]);
  });

  it("rejects an unknown scatterRows with a typed error", () => {
    expect(() => createTfjsBackend({ tf, scatterRows: "gather" as never })).toThrow(/scatterRows must be/);
  });
});
