import { isMMARegError, type AnyLossOptions, type Layout } from "@mmareg/core";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { angularRegularizer, layerAngles, mmaRegularizer, registerRegularizers, type AngularRegularizer } from "../index.js";
import { referenceLoss, saveToMemory, tf, useBackend } from "./helpers.js";

// tfjs-node is optional: its file:// handler is tested where a user would have it
const tfNodeSpecifier = "@tensorflow/tfjs-node";
const tfNode: unknown = await import(/* @vite-ignore */ tfNodeSpecifier).catch(() => null);

const seed = (s: number) => tf.initializers.glorotNormal({ seed: s });

/** Each layer type, its regularized weight and the layout that weight must get. */
const LAYERS: { label: string; make: (reg: AngularRegularizer) => tf.layers.Layer; input: number[]; weights: Record<string, Layout> }[] = [
  { label: "Dense", make: (r) => tf.layers.dense({ units: 7, kernelRegularizer: r, kernelInitializer: seed(1) }), input: [5], weights: { kernel: "dense" } },
  { label: "Conv1D", make: (r) => tf.layers.conv1d({ filters: 6, kernelSize: 3, kernelRegularizer: r, kernelInitializer: seed(2) }), input: [8, 4], weights: { kernel: "conv-hwio" } },
  { label: "Conv2D", make: (r) => tf.layers.conv2d({ filters: 8, kernelSize: [3, 2], kernelRegularizer: r, kernelInitializer: seed(3) }), input: [6, 6, 3], weights: { kernel: "conv-hwio" } },
  { label: "Conv3D", make: (r) => tf.layers.conv3d({ filters: 5, kernelSize: 2, kernelRegularizer: r, kernelInitializer: seed(4) }), input: [4, 4, 4, 2], weights: { kernel: "conv-hwio" } },
  { label: "DepthwiseConv2D", make: (r) => tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, depthwiseRegularizer: r, depthwiseInitializer: seed(5) }), input: [6, 6, 4], weights: { depthwise_kernel: "depthwise-hwcm" } },
  {
    label: "SeparableConv2D",
    make: (r) => tf.layers.separableConv2d({ filters: 6, kernelSize: 3, depthMultiplier: 2, depthwiseRegularizer: r, pointwiseRegularizer: r, depthwiseInitializer: seed(6), pointwiseInitializer: seed(7) }),
    input: [6, 6, 3],
    weights: { depthwise_kernel: "depthwise-hwcm", pointwise_kernel: "conv-hwio" },
  },
];

function expectCode(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isMMARegError(caught, code as never), `expected MMARegError ${code}, got ${String(caught)}`).toBe(true);
}

function regularizationLoss(model: tf.LayersModel): number {
  return tf.tidy(() => model.layers.flatMap((l) => l.calculateLosses()).reduce((s, t) => s + t.dataSync()[0]!, 0));
}

function smallCnn(reg: () => AngularRegularizer): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [8, 8, 2], filters: 6, kernelSize: 3, activation: "relu", kernelRegularizer: reg(), kernelInitializer: seed(11) }),
      tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, depthwiseRegularizer: reg(), depthwiseInitializer: seed(12) }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 10, activation: "relu", kernelRegularizer: reg(), kernelInitializer: seed(13) }),
      tf.layers.dense({ units: 4, kernelRegularizer: reg(), kernelInitializer: seed(14) }),
    ],
  });
}

describe("the regularizers on tf.layers (tfjs-cpu)", () => {
  beforeAll(() => useBackend("cpu"));

  for (const layer of LAYERS) {
    it(`${layer.label}: the loss uses the ${Object.values(layer.weights).join(" / ")} layout of each kernel`, () => {
      const coefficient = 0.3;
      const model = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: layer.input }), layer.make(mmaRegularizer({ coefficient }))] });
      const l = model.layers[model.layers.length - 1]!;
      let expected = 0;
      for (const w of l.weights) {
        const short = w.name.slice(w.name.lastIndexOf("/") + 1);
        const layout = layer.weights[short];
        if (!layout) continue;
        const v = w.read();
        expected += coefficient * referenceLoss(v.dataSync(), v.shape, layout).loss;
      }
      const losses = tf.tidy(() => l.calculateLosses().map((t) => t.dataSync()[0]!));
      expect(losses).toHaveLength(Object.keys(layer.weights).length);
      expect(Math.abs(losses.reduce((a, b) => a + b, 0) - expected)).toBeLessThan(1e-5);
    });
  }

  it("a layout can be forced, and a regularizer on a bias is a typed error", () => {
    const w = tf.randomNormal([4, 6]);
    const rows = angularRegularizer({ coefficient: 1, layout: "rows" }).apply(w);
    expect(Math.abs(rows.dataSync()[0]! - referenceLoss(w.dataSync(), [4, 6], "rows").loss)).toBeLessThan(1e-5);
    expectCode(() => mmaRegularizer({ coefficient: 1 }).apply(tf.ones([5])), "BAD_SHAPE");
    tf.dispose([w, rows]);
  });

  it("the siblings: cosine, orthogonal and mini-batch MHE give coefficient x the core loss; the MHE batch moves each call", () => {
    const w = tf.randomNormal([5, 12]);
    const data = w.dataSync();
    for (const options of [{ loss: "cosine" }, { loss: "orthogonal" }, { loss: "mhe", s: 0 }, { loss: "mhe", s: 1, halfSpace: true }] as AnyLossOptions[]) {
      const r = angularRegularizer({ ...(options as object), coefficient: 2 } as never);
      const got = tf.tidy(() => r.apply(w).dataSync()[0]!);
      expect(Math.abs(got - 2 * referenceLoss(data, [5, 12], "dense", options).loss), options.loss).toBeLessThan(1e-4);
    }
    const big = tf.randomNormal([6, 40]);
    const batched = angularRegularizer({ loss: "mhe", s: 2, coefficient: 1, batch: { size: 8, seed: 3 } });
    const values = [0, 1, 2].map(() => tf.tidy(() => batched.apply(big).dataSync()[0]!));
    expect(values[0]).toBeCloseTo(referenceLoss(big.dataSync(), [6, 40], "dense", { loss: "mhe", s: 2, batch: { size: 8, seed: 3 } }).loss, 4);
    expect(values[1]).toBeCloseTo(referenceLoss(big.dataSync(), [6, 40], "dense", { loss: "mhe", s: 2, batch: { size: 8, seed: 4 } }).loss, 4);
    expect(new Set(values).size).toBe(3);
    tf.dispose([w, big]);
  });

  it("rejects bad options with typed errors that say what to pass", () => {
    expectCode(() => mmaRegularizer({} as never), "BAD_OPTION");
    expectCode(() => mmaRegularizer({ coefficient: -1 }), "BAD_OPTION");
    expectCode(() => mmaRegularizer({ coefficient: 0.1, mode: "fast" as never }), "BAD_OPTION");
    expectCode(() => mmaRegularizer({ coefficient: 0.1, layout: "nchw" as never }), "BAD_OPTION");
    expectCode(() => mmaRegularizer({ coefficient: 0.1, check: "sometimes" as never }), "BAD_OPTION");
    expectCode(() => mmaRegularizer({ coefficient: 0.1, loss: "mhe" } as never), "BAD_OPTION");
    expectCode(() => angularRegularizer({ loss: "nope" as never, coefficient: 1 }), "UNKNOWN_LOSS");
    expectCode(() => angularRegularizer({ loss: "mma", s: 2, coefficient: 1 }), "BAD_OPTION");
  });

  it("model.fit trains with it and spreads the filters: larger minimal angles than the same model without it", async () => {
    const x = tf.randomNormal([16, 8, 8, 2], 0, 1, "float32", 1);
    const y = tf.randomNormal([16, 4], 0, 1, "float32", 2);
    const train = async (coefficient: number) => {
      const model = smallCnn(() => mmaRegularizer({ coefficient }));
      model.compile({ optimizer: tf.train.sgd(0.05), loss: "meanSquaredError" });
      const h = await model.fit(x, y, { epochs: 10, batchSize: 8, verbose: 0, shuffle: false });
      expect(h.history.loss.every((v) => Number.isFinite(v as number))).toBe(true);
      const angles = (await layerAngles(model)).map((r) => r.minAngleDeg!);
      model.dispose();
      return angles;
    };
    const plain = await train(0);
    const mma = await train(1);
    for (let i = 0; i < plain.length; i++) expect(mma[i]!, `layer ${i}`).toBeGreaterThan(plain[i]!);
    tf.dispose([x, y]);
  }, 60_000);

  it("survives save -> load in memory: class, options and value restored, and the loaded model trains", async () => {
    const model = smallCnn(() => mmaRegularizer({ coefficient: 0.07, mode: "reference" }));
    const other = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 6, kernelRegularizer: angularRegularizer({ loss: "mhe", s: 1, halfSpace: true, batch: { fraction: 0.5, seed: 7 }, coefficient: 0.5 }) })] });
    for (const m of [model, other]) {
      const artifacts = await saveToMemory(m);
      const json = JSON.stringify(artifacts.modelTopology);
      const loaded = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
      for (let i = 0; i < m.layers.length; i++) {
        const a = m.layers[i] as unknown as Record<string, AngularRegularizer | null | undefined>;
        const b = loaded.layers[i] as unknown as Record<string, AngularRegularizer | null | undefined>;
        for (const key of ["kernelRegularizer", "depthwiseRegularizer"]) {
          if (!a[key]) continue;
          expect(b[key]?.getClassName()).toBe(a[key]!.getClassName());
          expect(b[key]?.options).toEqual(a[key]!.options);
        }
        // tfjs-layers 4.22 writes the depthwise regularizer into depthwiseConstraint: we fix that on save
        if ("depthwiseConstraint" in b) expect(b["depthwiseConstraint"] ?? null).toBeNull();
      }
      expect(json).toContain(m === model ? '"class_name":"MMARegularizer"' : '"class_name":"AngularRegularizer"');
      if (m === other) {
        expect(regularizationLoss(loaded)).toBeGreaterThan(0);
      } else {
        expect(Math.abs(regularizationLoss(loaded) - regularizationLoss(m))).toBeLessThan(1e-5);
      }
      loaded.compile({ optimizer: "sgd", loss: "meanSquaredError" });
      const inShape = (loaded.inputs[0]!.shape as number[]).slice(1);
      const outShape = (loaded.outputs[0]!.shape as number[]).slice(1);
      await loaded.fit(tf.ones([2, ...inShape]), tf.zeros([2, ...outShape]), { epochs: 1, verbose: 0 });
      loaded.dispose();
    }
    model.dispose();
    other.dispose();
  });

  it("a model saved by an unpatched tfjs (regularizer written as depthwise constraint) still loads", async () => {
    const model = smallCnn(() => mmaRegularizer({ coefficient: 0.07 }));
    const artifacts = await saveToMemory(model);
    const topo = artifacts.modelTopology as { config: { layers: { class_name: string; config: Record<string, unknown> }[] } };
    const dw = topo.config.layers.find((l) => l.class_name === "DepthwiseConv2D")!;
    dw.config["depthwise_constraint"] = dw.config["depthwise_regularizer"];
    const loaded = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
    expect((loaded.layers[1] as unknown as { depthwiseConstraint: unknown }).depthwiseConstraint).toBeNull();
    loaded.dispose();
    model.dispose();
  });

  it("survives save -> load on disk (model.json + weights.bin written and read with node:fs)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mmareg-tfjs-"));
    const model = smallCnn(() => mmaRegularizer({ coefficient: 0.07 }));
    const a = await saveToMemory(model);
    writeFileSync(join(dir, "weights.bin"), new Uint8Array(a.weightData as ArrayBuffer));
    writeFileSync(join(dir, "model.json"), JSON.stringify({ modelTopology: a.modelTopology, format: a.format, generatedBy: a.generatedBy, weightsManifest: [{ paths: ["weights.bin"], weights: a.weightSpecs }] }));
    const fromDisk: tf.io.IOHandler = {
      load: async () => {
        const json = JSON.parse(readFileSync(join(dir, "model.json"), "utf8")) as { modelTopology: object; weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[] };
        const bin = readFileSync(join(dir, json.weightsManifest[0]!.paths[0]!));
        return { modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0]!.weights, weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) };
      },
    };
    const loaded = await tf.loadLayersModel(fromDisk);
    expect((loaded.layers[0] as unknown as { kernelRegularizer: AngularRegularizer }).kernelRegularizer.getClassName()).toBe("MMARegularizer");
    expect(Math.abs(regularizationLoss(loaded) - regularizationLoss(model))).toBeLessThan(1e-5);
    loaded.dispose();
    model.dispose();
  });

  it.skipIf(!tfNode)(`survives save -> load with tfjs-node's file:// handler${tfNode ? "" : " — skipped: @tensorflow/tfjs-node is not installed here (its install downloads a native library)"}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "mmareg-tfjs-node-"));
    const model = smallCnn(() => mmaRegularizer({ coefficient: 0.07 }));
    await model.save(`file://${dir}`);
    const loaded = await tf.loadLayersModel(`file://${join(dir, "model.json")}`);
    expect(Math.abs(regularizationLoss(loaded) - regularizationLoss(model))).toBeLessThan(1e-5);
    loaded.dispose();
    model.dispose();
  });

  it("registration is idempotent: registering again, or importing a second copy of the package, keeps loading working", async () => {
    const first = registerRegularizers(tf);
    expect(registerRegularizers(tf)).toBe(first);
    const map = tf.serialization.SerializationMap.getMap().classNameMap as Record<string, [unknown, unknown]>;
    expect(map["MMARegularizer"]![0]).toBe(first.MMARegularizer);
    vi.resetModules();
    const copy = (await import("../index.js")) as typeof import("../index.js");
    expect(copy.registerRegularizers).not.toBe(registerRegularizers);
    expect(map["MMARegularizer"]![0]).toBe(first.MMARegularizer); // the first registration stays
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 5, kernelRegularizer: copy.mmaRegularizer({ coefficient: 0.2 }) })] });
    const loaded = await tf.loadLayersModel(tf.io.fromMemory(await saveToMemory(model)));
    const reg = (loaded.layers[0] as unknown as { kernelRegularizer: AngularRegularizer }).kernelRegularizer;
    expect(reg.options.coefficient).toBe(0.2);
    expect(Math.abs(regularizationLoss(loaded) - regularizationLoss(model))).toBeLessThan(1e-6);
    model.dispose();
    loaded.dispose();
  });

  it("check: a zero kernel is a typed error at the first step naming the weight; check 'never' skips the read-back", async () => {
    const build = (check: "first" | "never") =>
      tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 4, kernelInitializer: "zeros", kernelRegularizer: mmaRegularizer({ coefficient: 0.1, check }) })] });
    const model = build("first");
    model.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    let caught: unknown;
    try {
      await model.fit(tf.ones([2, 3]), tf.zeros([2, 4]), { epochs: 1, verbose: 0 });
    } catch (e) {
      caught = e;
    }
    expect(isMMARegError(caught, "ZERO_ROW")).toBe(true);
    expect((caught as { context: { layer?: string } }).context.layer).toMatch(/dense.*\/kernel/);
    const unchecked = build("never");
    unchecked.compile({ optimizer: "sgd", loss: "meanSquaredError" });
    const h = await unchecked.fit(tf.ones([2, 3]), tf.zeros([2, 4]), { epochs: 1, verbose: 0 });
    expect(Number.isNaN(h.history.loss[0] as number)).toBe(true); // what the check is there to prevent
    const nan = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 4, kernelRegularizer: mmaRegularizer({ coefficient: 0.1, check: "always" }) })] });
    nan.layers[0]!.setWeights([tf.fill([3, 4], Number.NaN), tf.zeros([4])]);
    expectCode(() => tf.tidy(() => nan.layers[0]!.calculateLosses()), "NON_FINITE");
  });
});

for (const name of ["cpu", "wasm"] as const) {
  describe(`no leaks on tfjs-${name}`, () => {
    beforeAll(() => useBackend(name));
    afterAll(() => useBackend("cpu"));

    it("tf.memory().numTensors is the same before and after 20 training steps with the regularizer", async () => {
      // wasm has no Conv2DBackpropFilter kernel in tfjs 4.22 (tfjs#8474): dense layers there
      const model =
        name === "cpu"
          ? smallCnn(() => mmaRegularizer({ coefficient: 0.07 }))
          : tf.sequential({
              layers: [
                tf.layers.dense({ inputShape: [12], units: 16, activation: "relu", kernelRegularizer: mmaRegularizer({ coefficient: 0.07 }) }),
                tf.layers.dense({ units: 4, kernelRegularizer: angularRegularizer({ loss: "mhe", s: 2, batch: { fraction: 0.5 }, coefficient: 0.07 }) }),
              ],
            });
      model.compile({ optimizer: tf.train.adam(0.01), loss: "meanSquaredError" });
      const inShape = (model.inputs[0]!.shape as number[]).slice(1);
      const x = tf.randomNormal([4, ...inShape]);
      const y = tf.randomNormal([4, 4]);
      await model.trainOnBatch(x, y); // the optimizer creates its slots on the first step
      const before = tf.memory().numTensors;
      for (let i = 0; i < 20; i++) await model.trainOnBatch(x, y);
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([x, y]);
      model.dispose();
    });
  });
}

describe("packaging", () => {
  it("declares its one side effect (the registration) so bundlers keep it", async () => {
    const { readFileSync } = await import("node:fs");
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { sideEffects: string[] };
    expect(pkg.sideEffects).toEqual(expect.arrayContaining(["./src/regularizer/register.ts", "./dist/index.js", "./dist/index.cjs"]));
    const index = readFileSync(new URL("../index.ts", import.meta.url), "utf8");
    expect(index).toContain('import "./regularizer/register.js";');
  });
});
