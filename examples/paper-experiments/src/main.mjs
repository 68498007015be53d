/**
 * The MMA paper's experiments at laptop scale, in one command:
 *
 *   node src/main.mjs [--quick] [--fresh] [--out <dir>] [--jobs <n>]
 *
 * Plans every run (src/plan.mjs), trains them in worker processes (src/worker.mjs, tfjs on
 * wasm, one core each), prints one progress line per run, and writes as it goes:
 *   <out>/runs/<run id>.json   one file per finished run (kept: a rerun loads it instead
 *                              of training again, unless --fresh or its spec changed)
 *   <out>/summary.json         every aggregate (mean ± std over seeds, per-seed values)
 *   <out>/tables.md            Tables 2, 3, 7 and the Fig. 1/3/4 tables, with the paper's numbers
 *   <out>/*.svg                Fig. 1 histograms, Figs. 3 and 4 curves with error bars
 * `--quick` is the CI smoke test (small sizes, 2 seeds) and writes to results-quick/ by default.
 */
import { fork } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { planRuns } from "./plan.mjs";
import { buildSummary, renderFigures, renderTables } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
    out: { type: "string" },
    jobs: { type: "string", default: String(Math.max(1, Math.min(2, cpus().length))) },
  },
});
const profile = values.quick ? "quick" : "full";
const out = resolve(values.out ?? join(here, "..", values.quick ? "results-quick" : "results"));
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a positive integer, got ${JSON.stringify(values.jobs)}`);
const runsDir = join(out, "runs");
mkdirSync(runsDir, { recursive: true });

/** Write a file atomically (a killed run never leaves half a JSON behind). */
function writeAtomic(path, text) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

const plan = planRuns(profile);
const results = new Map();
for (const run of plan) {
  const file = join(runsDir, `${run.id}.json`);
  if (values.fresh || !existsSync(file)) continue;
  const stored = JSON.parse(readFileSync(file, "utf8"));
  if (JSON.stringify(stored.spec) === JSON.stringify(run.spec) && stored.result) results.set(run.id, stored);
}
const todo = plan.filter((r) => !results.has(r.id));
const loaded = results.size;
const started = performance.now();
const load = [];
const sampleLoad = () => load.push(loadavg()[0]);
sampleLoad();
const loadTimer = setInterval(sampleLoad, 15000);
process.stdout.write(`paper-experiments (${profile}): ${plan.length} runs, ${loaded} loaded from ${runsDir}, ${todo.length} to train with ${jobs} worker(s)\n`);

const pad = String(plan.length).length;
let done = loaded;
const workers = new Set();
function describe(run, result, seconds, worker) {
  const s = run.spec;
  const what =
    s.kind === "timing"
      ? `timing · ${s.model} · ${s.settings.length} settings · seed ${s.seed} → ${result.settings.map((x) => `${x.label} ${x.msPerBatch.toFixed(0)} ms`).join(", ")}`
      : s.kind === "embed"
        ? `${run.uses.join(", ")} · embed · ${s.setting.label} · seed ${s.seed} → verification ${(100 * result.verificationAccuracy).toFixed(2)}%`
        : `${run.uses.join(", ")} · ${s.model} · ${s.setting.label}${s.setting.layers === "hidden" ? "" : s.setting.coefficient ? " (all layers)" : ""} · seed ${s.seed} → accuracy ${(100 * result.testAccuracy).toFixed(2)}%`;
  return `[${String(done).padStart(pad)}/${plan.length}] ${what} · ${seconds.toFixed(1)} s · worker ${worker}`;
}

/** Run a list of runs on `n` fresh worker processes; resolves with the failures. */
async function runAll(list, n) {
  const queue = [...list];
  const failures = [];
  const start = (k) =>
    new Promise((resolveWorker) => {
      const child = fork(join(here, "worker.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
      workers.add(child);
      let current = null;
      let t0 = 0;
      const next = () => {
        current = queue.shift() ?? null;
        if (!current) {
          child.kill();
          return;
        }
        t0 = performance.now();
        child.send({ id: current.id, spec: current.spec });
      };
      child.on("message", (m) => {
        if (m.ready) return next();
        const seconds = (performance.now() - t0) / 1000;
        if (m.error) {
          failures.push({ id: current.id, error: m.error });
          process.stdout.write(`[failed] ${current.id}: ${m.error.split("\n")[0]}\n`);
        } else {
          done++;
          const stored = { id: current.id, uses: current.uses, spec: current.spec, result: m.result, seconds, load1: loadavg()[0], finishedAt: new Date().toISOString() };
          writeAtomic(join(runsDir, `${current.id}.json`), JSON.stringify(stored, null, 1) + "\n");
          results.set(current.id, stored);
          process.stdout.write(describe(current, m.result, seconds, k) + "\n");
        }
        next();
      });
      child.on("exit", (code, signal) => {
        workers.delete(child);
        if (current && !results.has(current.id) && !failures.some((f) => f.id === current.id)) {
          failures.push({ id: current.id, error: `worker ${k} exited (${signal ?? code}) during the run` });
          process.stdout.write(`[failed] ${current.id}: worker ${k} exited (${signal ?? code})\n`);
        }
        resolveWorker();
      });
    });
  await Promise.all(Array.from({ length: Math.min(n, list.length) }, (_, k) => start(k + 1)));
  // runs left when every worker died (for example in the wasm kernel check)
  for (const r of queue) failures.push({ id: r.id, error: "not run: no worker left" });
  return failures;
}

process.on("SIGINT", () => {
  for (const w of workers) w.kill();
  process.stdout.write(`\ninterrupted: finished runs are in ${runsDir}; run the same command again to resume\n`);
  process.exit(130);
});

// the Table 3 timing runs alone first, so the other worker does not share the machine with them
const failures = [...(await runAll(todo.filter((r) => r.spec.kind === "timing"), 1)), ...(await runAll(todo.filter((r) => r.spec.kind !== "timing"), jobs))];
clearInterval(loadTimer);
sampleLoad();

const tfjsVersion = JSON.parse(readFileSync(join(here, "..", "node_modules", "@tensorflow", "tfjs", "package.json"), "utf8")).version;
const environment = {
  cpu: cpus()[0]?.model?.trim() ?? "unknown",
  cores: cpus().length,
  node: process.versions.node,
  tfjs: `${tfjsVersion} (wasm)`,
  jobs,
  load: { mean: load.reduce((a, v) => a + v, 0) / load.length, max: Math.max(...load), samples: load.length },
  minutes: (performance.now() - started) / 60000,
  runMinutes: [...results.values()].reduce((a, r) => a + (r.seconds ?? 0), 0) / 60,
  cpuMinutes: [...results.values()].reduce((a, r) => a + (r.result.cpuSeconds ?? 0), 0) / 60,
  ran: todo.length - failures.length,
  loaded,
  finishedAt: new Date().toISOString(),
};
const summary = buildSummary(profile, results, environment);
const tables = renderTables(summary);
writeAtomic(join(out, "summary.json"), JSON.stringify(summary, null, 1) + "\n");
writeAtomic(join(out, "tables.md"), tables);
for (const [name, text] of Object.entries(renderFigures(summary))) writeAtomic(join(out, name), text);
process.stdout.write(`\n${tables}\nwrote ${out}/summary.json, tables.md, fig1-cosine-histograms.svg, fig3-coefficient-cnn.svg, fig4-coefficient-resnet.svg (${environment.minutes.toFixed(1)} min)\n`);
if (failures.length > 0) {
  process.stdout.write(`${failures.length} run(s) failed: ${failures.map((f) => f.id).join(", ")}; the tables leave them out. Run the command again to retry them.\n`);
  process.exitCode = 1;
}
