/**
 * One training run of the example (baseline or MMA), in its own process so that its
 * time and memory are its own. Prints one JSON line with the results on stdout and its
 * progress on stderr.
 *
 *   node src/train.mjs --mode baseline|mma [--epochs 5] [--batch 64] [--coefficient 0.07] [--seed 1]
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { parseArgs } from "node:util";
import { layerAngles, mmaRegularizer } from "@mmareg/tfjs";
import { checkConvBackpropFilter, registerConvBackpropFilter } from "./convBackpropFilter.mjs";
import { loadDigits } from "./data.mjs";

const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "baseline" },
    epochs: { type: "string", default: "5" },
    batch: { type: "string", default: "64" },
    coefficient: { type: "string", default: "0.07" },
    "train-per-digit": { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
  },
});
const mode = values.mode;
const epochs = Number(values.epochs);
const batchSize = Number(values.batch);
const coefficient = Number(values.coefficient);
const seed = Number(values.seed);
const log = (text) => process.stderr.write(`[${mode}] ${text}\n`);

tf.env().set("PROD", true); // no debug checks, no Node banner
await tf.setBackend("wasm");
registerConvBackpropFilter();
await checkConvBackpropFilter();

const data = loadDigits({ trainPerDigit: Number(values["train-per-digit"]), seed: 122 + seed });
const toTensors = ({ images, labels, count }) => ({
  x: tf.tensor4d(images, [count, 28, 28, 1]),
  y: tf.oneHot(tf.tensor1d(labels, "int32"), 10),
});
const train = toTensors(data.train);
const test = toTensors(data.test);

// the same seeded initial weights in both runs; the MMA run adds the regularizer to every layer
const init = (k) => tf.initializers.heNormal({ seed: 10 * (seed - 1) + k });
const reg = () => (mode === "mma" ? { kernelRegularizer: mmaRegularizer({ coefficient }) } : {});
const model = tf.sequential({
  layers: [
    tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 16, kernelSize: 3, activation: "relu", name: "conv1", kernelInitializer: init(1), ...reg() }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.conv2d({ filters: 32, kernelSize: 3, activation: "relu", name: "conv2", kernelInitializer: init(2), ...reg() }),
    tf.layers.maxPooling2d({ poolSize: 2 }),
    tf.layers.flatten(),
    tf.layers.dense({ units: 64, activation: "relu", name: "fc", kernelInitializer: init(3), ...reg() }),
    tf.layers.dense({ units: 10, activation: "softmax", name: "classify", kernelInitializer: init(4), ...reg() }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: "categoricalCrossentropy", metrics: ["accuracy"] });

const batchTimes = [];
let batchStart = 0;
let peakRss = 0;
const t0 = performance.now();
await model.fit(train.x, train.y, {
  epochs,
  batchSize,
  shuffle: false, // the training set is already shuffled with a fixed seed: both runs see the same batches
  verbose: 0,
  callbacks: {
    onBatchBegin: async () => {
      batchStart = performance.now();
    },
    onBatchEnd: async () => {
      batchTimes.push(performance.now() - batchStart);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    },
    onEpochEnd: async (epoch, logs) => {
      log(`epoch ${epoch + 1}/${epochs}: loss ${logs.loss.toFixed(4)}, train accuracy ${(100 * logs.acc).toFixed(2)}%, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    },
  },
});
const trainSeconds = (performance.now() - t0) / 1000;

const [, accuracy] = model.evaluate(test.x, test.y, { batchSize: 500 });
const testAccuracy = (await accuracy.data())[0];

// peak tensor memory of one more training step (tf.profile's peakBytes: every tensor alive at once)
const xb = train.x.slice([0, 0, 0, 0], [batchSize, 28, 28, 1]);
const yb = train.y.slice([0, 0], [batchSize, 10]);
const profile = await tf.profile(async () => {
  await model.trainOnBatch(xb, yb);
});

const warm = batchTimes.slice(5); // the first batches include compilation and first allocations
const result = {
  mode,
  seed,
  coefficient: mode === "mma" ? coefficient : 0,
  epochs,
  batchSize,
  trainCount: data.train.count,
  testCount: data.test.count,
  testAccuracy,
  msPerBatch: warm.reduce((a, b) => a + b, 0) / warm.length,
  trainSeconds,
  peakTensorMiB: profile.peakBytes / 2 ** 20,
  wasmHeapMiB: tf.backend().wasm.HEAPU8.byteLength / 2 ** 20,
  peakRssMiB: peakRss / 2 ** 20,
  layers: (await layerAngles(model)).map((r) => ({ layer: r.layer, n: r.n, d: r.d, minAngleDeg: r.minAngleDeg, meanNearestDeg: r.meanNearestDeg, pairsAbove: r.pairsAbove, pairs: r.pairs })),
};
log(`test accuracy ${(100 * testAccuracy).toFixed(2)}%, ${result.msPerBatch.toFixed(1)} ms per batch`);
process.stdout.write(JSON.stringify(result) + "\n");
