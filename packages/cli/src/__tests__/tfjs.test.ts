import { loss as cpuLoss } from "@mmareg/cpu";
import { normal12Matrix } from "@mmareg/core/internal";
import { LAYER_KERNELS as CORE_LAYER_KERNELS } from "@mmareg/core";
import { layerAngles, LAYER_KERNELS, mmaRegularizer } from "@mmareg/tfjs";
import * as tf from "@tensorflow/tfjs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { paperMmaLoss } from "../backends/tfjs.js";
import { runMma, tempDir, tempFile } from "./helpers.js";

const seed = (s: number) => tf.initializers.glorotNormal({ seed: s });

/** A small model with every kind of kernel the reader maps (and a nested block). */
function model(): tf.LayersModel {
  const input = tf.input({ shape: [10, 10, 3] });
  const block = tf.sequential({
    name: "block",
    layers: [
      tf.layers.conv2d({ inputShape: [10, 10, 3], filters: 8, kernelSize: 3, name: "conv", kernelInitializer: seed(1), kernelRegularizer: mmaRegularizer({ coefficient: 0.07 }) }),
      tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, name: "dw", depthwiseInitializer: seed(2) }),
    ],
  });
  let x = block.apply(input) as tf.SymbolicTensor;
  x = tf.layers.separableConv2d({ filters: 6, kernelSize: 2, name: "sep", depthwiseInitializer: seed(3), pointwiseInitializer: seed(4) }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.batchNormalization({ name: "bn" }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.flatten().apply(x) as tf.SymbolicTensor;
  const out = tf.layers.dense({ units: 5, name: "classify", kernelInitializer: seed(5) }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: out });
}

/** Save a model as model.json plus its weights split over `shards` .bin files. */
async function saveToDisk(m: tf.LayersModel, shards: number): Promise<string> {
  const dir = tempDir();
  await m.save(
    tf.io.withSaveHandler(async (a) => {
      const bytes = new Uint8Array(a.weightData as ArrayBuffer);
      const size = Math.ceil(bytes.length / shards);
      const paths: string[] = [];
      for (let i = 0; i < shards; i++) {
        const path = `group1-shard${i + 1}of${shards}.bin`;
        writeFileSync(join(dir, path), bytes.subarray(i * size, (i + 1) * size));
        paths.push(path);
      }
      writeFileSync(join(dir, "model.json"), JSON.stringify({ format: "layers-model", modelTopology: a.modelTopology, weightsManifest: [{ paths, weights: a.weightSpecs }] }));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  return join(dir, "model.json");
}

describe("tfjs in the command line", () => {
  it("mma loss --backend tfjs-cpu | tfjs-wasm agrees with the cpu backend to float32 accuracy", async () => {
    const data = normal12Matrix(12, 5, 3);
    const file = tempFile("w.json", JSON.stringify({ shape: [12, 5], data: Array.from(data) }));
    const want = cpuLoss({ data, shape: [12, 5] });
    for (const backend of ["tfjs-cpu", "tfjs-wasm"]) {
      const { code, out, err } = await runMma(["loss", file, "--backend", backend, "--json"]);
      expect(err, backend).toBe("");
      expect(code).toBe(0);
      const r = JSON.parse(out);
      expect(r).toMatchObject({ backend, dtype: "float32", n: 12, d: 5 });
      expect(Math.abs(r.loss - want.loss)).toBeLessThan(1e-5);
      expect(Math.max(...r.grad.map((g: number, i: number) => Math.abs(g - want.grad[i]!)))).toBeLessThan(1e-4);
    }
    const f64 = await runMma(["loss", file, "--backend", "tfjs-wasm", "--dtype", "float64"]);
    expect(f64.code).toBe(2);
    expect(f64.err).toMatch(/computes in float32/);
  });

  it("mma inspect <model.json> --json gives layerAngles' numbers, weights read from two .bin shards", async () => {
    await tf.setBackend("cpu");
    const m = model();
    const file = await saveToDisk(m, 2);
    const { code, out, err } = await runMma(["inspect", file, "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const r = JSON.parse(out) as { format: string; layers: { name: string; kind: string; layout: string; n: number; d: number; minAngleDeg: number; meanNearestDeg: number; pairsAbove: number }[] };
    expect(r.format).toMatch(/tfjs Layers model/);
    const want = await layerAngles(m);
    expect(r.layers.map((l) => [l.name, l.kind, l.layout])).toEqual(want.map((w) => [w.weight, w.className, w.layout]));
    expect(r.layers.map((l) => l.kind)).toEqual(["Conv2D", "DepthwiseConv2D", "SeparableConv2D", "SeparableConv2D", "Dense"]);
    for (const [i, l] of r.layers.entries()) {
      const w = want[i]!;
      expect([l.n, l.d]).toEqual([w.n, w.d]);
      expect(Math.abs(l.minAngleDeg - w.minAngleDeg!), l.name).toBeLessThan(1e-3);
      expect(Math.abs(l.meanNearestDeg - w.meanNearestDeg!)).toBeLessThan(1e-3);
      expect(l.pairsAbove).toBe(w.pairsAbove);
    }
    const table = await runMma(["inspect", file]);
    expect(table.out).toMatch(/conv\/kernel\s+Conv2D\s+8\s+27\s/);
    expect(table.out).toMatch(/classify\/kernel\s+Dense\s+5\s/);
  });

  it("the reader's kernel table is the library's: both use core's", () => {
    expect(LAYER_KERNELS).toBe(CORE_LAYER_KERNELS);
  });

  it("a missing or truncated weight file is a PARSE error that names it", async () => {
    const file = await saveToDisk(model(), 1);
    writeFileSync(file.replace("model.json", "group1-shard1of1.bin"), new Uint8Array(10));
    const short = await runMma(["inspect", file]);
    expect(short.code).toBe(2);
    expect(short.err).toMatch(/PARSE.*needs bytes/);
    const noBin = await saveToDisk(model(), 1);
    const saved = JSON.parse((await import("node:fs")).readFileSync(noBin, "utf8"));
    writeFileSync(noBin, JSON.stringify({ ...saved, weightsManifest: [{ paths: ["missing.bin"], weights: saved.weightsManifest[0].weights }] }));
    const missing = await runMma(["inspect", noBin]);
    expect(missing.err).toMatch(/PARSE.*missing\.bin/);
  });

  it("mma bench --backends tfjs-wasm adds the autodiff baseline (the paper's code through tf.grad)", async () => {
    const { code, out } = await runMma(["bench", "--backends", "tfjs-wasm", "--sizes", "16x8", "--repeats", "1", "--json"]);
    expect(code).toBe(0);
    const row = JSON.parse(out).rows[0];
    expect(row.backend).toBe("tfjs-wasm");
    expect(row.baselines[0].label).toBe("autodiff (paper's code)");
    expect(row.baselines[0].ms).toBeGreaterThan(0);
  }, 60_000);

  it("the autodiff baseline is the paper's loss: it equals the reference-mode MMA loss and gradient", async () => {
    await tf.setBackend("cpu");
    const data = normal12Matrix(9, 4, 8);
    const w = tf.tensor2d(Float32Array.from(data), [9, 4]);
    const { value, grad } = tf.valueAndGrad((x: tf.Tensor) => paperMmaLoss(tf, x))(w);
    const want = cpuLoss({ data, shape: [9, 4] }, { mode: "reference" });
    expect(Math.abs(value.dataSync()[0]! - want.loss)).toBeLessThan(1e-5);
    expect(Math.max(...Array.from(grad.dataSync(), (g, i) => Math.abs(g - want.grad[i]!)))).toBeLessThan(1e-4);
    tf.dispose([w, value, grad]);
  });
});
