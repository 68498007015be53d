import { thrownCode as code } from "@mmareg/conformance";
import { computeLoss, lossForPairs, lossWithPairs } from "@mmareg/core";
import { beforeAll, describe, expect, it } from "vitest";
import { angularLoss, angularRegularizer, disposeDiversityPairs, diversityLoss, mmaRegularizer, sharedBackend, type AngularRegularizer } from "../index.js";
import { maxDiff, reference, saveToMemory, tf, useBackend } from "./helpers.js";

const seed = (s: number) => tf.initializers.glorotNormal({ seed: s });

/** Value and gradient of a scalar function of one tensor, read back. */
function valueAndGrad(f: (x: tf.Tensor) => tf.Scalar, x: tf.Tensor): { value: Float32Array; grad: Float32Array } {
  const { value, grad } = tf.valueAndGrad(f)(x);
  const out = { value: value.dataSync() as Float32Array, grad: grad.dataSync() as Float32Array };
  tf.dispose([value, grad]);
  return out;
}

const bits = (a: ArrayLike<number>) => Array.from(a);

describe("neighbour refresh in the tfjs regularizers (tfjs-cpu)", () => {
  beforeAll(() => useBackend("cpu"));

  it("refreshEvery 1 runs today's code path: bit-identical value and gradient, the same config", () => {
    const x = tf.randomNormal([12, 5], 0, 1, "float32", 3);
    for (const loss of ["mma", "cosine"] as const) {
      for (const mode of ["exact", "reference"] as const) {
        // today's code path of the regularizer: coefficient * angularLoss(rows)
        const today = valueAndGrad((w) => tf.mul(angularLoss(w, { loss, mode }), 0.07) as tf.Scalar, x);
        const regs = [angularRegularizer({ loss, mode, coefficient: 0.07, layout: "rows" }), angularRegularizer({ loss, mode, coefficient: 0.07, layout: "rows", refreshEvery: 1 })];
        for (const reg of regs) {
          for (let step = 0; step < 3; step++) {
            const r = valueAndGrad((w) => reg.apply(w), x);
            expect(bits(r.value)).toEqual(bits(today.value));
            expect(bits(r.grad)).toEqual(bits(today.grad));
          }
        }
        expect(regs[1]!.getConfig()).toEqual(regs[0]!.getConfig());
        expect(JSON.stringify(regs[1]!.getConfig())).not.toContain("refresh");
      }
    }
    x.dispose();
  });

  for (const loss of ["mma", "cosine"] as const) {
    it(`${loss}, refreshEvery 3: exact on refresh steps, the last search's pairs in between (checked against float64), while training`, () => {
      const n = 10;
      const d = 4;
      const reg = angularRegularizer({ loss, coefficient: 1, layout: "rows", refreshEvery: 3 });
      const w = tf.variable(tf.randomNormal([n, d], 0, 1, "float32", 7));
      const b = sharedBackend(tf);
      let pairs: number[] = [];
      let changed = false;
      for (let step = 0; step < 8; step++) {
        const now = w.dataSync().slice();
        const r = valueAndGrad((x) => reg.apply(x), w);
        const ref64 = reference.tensor(Float64Array.from(now), [n, d]);
        if (step % 3 === 0) {
          // refresh step: today's loss on this backend (to float32 rounding: on cpu and wasm
          // the pairs are searched and their loss summed on the host, in float64), and the
          // float64 loss to float32 accuracy
          const today = computeLoss(b, w, { loss });
          expect(Math.abs(r.value[0]! - today.loss.dataSync()[0]!)).toBeLessThan(1e-6 * Math.abs(r.value[0]!) + 1e-12);
          expect(maxDiff(r.grad, today.grad.dataSync())).toBeLessThan(1e-7);
          tf.dispose([today.loss, today.grad]);
          const exact = computeLoss(reference, ref64, { loss });
          expect(Math.abs(r.value[0]! - reference.readSync!(exact.loss)[0]!)).toBeLessThan(1e-5);
          expect(maxDiff(r.grad, reference.readSync!(exact.grad))).toBeLessThan(1e-5);
          const searched = lossWithPairs(reference, ref64, { loss });
          const next = Array.from(reference.readSync!(searched.index));
          if (pairs.length && next.join() !== pairs.join()) changed = true;
          pairs = next;
        } else {
          // between refreshes: the loss and gradient of the fixed pairs (float64 reference)
          const fixed = lossForPairs(reference, ref64, reference.tensor(pairs, [n], "index"), { loss });
          expect(Math.abs(r.value[0]! - reference.readSync!(fixed.loss)[0]!)).toBeLessThan(1e-5);
          expect(maxDiff(r.grad, reference.readSync!(fixed.grad))).toBeLessThan(1e-5);
        }
        // a large SGD step, so the nearest neighbours change during the test
        w.assign(tf.tidy(() => tf.sub(w, tf.mul(tf.tensor(r.grad, [n, d]), 2))));
      }
      expect(changed).toBe(true);
      reg.dispose();
      w.dispose();
    });
  }

  it("searches again when the weight's shape changes", () => {
    const reg = mmaRegularizer({ coefficient: 1, layout: "rows", refreshEvery: 50 });
    const a = tf.randomNormal([6, 4], 0, 1, "float32", 1);
    const c = tf.randomNormal([9, 4], 0, 1, "float32", 2);
    for (const x of [a, c, a]) {
      const exact = tf.tidy(() => angularLoss(x).dataSync()[0]!);
      // the loss of the current nearest neighbours (to float32 rounding), not of pairs cached for the other shape
      expect(Math.abs(tf.tidy(() => reg.apply(x).dataSync()[0]!) - exact)).toBeLessThan(1e-6);
    }
    reg.dispose();
    tf.dispose([a, c]);
  });

  it("no tensor leak over 100 training steps (model.fit); dispose() frees the cached pairs", async () => {
    const regs: AngularRegularizer[] = [];
    const reg = (loss: "mma" | "cosine") => {
      const r = angularRegularizer({ loss, coefficient: 0.1, refreshEvery: 5 });
      regs.push(r);
      return r;
    };
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [6, 6, 1], filters: 4, kernelSize: 3, kernelRegularizer: reg("mma"), kernelInitializer: seed(1) }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 8, kernelRegularizer: reg("cosine"), kernelInitializer: seed(2) }),
        tf.layers.dense({ units: 3, kernelRegularizer: reg("mma"), kernelInitializer: seed(3) }),
      ],
    });
    model.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    const x = tf.randomNormal([200, 6, 6, 1], 0, 1, "float32", 4);
    const y = tf.randomNormal([200, 3], 0, 1, "float32", 5);
    await model.fit(x.slice(0, 4), y.slice(0, 4), { batchSize: 2, epochs: 1, verbose: 0 });
    const before = tf.memory().numTensors;
    const h = await model.fit(x, y, { batchSize: 2, epochs: 1, verbose: 0, shuffle: false }); // 100 steps
    expect(h.history.loss.every((v) => Number.isFinite(v as number))).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    for (const r of regs) r.dispose();
    expect(tf.memory().numTensors).toBe(before - 3); // one cached index per regularized kernel
    for (const r of regs) r.dispose(); // idempotent
    model.dispose();
    tf.dispose([x, y]);
  }, 60_000);

  it("save -> load keeps refreshEvery as configuration (not the pairs), and the loaded model trains", async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [5], units: 6, kernelRegularizer: mmaRegularizer({ coefficient: 0.07, refreshEvery: 10 }) })] });
    tf.tidy(() => model.layers[0]!.calculateLosses()); // a step, so there are pairs in the cache
    const artifacts = await saveToMemory(model);
    const json = JSON.stringify(artifacts.modelTopology);
    expect(json).toMatch(/"refresh_?[eE]very":10/);
    expect(artifacts.weightSpecs!.length).toBe(2); // kernel and bias only
    const loaded = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
    const reg = (loaded.layers[0] as unknown as { kernelRegularizer: AngularRegularizer }).kernelRegularizer;
    expect(reg.getClassName()).toBe("MMARegularizer");
    expect(reg.options.refreshEvery).toBe(10);
    loaded.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    await loaded.fit(tf.ones([4, 5]), tf.zeros([4, 6]), { epochs: 2, verbose: 0 });
    // and a model without the option saves as before
    const plain = tf.sequential({ layers: [tf.layers.dense({ inputShape: [5], units: 6, kernelRegularizer: mmaRegularizer({ coefficient: 0.07 }) })] });
    expect(JSON.stringify((await saveToMemory(plain)).modelTopology)).not.toMatch(/refresh/i);
    for (const m of [model, loaded]) ((m.layers[0] as unknown as { kernelRegularizer: AngularRegularizer }).kernelRegularizer).dispose();
    model.dispose();
    loaded.dispose();
    plain.dispose();
  });

  it("rejects a bad refreshEvery and losses that do not pick one neighbour", () => {
    for (const v of [0, 2.5, -3, "5"]) expect(code(() => mmaRegularizer({ coefficient: 1, refreshEvery: v as number }))).toBe("BAD_OPTION");
    expect(code(() => angularRegularizer({ loss: "mhe", coefficient: 1, refreshEvery: 5 }))).toBe("BAD_OPTION");
    expect(code(() => angularRegularizer({ loss: "orthogonal", coefficient: 1, refreshEvery: 5 }))).toBe("BAD_OPTION");
    expect(code(() => angularRegularizer({ loss: "mhe", coefficient: 1, refreshEvery: 1 }))).toBeUndefined();
  });
});

describe("neighbour refresh in diversityLoss (tfjs-cpu)", () => {
  beforeAll(() => useBackend("cpu"));

  function model(): tf.Sequential {
    return tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [6], units: 10, kernelInitializer: seed(21) }),
        tf.layers.dense({ units: 7, kernelInitializer: seed(22) }),
        tf.layers.dense({ units: 3, kernelInitializer: seed(23) }),
      ],
    });
  }

  it("refresh steps equal the exact loss, state per kernel, no leak over 100 steps, disposeDiversityPairs frees it", () => {
    const m = model();
    const exact = tf.tidy(() => diversityLoss(m, { coefficient: 0.07 }).dataSync()[0]);
    const one = tf.tidy(() => diversityLoss(m, { coefficient: 0.07, refreshEvery: 1 }).dataSync()[0]);
    expect(one).toBe(exact);
    const options = { coefficient: 0.5, refreshEvery: 4, layers: "all" as const };
    const first = tf.tidy(() => diversityLoss(m, options).dataSync()[0]);
    expect(first).toBeCloseTo(tf.tidy(() => diversityLoss(m, { ...options, refreshEvery: 1 }).dataSync()[0])!, 6);
    const optimizer = tf.train.sgd(0.5);
    const step = () => tf.tidy(() => optimizer.minimize(() => diversityLoss(m, options), true)!.dataSync()[0]!);
    step();
    const before = tf.memory().numTensors;
    const values: number[] = [];
    for (let i = 0; i < 100; i++) values.push(step());
    expect(tf.memory().numTensors).toBe(before);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(values[99]!).toBeLessThan(values[0]!); // the angles grow: the loss falls
    disposeDiversityPairs(m);
    expect(tf.memory().numTensors).toBe(before - 3); // one index per kernel
    disposeDiversityPairs(m); // a no-op now
    optimizer.dispose();
    m.dispose();
  });

  it("rejects refreshEvery with mhe", () => {
    const m = model();
    expect(code(() => diversityLoss(m, { loss: "mhe", coefficient: 1, refreshEvery: 3 }))).toBe("BAD_OPTION");
    m.dispose();
  });
});

describe("neighbour refresh on tfjs-wasm", () => {
  beforeAll(() => useBackend("wasm"));

  it("k = 1 bit-identical to today's path; k = 4 exact on the refresh step (to float32 rounding), leak-free", () => {
    const reg1 = mmaRegularizer({ coefficient: 0.07, layout: "rows", refreshEvery: 1 });
    const reg4 = mmaRegularizer({ coefficient: 0.07, layout: "rows", refreshEvery: 4 });
    const w = tf.variable(tf.randomNormal([16, 8], 0, 1, "float32", 9));
    const today = valueAndGrad((x) => tf.mul(angularLoss(x), 0.07) as tf.Scalar, w);
    const one = valueAndGrad((x) => reg1.apply(x), w);
    expect(bits(one.value)).toEqual(bits(today.value));
    expect(bits(one.grad)).toEqual(bits(today.grad));
    const four = valueAndGrad((x) => reg4.apply(x), w);
    // the refresh step searches on the host and sums the loss of those pairs there, in
    // float64 (as on tfjs-cpu): today's value to float32 rounding
    expect(Math.abs(four.value[0]! - today.value[0]!)).toBeLessThan(1e-6 * Math.abs(today.value[0]!));
    expect(maxDiff(four.grad, today.grad)).toBeLessThan(1e-7);
    // the float64 loss of the searched pairs
    const exact = computeLoss(reference, reference.tensor(Float64Array.from(w.dataSync()), [16, 8]), { loss: "mma" });
    expect(Math.abs(four.value[0]! - 0.07 * reference.readSync!(exact.loss)[0]!)).toBeLessThan(1e-7);
    const opt = tf.train.sgd(0.1);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) tf.tidy(() => void opt.minimize(() => reg4.apply(w)));
    expect(tf.memory().numTensors).toBe(before);
    reg4.dispose();
    expect(tf.memory().numTensors).toBe(before - 1);
    opt.dispose();
    w.dispose();
  });
});
