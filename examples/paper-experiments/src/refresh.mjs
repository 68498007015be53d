/**
 * Neighbour refresh in real training: the plain CNN of the suite trained with MMA
 * (coefficient 0.07, every layer) whose nearest-neighbour pairs are searched every k steps
 * (`diversityLoss({ refreshEvery: k })`), k = 1 (the exact loss) against larger k:
 *
 *   node src/refresh.mjs [--quick] [--ks 1,5,10,50] [--seeds 1,2,3] [--jobs <n>] [--out <dir>] [--fresh]
 *                        [--model cnn|mlp] [--epochs <n>] [--skip-timing]
 *
 * `--model mlp` trains the wide MLP 784 → 1024 → 1024 → 10 (batch 128) instead, into
 * results/refresh-mlp.
 *
 * Trains one run per (k, seed) in worker processes (src/worker.mjs, tfjs on wasm), plus
 * one timing run (the settings stepping in turn on the same batches, as for Table 3) for
 * the first seed, and writes <out>/runs/*.json (resumable, as main.mjs) and
 * <out>/refresh.md: test accuracy, the minimal angle of each layer and its paired
 * difference to k = 1, time per batch. Default out: results/refresh (results-quick/refresh
 * with --quick).
 */
import { fork } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { PROFILES, SETTINGS } from "./plan.mjs";
import { mean, std } from "./stats.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
    ks: { type: "string", default: "1,5,10,50" },
    seeds: { type: "string", default: "1,2,3" },
    jobs: { type: "string", default: "1" },
    out: { type: "string" },
    model: { type: "string", default: "cnn" },
    epochs: { type: "string" },
    "skip-timing": { type: "boolean", default: false },
  },
});
const model = values.model;
if (model !== "cnn" && model !== "mlp") throw new Error(`--model is cnn or mlp, got ${JSON.stringify(model)}`);
const list = (s, name) =>
  s.split(",").map((v) => {
    const x = Number(v);
    if (!Number.isInteger(x) || x < 1) throw new Error(`--${name} takes positive integers separated by commas, got ${JSON.stringify(s)}`);
    return x;
  });
const ks = list(values.ks, "ks");
const seeds = list(values.seeds, "seeds");
const jobs = list(values.jobs, "jobs")[0];
const profile = values.quick ? "quick" : "full";
// the MLP trains with batch 128 (the step the issue timed)
const p = { ...PROFILES[profile], ...(model === "mlp" ? { batchSize: 128 } : {}), ...(values.epochs ? { epochs: list(values.epochs, "epochs")[0] } : {}) };
const out = resolve(values.out ?? join(here, "..", values.quick ? "results-quick" : "results", model === "cnn" ? "refresh" : `refresh-${model}`));
const runsDir = join(out, "runs");
mkdirSync(runsDir, { recursive: true });

const setting = (k) => ({ ...SETTINGS.mma, label: `MMA k=${k}`, ...(k !== 1 ? { refreshEvery: k } : {}) });
const common = { trainPerDigit: p.trainPerDigit, testPerDigit: p.testPerDigit, batchSize: p.batchSize, lr: p.lr };
const plan = [
  ...(!values["skip-timing"] ? [{ id: `timing-refresh-seed${seeds[0]}`, spec: { kind: "timing", model, seed: seeds[0], settings: [SETTINGS.baseline, ...ks.map(setting)], ...p.timing, ...common } }] : []),
  // seed by seed, so an interrupted invocation leaves complete seeds (a rerun resumes)
  ...seeds.flatMap((seed) => ks.map((k) => ({ id: `${model}-mma-k${k}-seed${seed}`, spec: { kind: "classify", model, seed, setting: setting(k), epochs: p.epochs, ...common } }))),
].map((r) => ({ ...r, spec: { ...r.spec, id: r.id } }));

const results = new Map();
for (const run of plan) {
  const file = join(runsDir, `${run.id}.json`);
  if (values.fresh || !existsSync(file)) continue;
  const stored = JSON.parse(readFileSync(file, "utf8"));
  if (JSON.stringify(stored.spec) === JSON.stringify(run.spec) && stored.result) results.set(run.id, stored);
}
const todo = plan.filter((r) => !results.has(r.id));
process.stdout.write(`refresh (${profile}): ${plan.length} runs, ${plan.length - todo.length} loaded, ${todo.length} to train with ${jobs} worker(s)\n`);
const started = performance.now();

async function runAll(queue, n) {
  const start = () =>
    new Promise((done) => {
      const child = fork(join(here, "worker.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
      let current = null;
      let t0 = 0;
      const next = () => {
        current = queue.shift() ?? null;
        if (!current) return child.kill();
        t0 = performance.now();
        child.send({ id: current.id, spec: current.spec });
      };
      child.on("message", (m) => {
        if (m.ready) return next();
        const seconds = (performance.now() - t0) / 1000;
        if (m.error) process.stdout.write(`[failed] ${current.id}: ${m.error.split("\n")[0]}\n`);
        else {
          const stored = { id: current.id, spec: current.spec, result: m.result, seconds, load1: loadavg()[0], finishedAt: new Date().toISOString() };
          writeFileSync(join(runsDir, `${current.id}.json.tmp`), JSON.stringify(stored, null, 1) + "\n");
          renameSync(join(runsDir, `${current.id}.json.tmp`), join(runsDir, `${current.id}.json`));
          results.set(current.id, stored);
          const r = m.result;
          const what = r.settings ? r.settings.map((s) => `${s.label} ${s.msPerBatch.toFixed(0)} ms`).join(", ") : `accuracy ${(100 * r.testAccuracy).toFixed(2)}%, min angles ${r.layers.map((l) => l.minAngleDeg.toFixed(1)).join(" / ")}, leaked ${r.leakedTensors}`;
          process.stdout.write(`${current.id}: ${what} · ${seconds.toFixed(1)} s\n`);
        }
        next();
      });
      child.on("exit", () => done());
    });
  await Promise.all(Array.from({ length: Math.min(n, queue.length) }, start));
}

await runAll(todo.filter((r) => r.spec.kind === "timing"), 1);
await runAll(todo.filter((r) => r.spec.kind !== "timing"), jobs);

// ---- the table ------------------------------------------------------------------------
const fmt = (v, digits) => `${mean(v).toFixed(digits)} ± ${std(v).toFixed(digits)}`;
const classify = (k) => seeds.map((seed) => results.get(`${model}-mma-k${k}-seed${seed}`)?.result).filter(Boolean);
const first = classify(ks[0])[0];
const layers = first ? first.layers.map((l) => `${l.layer} (${l.n}×${l.d})`) : [];
const timing = results.get(`timing-refresh-seed${seeds[0]}`)?.result.settings ?? [];
const baseMs = timing.find((s) => s.label === "baseline")?.msPerBatch;
const lines = [
  `${model === "cnn" ? "CNN of the suite (conv 3×3×16 → conv 3×3×32 → dense 64 → dense 10)" : "MLP 784 → 1024 → 1024 → 10"} on ${10 * p.trainPerDigit} MNIST training digits, Adam ${p.lr}, batch ${p.batchSize}, ${p.epochs} epochs, tfjs-wasm; MMA coefficient ${SETTINGS.mma.coefficient} on every layer through \`diversityLoss({ refreshEvery: k })\`; seeds ${seeds.join(", ")}; mean ± sample std over seeds; Δ = paired difference to k = 1 of the same seed.`,
  "",
  `| k | accuracy (%) | ${layers.map((l) => `min angle ${l} (°)`).join(" | ")} | largest Δ min angle vs k = 1 (°) | time/batch (ms) | overhead vs baseline |`,
  `| --- | --- | ${layers.map(() => "---").join(" | ")} | --- | --- | --- |`,
];
const ref = classify(1);
for (const k of ks) {
  const runs = classify(k);
  if (runs.length === 0) continue;
  const angle = (i) => runs.map((r) => r.layers[i].minAngleDeg);
  // per seed, per layer: k's min angle minus k = 1's; report the one furthest from 0
  let worst = 0;
  for (const [s, r] of runs.entries()) for (const [i, l] of r.layers.entries()) if (ref[s]) worst = Math.abs(l.minAngleDeg - ref[s].layers[i].minAngleDeg) > Math.abs(worst) ? l.minAngleDeg - ref[s].layers[i].minAngleDeg : worst;
  const t = timing.find((s) => s.label === `MMA k=${k}`);
  lines.push(
    `| ${k} | ${fmt(runs.map((r) => 100 * r.testAccuracy), 2)} | ${layers.map((_, i) => fmt(angle(i), 1)).join(" | ")} | ${k === 1 ? "" : worst.toFixed(2)} | ${t ? t.msPerBatch.toFixed(1) : ""} | ${t && baseMs ? `${(100 * (t.msPerBatch / baseMs - 1)).toFixed(1)}%` : ""} |`,
  );
}
if (baseMs) lines.push(`| baseline (no MMA) | | ${layers.map(() => "").join(" | ")} | | ${baseMs.toFixed(1)} | |`);
lines.push(
  "",
  !timing.length ? `Load average ${loadavg()[0].toFixed(1)} at the end of this invocation (no timing run: --skip-timing).` : `Time/batch: median of ${p.timing.rounds} steps per setting, the settings stepping in turn on the same batches (seed ${seeds[0]}), load average ${loadavg()[0].toFixed(1)} at the end; ${((performance.now() - started) / 60000).toFixed(1)} min for this invocation.`,
);
writeFileSync(join(out, "refresh.md"), lines.join("\n") + "\n");
process.stdout.write(`\n${lines.join("\n")}\n\nwrote ${join(out, "refresh.md")}\n`);
