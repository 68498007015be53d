/**
 * One run of the suite, inside a worker process: train a classifier (Tables 2 and 3,
 * Figs. 1, 3 and 4) or an ArcFace / ArcFace+ embedding (Table 7), or time the Table 3
 * settings against each other. Every function returns a plain JSON-able result.
 *
 * The regularizers go in through `diversityLoss` of `@mmareg/tfjs` in a custom loop:
 *   loss = cross-entropy + coefficient * sum over the selected layers of l(W)   (eq. 13)
 * with `layers: "hidden"` (every kernel but the classifier's) or `"all"` (hidden + output).
 */
import * as tf from "@tensorflow/tfjs";
import { arcFaceLoss, arcFacePlusLoss, classCosines, disposeDiversityPairs, diversityLoss, layerAngles } from "@mmareg/tfjs";
import { permutation } from "./data.mjs";
import { buildModel } from "./models.mjs";
import { convRows, makePairs, pairCosines, tenFoldAccuracy } from "./stats.mjs";

const PIXELS = 28 * 28;

/** The batches of one epoch, in a seeded order: `[{ x, labels }]` as typed arrays. */
function* batches(data, batchSize, seed) {
  const order = permutation(data.count, seed);
  for (let start = 0; start + batchSize <= data.count; start += batchSize) {
    const x = new Float32Array(batchSize * PIXELS);
    const labels = new Int32Array(batchSize);
    for (let k = 0; k < batchSize; k++) {
      const i = order[start + k];
      x.set(data.images.subarray(i * PIXELS, (i + 1) * PIXELS), k * PIXELS);
      labels[k] = data.labels[i];
    }
    yield { x, labels };
  }
}

/**
 * Train `epochs` epochs of `step(x, labels)` (which returns the loss as a scalar tensor) on
 * the seeded batch order; returns the mean loss of each epoch. With `stepMs`, each step's
 * wall time (ms) is pushed onto it.
 */
function trainEpochs(data, { epochs, batchSize, seed }, step, stepMs) {
  const epochLoss = [];
  for (let e = 0; e < epochs; e++) {
    let sum = 0;
    let count = 0;
    for (const b of batches(data.train, batchSize, 7919 * seed + e)) {
      const s = performance.now();
      const cost = step(b.x, b.labels);
      sum += cost.dataSync()[0];
      cost.dispose();
      stepMs?.push(performance.now() - s);
      count++;
    }
    epochLoss.push(sum / count);
  }
  return epochLoss;
}

/** The diversityLoss options of a setting (null for the baseline). */
export function regularizerOf(setting) {
  if (!setting.loss || setting.coefficient === 0) return null;
  return {
    loss: setting.loss,
    coefficient: setting.coefficient,
    layers: setting.layers ?? "all",
    ...(setting.s !== undefined ? { s: setting.s } : {}),
    // neighbour refresh (src/refresh.mjs): search the nearest neighbours every k steps
    ...(setting.refreshEvery !== undefined && setting.refreshEvery !== 1 ? { refreshEvery: setting.refreshEvery } : {}),
  };
}

/** A training step for a model and setting: `step(x, labels)` returns the total loss (a scalar tensor). */
function classifierStep(model, setting, lr) {
  const optimizer = tf.train.adam(lr);
  const reg = regularizerOf(setting);
  const vars = model.trainableWeights.map((w) => w.read());
  const step = (xb, labels) =>
    tf.tidy(() => {
      const x = tf.tensor4d(xb, [labels.length, 28, 28, 1]);
      const y = tf.oneHot(tf.tensor1d(labels, "int32"), 10);
      return optimizer.minimize(
        () => {
          const task = tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }));
          return reg ? tf.add(task, diversityLoss(model, reg)) : task;
        },
        true,
        vars,
      );
    });
  return { step, optimizer };
}

/** Predicted classes of images, in batches. */
function predict(fn, data, batch = 500) {
  const out = new Int32Array(data.count);
  for (let start = 0; start < data.count; start += batch) {
    const n = Math.min(batch, data.count - start);
    const pred = tf.tidy(() => fn(tf.tensor4d(data.images.subarray(start * PIXELS, (start + n) * PIXELS), [n, 28, 28, 1])).argMax(1));
    out.set(pred.dataSync(), start);
    pred.dispose();
  }
  return out;
}

function accuracy(pred, labels) {
  let hit = 0;
  for (let i = 0; i < labels.length; i++) hit += pred[i] === labels[i] ? 1 : 0;
  return hit / labels.length;
}

/** Per layer: minimal / mean nearest angle (degrees), and the first conv layer's pair cosines. */
async function angles(model) {
  const report = await layerAngles(model);
  const layers = report.map((r) => ({ layer: r.layer, n: r.n, d: r.d, minAngleDeg: r.minAngleDeg, meanNearestDeg: r.meanNearestDeg }));
  if (!model.layers.some((l) => l.name === "conv1")) return { layers }; // the MLP of src/refresh.mjs has no conv layer
  const first = model.getLayer("conv1").getWeights()[0];
  const { rows, n, d } = convRows(await first.data(), first.shape);
  return { layers, firstLayerCosines: pairCosines(rows, n, d).map((v) => Math.round(v * 1e6) / 1e6) };
}

/** Train a classifier (`cnn` or `resnet`) with a setting; test accuracy and angles. */
export async function trainClassifier(spec, data) {
  const { model: name, seed, setting, epochs, batchSize, lr } = spec;
  const model = buildModel(name, seed);
  const { step, optimizer } = classifierStep(model, setting, lr);
  const stepMs = [];
  const t0 = performance.now();
  const epochLoss = trainEpochs(data, { epochs, batchSize, seed }, step, stepMs);
  const trainSeconds = (performance.now() - t0) / 1000;
  const testAccuracy = accuracy(predict((x) => model.apply(x), data.test), data.test.labels);
  const result = { testAccuracy, trainSeconds, msPerBatch: stepMs.slice(3).reduce((a, v) => a + v, 0) / Math.max(1, stepMs.length - 3), epochLoss, ...(await angles(model)) };
  optimizer.dispose();
  disposeDiversityPairs(model); // the pairs cached with refreshEvery > 1 (a no-op otherwise)
  model.dispose();
  return result;
}

/** Train an ArcFace / ArcFace+ embedding network; pair verification with the 10-fold protocol. */
export async function trainEmbedding(spec, data) {
  const { seed, setting, epochs, batchSize, lr, embeddingDims, margin, scale, pairs: pairOptions } = spec;
  const model = buildModel("embed", seed, { embeddingDims });
  const initial = tf.initializers.glorotNormal({ seed: 1000 * seed + 99 }).apply([10, embeddingDims]);
  const classWeights = tf.variable(initial, true, `classWeights_seed${seed}_c${setting.coefficient}`);
  initial.dispose();
  const loss = setting.coefficient > 0 ? arcFacePlusLoss({ margin, scale, coefficient: setting.coefficient }) : arcFaceLoss({ margin, scale });
  const optimizer = tf.train.adam(lr);
  const vars = [...model.trainableWeights.map((w) => w.read()), classWeights];
  const step = (x, labels) =>
    tf.tidy(() => optimizer.minimize(() => loss(model.apply(tf.tensor4d(x, [labels.length, 28, 28, 1]), { training: true }), classWeights, tf.tensor1d(labels, "int32")), true, vars));
  const t0 = performance.now();
  const epochLoss = trainEpochs(data, { epochs, batchSize, seed }, step);
  const trainSeconds = (performance.now() - t0) / 1000;
  // embeddings of the test digits, unit-normalized, then cosine scores of the fixed pairs
  const emb = tf.tidy(() => {
    const e = model.apply(tf.tensor4d(data.test.images, [data.test.count, 28, 28, 1]));
    return tf.div(e, tf.maximum(tf.norm(e, 2, 1, true), 1e-12));
  });
  const unit = await emb.data();
  const closedSet = accuracy(predict((x) => classCosines(model.apply(x), classWeights), data.test), data.test.labels);
  emb.dispose();
  const pairs = makePairs(Array.from(data.test.labels), pairOptions);
  const d = embeddingDims;
  const scores = pairs.a.map((i, k) => {
    const j = pairs.b[k];
    let s = 0;
    for (let c = 0; c < d; c++) s += unit[i * d + c] * unit[j * d + c];
    return s;
  });
  const verification = tenFoldAccuracy(scores, pairs.same, pairs.fold);
  const w = await classWeights.data();
  const classAngles = pairCosines(w, 10, d).map((c) => (Math.acos(Math.max(-1, Math.min(1, c))) * 180) / Math.PI);
  const result = {
    verificationAccuracy: verification.mean,
    verificationFoldStd: verification.std,
    folds: verification.folds,
    closedSetAccuracy: closedSet,
    classMinAngleDeg: Math.min(...classAngles),
    trainSeconds,
    epochLoss,
  };
  optimizer.dispose();
  classWeights.dispose();
  model.dispose();
  return result;
}

/**
 * Table 3's cost columns: the settings trained side by side on the same batches, one step
 * each in turn (the order rotating every round), so the machine's load hits them alike.
 * Time per batch is the median over the rounds; memory is `tf.profile`'s peak bytes of one
 * step (every tensor alive at once, the analogue of the paper's GPU memory).
 */
export async function timeSettings(spec, data) {
  const { model: name, seed, settings, rounds, warmup, batchSize, lr } = spec;
  const runs = settings.map((setting) => {
    const model = buildModel(name, seed);
    return { setting, model, ...classifierStep(model, setting, lr), ms: [], cpuMs: [] };
  });
  const list = [...batches(data.train, batchSize, 7919 * seed)];
  const batchAt = (k) => list[k % list.length];
  for (let k = 0; k < warmup; k++) for (const r of runs) r.step(batchAt(k).x, batchAt(k).labels).dispose();
  for (let round = 0; round < rounds; round++) {
    const b = batchAt(warmup + round);
    for (let k = 0; k < runs.length; k++) {
      const r = runs[(round + k) % runs.length];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const cost = r.step(b.x, b.labels);
      cost.dataSync();
      r.ms.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cost.dispose();
      r.cpuMs.push((c.user + c.system) / 1000);
    }
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const out = [];
  for (const r of runs) {
    const b = batchAt(0);
    const resident = tf.memory().numBytes; // every model's weights and optimizer state, the data
    const profile = await tf.profile(() => {
      r.step(b.x, b.labels).dispose();
    });
    const own = r.model.trainableWeights.reduce((a, w) => a + 3 * 4 * w.shape.reduce((x, y) => x * y, 1), 0); // weights + Adam's two moments
    out.push({
      label: r.setting.label,
      msPerBatch: median(r.ms),
      cpuMsPerBatch: median(r.cpuMs),
      // the step's peak above what was resident, plus this model's own weights and optimizer state
      peakMiB: (profile.peakBytes - resident + own) / 2 ** 20,
      kernels: profile.kernels.length,
    });
    r.optimizer.dispose();
    disposeDiversityPairs(r.model);
    r.model.dispose();
  }
  return { settings: out };
}
