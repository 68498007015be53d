import { angleReportSync, isMMARegError } from "@mmareg/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diversityLoss, kernelWeights, layerAngles, mmaRegularizer } from "../index.js";
import { maxDiff, reference, referenceLoss, tf, useBackend } from "./helpers.js";

const seed = (s: number) => tf.initializers.glorotNormal({ seed: s });

function cnn(): tf.LayersModel {
  // a functional model with a nested Sequential block, a classifier and an unregularizable layer
  const input = tf.input({ shape: [8, 8, 1] });
  const block = tf.sequential({
    name: "block",
    layers: [
      tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 6, kernelSize: 3, name: "conv1", kernelInitializer: seed(1) }),
      tf.layers.batchNormalization({ name: "bn" }),
      tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, name: "dw", depthwiseInitializer: seed(2) }),
    ],
  });
  let x = block.apply(input) as tf.SymbolicTensor;
  x = tf.layers.flatten().apply(x) as tf.SymbolicTensor;
  x = tf.layers.dense({ units: 12, name: "fc", kernelInitializer: seed(3) }).apply(x) as tf.SymbolicTensor;
  const out = tf.layers.dense({ units: 5, name: "classify", kernelInitializer: seed(4) }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: out });
}

function referenceSum(model: tf.LayersModel, names: string[], options = {}): number {
  return kernelWeights(model)
    .filter((k) => names.includes(k.layer))
    .reduce((s, k) => s + referenceLoss(k.variable.read().dataSync(), k.shape, k.layout, options).loss, 0);
}

describe("model helpers (tfjs-cpu)", () => {
  beforeAll(() => useBackend("cpu"));

  it("finds the kernels of nested models with their layouts, and selects hidden / output / names / exclude", () => {
    const model = cnn();
    expect(kernelWeights(model).map((k) => [k.layer, k.layout])).toEqual([
      ["conv1", "conv-hwio"],
      ["dw", "depthwise-hwcm"],
      ["fc", "dense"],
      ["classify", "dense"],
    ]);
    expect(kernelWeights(model, { layers: "output" }).map((k) => k.layer)).toEqual(["classify"]);
    expect(kernelWeights(model, { layers: "hidden", exclude: [/^dw/] }).map((k) => k.layer)).toEqual(["conv1", "fc"]);
    expect(kernelWeights(model, { layers: ["fc", "conv1"] }).map((k) => k.layer)).toEqual(["conv1", "fc"]);
    expect(() => kernelWeights(model, { layers: ["bn"] })).toThrow(/no kernel/);
    expect(() => kernelWeights(model, { layers: "some" as never })).toThrow(/hidden/);
  });

  it("diversityLoss = coefficient x the sum of the per-layer losses, for each selection", () => {
    const model = cnn();
    const all = ["conv1", "dw", "fc", "classify"];
    for (const [layers, names] of [["all", all], ["hidden", ["conv1", "dw", "fc"]], ["output", ["classify"]]] as const) {
      const got = tf.tidy(() => diversityLoss(model, { coefficient: 0.07, layers }).dataSync()[0]!);
      expect(Math.abs(got - 0.07 * referenceSum(model, [...names]))).toBeLessThan(1e-5);
    }
    const mhe = tf.tidy(() => diversityLoss(model, { loss: "mhe", s: 0, coefficient: 2, exclude: ["conv1"] }).dataSync()[0]!);
    expect(Math.abs(mhe - 2 * referenceSum(model, ["dw", "fc", "classify"], { loss: "mhe", s: 0 }))).toBeLessThan(1e-4);
    expect(tf.tidy(() => diversityLoss(tf.sequential({ layers: [tf.layers.flatten({ inputShape: [2, 2] })] }), { coefficient: 1 }).dataSync()[0])).toBe(0);
  });

  it("its gradient in a custom loop equals the regularizer's in model.fit (same analytic gradient)", () => {
    const model = cnn();
    const vars = kernelWeights(model).map((k) => k.variable.read() as tf.Variable);
    const viaHelper = tf.variableGrads(() => diversityLoss(model, { coefficient: 0.5 }), vars);
    for (const k of kernelWeights(model)) {
      const reg = mmaRegularizer({ coefficient: 0.5 });
      const { grads } = tf.variableGrads(() => reg.apply(k.variable.read()), [k.variable.read() as tf.Variable]);
      const name = (k.variable.read() as tf.Variable).name;
      expect(maxDiff(viaHelper.grads[name]!.dataSync(), grads[name]!.dataSync()), k.layer).toBeLessThan(1e-6);
      tf.dispose(grads);
    }
    tf.dispose(viaHelper.grads);
    viaHelper.value.dispose();
  });

  it("a custom loop with optimizer.minimize trains, spreads the kernels and leaks nothing over 20 steps", async () => {
    const model = cnn();
    const opt = tf.train.adam(0.01);
    const x = tf.randomNormal([8, 8, 8, 1], 0, 1, "float32", 5);
    const y = tf.oneHot(tf.tensor1d([0, 1, 2, 3, 4, 0, 1, 2], "int32"), 5);
    const step = () =>
      opt.minimize(() => {
        const logits = model.apply(x, { training: true }) as tf.Tensor;
        return tf.add(tf.losses.softmaxCrossEntropy(y, logits), diversityLoss(model, { coefficient: 0.5 }));
      }, true);
    const before = (await layerAngles(model)).map((r) => r.minAngleDeg!);
    tf.dispose(step() ?? []);
    const tensors = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) tf.dispose(step() ?? []);
    expect(tf.memory().numTensors).toBe(tensors);
    const after = (await layerAngles(model)).map((r) => r.minAngleDeg!);
    expect(after.reduce((a, b) => a + b)).toBeGreaterThan(before.reduce((a, b) => a + b));
    tf.dispose([x, y]);
    opt.dispose();
  });

  it("layerAngles never stops at one layer: dead neurons are listed and left out, a non-finite kernel gets an error row", async () => {
    const model = cnn();
    const fc = model.getLayer("fc");
    const [kernel, bias] = fc.getWeights();
    const k = kernel!.arraySync() as number[][]; // [in, out=12]
    for (const row of k) row[3] = row[7] = 0; // neurons 3 and 7 dead
    fc.setWeights([tf.tensor2d(k), bias!]);
    const cls = model.getLayer("classify");
    const [ck, cb] = cls.getWeights();
    const bad = ck!.arraySync() as number[][];
    bad[0]![0] = Number.NaN;
    cls.setWeights([tf.tensor2d(bad), cb!]);
    const rows = await layerAngles(model);
    const byLayer = new Map(rows.map((r) => [r.layer, r]));
    const f = byLayer.get("fc")!;
    expect(f.deadRows).toEqual([3, 7]);
    expect(f.live).toBe(10);
    expect(f.pairs).toBe(45);
    const live = k.map((row) => row.filter((_, j) => j !== 3 && j !== 7));
    const want = angleReportSync(reference, { data: live.flat(), shape: [k.length, 10] }, { layout: "dense" });
    expect(Math.abs(f.minAngleDeg! - want.minAngleDeg!)).toBeLessThan(1e-3);
    expect(byLayer.get("classify")).toMatchObject({ minAngleDeg: null, live: 0 });
    expect(byLayer.get("classify")!.error).toMatch(/row 0, column 0 is NaN/);
    expect(byLayer.get("conv1")!.deadRows).toEqual([]);
    tf.dispose([kernel!, bias!, ck!, cb!]);
  });

  it("checks each kernel once by default: a zero kernel is a typed error naming it", () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 4, kernelInitializer: "zeros", name: "zeroed" })] });
    let caught: unknown;
    try {
      diversityLoss(model, { coefficient: 1 });
    } catch (e) {
      caught = e;
    }
    expect(isMMARegError(caught, "ZERO_ROW")).toBe(true);
    expect(String(caught)).toMatch(/zeroed/);
    expect(() => diversityLoss(model, { coefficient: 1, check: "never", mode: "reference" })).not.toThrow();
  });
});

for (const name of ["cpu", "wasm"] as const) {
  describe(`layerAngles on tfjs-${name}`, () => {
    beforeAll(() => useBackend(name));
    afterAll(() => useBackend("cpu"));

    it("per layer: n, d, minimal angle, mean nearest-neighbour angle and |cos| > 0.2 count, as the float64 reference", async () => {
      const model = cnn();
      const rows = await layerAngles(model);
      expect(rows.map((r) => [r.layer, r.n, r.d])).toEqual([
        ["conv1", 6, 9],
        ["dw", 12, 9],
        ["fc", 12, 192],
        ["classify", 5, 12],
      ]);
      for (const r of rows) {
        const k = kernelWeights(model).find((w) => w.name === r.weight)!;
        const ref = angleReportSync(reference, { data: Float64Array.from(k.variable.read().dataSync()), shape: k.shape }, { layout: k.layout });
        expect(Math.abs(r.minAngleDeg! - ref.minAngleDeg!), r.layer).toBeLessThan(1e-3);
        expect(Math.abs(r.meanNearestDeg! - ref.meanNearestDeg!)).toBeLessThan(1e-3);
        expect(r.pairsAbove).toBe(ref.pairsAbove);
        expect(r.pairs).toBe((r.n * (r.n - 1)) / 2);
      }
    });
  });
}
