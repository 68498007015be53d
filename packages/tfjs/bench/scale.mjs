// One MMA loss + gradient step of mmaRegularizer (or diversityLoss) on a Dense kernel
// [d, n] (n output units of length d) on tfjs-wasm in Node: time and peak memory.
//
//   node packages/tfjs/bench/scale.mjs --n 30000 [--d 512] [--via regularizer|diversity|pairs] [--backend wasm|cpu]
//
// Run `pnpm --filter @mmareg/tfjs build` first (it imports dist/). Prints one JSON line.
import { parseArgs } from "node:util";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "30000" },
    d: { type: "string", default: "512" },
    via: { type: "string", default: "regularizer" },
    backend: { type: "string", default: "wasm" },
    stats: { type: "boolean", default: false },
  },
});
// SCALE_DIST: another build of this package (a copy of dist/ inside this package, so
// long runs are not affected by a rebuild)
const { mmaRegularizer, diversityLoss, layerAngles, angularLoss, kernelRows, sharedBackend, lossForPairs } = await import(process.env.SCALE_DIST ?? "../dist/index.js");
const n = Number(values.n);
const d = Number(values.d);
tf.env().set("PROD", true);
await tf.setBackend(values.backend);
await tf.ready();

const mb = (bytes) => Math.round(bytes / 2 ** 20);
const rssMb = () => mb(process.memoryUsage().rss);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const wasmHeapMb = () => {
  const be = tf.backend();
  return be?.wasm?.HEAPU8 ? mb(be.wasm.HEAPU8.length) : null;
};

const rssStart = rssMb();
// a Dense kernel [d, n] with He-like random entries (seeded)
// (--via diversity: the model's own Dense kernel takes these values; no second variable of
// the same name, which tfjs refuses, and no second [d, n] copy)
const init = tf.randomNormal([d, n], 0, Math.sqrt(2 / d), "float32", 1);
let model = null;
let kernel = null;
if (values.via === "diversity") {
  model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [d], units: n, useBias: false, name: "dense" })] });
  model.layers[0].setWeights([init]);
  init.dispose();
} else {
  kernel = tf.variable(init, true, "dense/kernel");
}
const reg = mmaRegularizer({ coefficient: 0.07, check: "never" });
// --via pairs: the regularizer's O(n d) part alone (what a cached step of refreshEvery > 1
// runs, and what follows the search on a refresh step): transposes, normalization, pair
// angles and their gradient for a given pairing (row i with row (i + 1) mod n), no search
let pairIndex = null;
if (values.via === "pairs") pairIndex = tf.tensor1d(Int32Array.from({ length: n }, (_, i) => (i + 1) % n), "int32");
const pairsLoss = () =>
  tf.mul(angularLoss(kernelRows(tf, kernel, "dense"), { tf, pairs: { loss: (w) => lossForPairs(sharedBackend(tf), w, pairIndex) } }), 0.07);
const rssReady = rssMb();
const tensorsBefore = tf.memory().numTensors;

const t0 = performance.now();
const c0 = process.cpuUsage();
const { value, grads } = tf.variableGrads(() =>
  values.via === "diversity" ? diversityLoss(model, { coefficient: 0.07, check: "never" }) : values.via === "pairs" ? pairsLoss() : reg.apply(kernel),
);
const loss = (await value.data())[0];
const g = grads[Object.keys(grads)[0]];
const gNormT = tf.norm(g);
const gNorm = (await gNormT.data())[0];
gNormT.dispose();
const stepS = (performance.now() - t0) / 1000;
const cu = process.cpuUsage(c0);
const cpuS = (cu.user + cu.system) / 1e6; // this process's CPU time: the step's own work on a busy machine
tf.dispose([value, ...Object.values(grads)]);
const leak = tf.memory().numTensors - tensorsBefore;

let statsS = null;
let minAngleDeg = null;
if (values.stats && model) {
  const t1 = performance.now();
  const r = await layerAngles(model);
  statsS = (performance.now() - t1) / 1000;
  minAngleDeg = r[0]?.minAngleDeg ?? null;
}

console.log(
  JSON.stringify({
    backend: `tfjs-${tf.getBackend()}`,
    via: values.via,
    n,
    d,
    loss,
    gradNorm: gNorm,
    stepS: Number(stepS.toFixed(1)),
    cpuS: Number(cpuS.toFixed(1)),
    rssStartMb: rssStart,
    rssReadyMb: rssReady,
    peakRssMb: peakMb(),
    peakOverReadyMb: peakMb() - rssReady,
    wasmHeapMb: wasmHeapMb(),
    leakedTensors: leak,
    ...(statsS !== null ? { statsS: Number(statsS.toFixed(1)), minAngleDeg } : {}),
  }),
);
