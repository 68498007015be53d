/**
 * Baseline vs MMA regularization on real MNIST digits with TensorFlow.js (wasm backend):
 * the paper's Table 3 at laptop scale. Each run trains in its own process (so its time
 * per batch and its memory are its own), one after the other; this script prints their
 * table side by side.
 *
 *   node src/main.mjs [--epochs 5] [--batch 64] [--coefficient 0.07] [--seeds 1] [--markdown] [--json]
 *
 * With `--seeds k` each run is repeated with k seeds (initial weights and batch order)
 * and a mean row is added per regularization.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    epochs: { type: "string", default: "5" },
    batch: { type: "string", default: "64" },
    coefficient: { type: "string", default: "0.07" },
    seeds: { type: "string", default: "1" },
    markdown: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

const trainScript = fileURLToPath(new URL("./train.mjs", import.meta.url));
const seeds = Number(values.seeds);
for (const [flag, v] of [["seeds", seeds], ["epochs", Number(values.epochs)], ["batch", Number(values.batch)]]) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${flag} must be a positive integer, got ${JSON.stringify(values[flag])}`);
}

function run(mode, seed) {
  return new Promise((resolve, reject) => {
    const args = [trainScript, "--mode", mode, "--epochs", values.epochs, "--batch", values.batch, "--coefficient", values.coefficient, "--seed", String(seed)];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`the ${mode} run exited with code ${code}`));
      const line = out.trim().split("\n").pop();
      resolve(JSON.parse(line));
    });
  });
}

const started = performance.now();
const results = [];
for (const mode of ["baseline", "mma"]) for (let seed = 1; seed <= seeds; seed++) results.push(await run(mode, seed));
const minutes = (performance.now() - started) / 60000;

if (values.json) {
  process.stdout.write(JSON.stringify({ minutes, results }, null, 2) + "\n");
} else {
  const layers = results[0].layers.map((l) => `${l.layer} (${l.n}x${l.d})`);
  const header = ["regularization", "time/batch (ms)", "peak tensors (MiB)", "peak RSS (MiB)", "test acc. (%)", ...layers.map((l) => `min angle ${l}`)];
  const label = (r) => (r.mode === "mma" ? `MMA (${r.coefficient})` : "baseline") + (seeds > 1 ? `, seed ${r.seed}` : "");
  const cells = (r, name) => [
    name,
    r.msPerBatch.toFixed(1),
    r.peakTensorMiB.toFixed(1),
    r.peakRssMiB.toFixed(0),
    (100 * r.testAccuracy).toFixed(2),
    ...r.layers.map((l) => l.minAngleDeg.toFixed(1)),
  ];
  const mean = (group) => {
    const avg = (f) => group.reduce((s, r) => s + f(r), 0) / group.length;
    return {
      ...group[0],
      msPerBatch: avg((r) => r.msPerBatch),
      peakTensorMiB: avg((r) => r.peakTensorMiB),
      peakRssMiB: avg((r) => r.peakRssMiB),
      testAccuracy: avg((r) => r.testAccuracy),
      layers: group[0].layers.map((l, i) => ({ ...l, minAngleDeg: avg((r) => r.layers[i].minAngleDeg) })),
    };
  };
  const rows = [];
  for (const mode of ["baseline", "mma"]) {
    const group = results.filter((r) => r.mode === mode);
    for (const r of group) rows.push(cells(r, label(r)));
    if (seeds > 1) rows.push(cells(mean(group), `${mode === "mma" ? `MMA (${group[0].coefficient})` : "baseline"}, mean of ${seeds}`));
  }
  const r0 = results[0];
  const title = `MNIST digits from the mnist package (${r0.trainCount} train / ${r0.testCount} test), small CNN, tfjs wasm backend, ${r0.epochs} epochs of batch ${r0.batchSize}, Adam 1e-3, seeded`;
  if (values.markdown) {
    const line = (cells) => `| ${cells.join(" | ")} |`;
    process.stdout.write([title, "", line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n") + "\n");
  } else {
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const fmt = (cells) => cells.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join("  ");
    process.stdout.write([title, "", fmt(header), ...rows.map(fmt)].join("\n") + "\n");
  }
  process.stdout.write(`\n(all runs: ${minutes.toFixed(1)} min; peak tensors = tf.profile peakBytes of one training step, every tensor alive at once; peak RSS = the process's resident memory at batch ends, data and runtime included)\n`);
}
