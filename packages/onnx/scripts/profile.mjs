#!/usr/bin/env node
// Per-op profile of the exported MMA loss-and-gradient model on onnxruntime-node, from ONNX
// Runtime's own profiler (session option enableProfiling, a Chrome-trace JSON file).
//
// Per node: the median of its kernel times over the timed runs (robust to preemption on a
// busy machine), summed per op type; "ms / run" is that sum.
//
//   node scripts/profile.mjs [--rows 512] [--cols 4608] [--threads 1] [--runs 20] [--loss mma] [--mode exact] [--blockRows 128] [--markdown] [--nodes]
//                            [--module ../dist/index.js]   (another build's buildLossModel, e.g. an older version's, for a before/after table)
//                            [--against ./tmp/before.mjs]  (profile that build's model too, in the same process, runs interleaved:
//                                                           a before/after table whose columns share the machine's load)
//
// The README's "before" columns: the package source of commit 5cfbde5 bundled for Node
// (bench.mjs --module needs the other names too),
//   mkdir -p scripts/tmp/before && git archive 5cfbde5 src | tar -x -C scripts/tmp/before
//   echo 'export { buildLossModel, createOnnxBackend, computeLoss, placeholder } from "./before/src/index.ts";' > scripts/tmp/before-entry.ts
//   npx esbuild scripts/tmp/before-entry.ts --bundle --format=esm --platform=node \
//     --external:onnxruntime-web --external:onnxruntime-node --outfile=scripts/tmp/before.mjs
//   node scripts/profile.mjs --module ./tmp/before.mjs --markdown
// (scripts/tmp is git-ignored).
//
// Needs a build of this package (dist/) and onnxruntime-node. Prints, per op type, the
// time per run (sum of node medians), the node count and the share of the run, plus the model's wall time
// per run and the same runtime's MatMul of W Wᵀ (a one-node model) measured interleaved.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";


const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "512" },
    cols: { type: "string", default: "4608" },
    threads: { type: "string", default: "1" },
    runs: { type: "string", default: "20" },
    loss: { type: "string", default: "mma" },
    mode: { type: "string", default: "exact" },
    markdown: { type: "boolean", default: false },
    nodes: { type: "boolean", default: false },
    module: { type: "string", default: "../dist/index.js" },
    blockRows: { type: "string" },
    against: { type: "string" },
  },
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { buildLossModel } = await import(new URL(values.module, import.meta.url).href);
const n = Number(values.rows);
const d = Number(values.cols);
const threads = Number(values.threads);
const runs = Number(values.runs);

// A seeded normal matrix (Box-Muller over a small LCG), so runs are comparable.
function matrix(rows, cols, seed) {
  const out = new Float32Array(rows * cols);
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(next()));
    const t = 2 * Math.PI * next();
    out[i] = r * Math.cos(t);
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(t);
  }
  return out;
}

// The same runtime's plain MatMul of W Wᵀ as a one-node model (the backend's `gram` of a
// placeholder, written by the package's own graph writer).
async function gramModel() {
  const { createOnnxBackend, placeholder } = await import("../dist/index.js");
  const b = await createOnnxBackend({ ort });
  return b.modelFor({ gram: b.gram(placeholder("W", [n, d])) });
}

const dir = mkdtempSync(join(tmpdir(), "mma-profile-"));
const base = { executionProviders: ["cpu"], intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: "all" };
const modelOptions = { loss: values.loss, mode: values.mode, rows: n, cols: d, ...(values.blockRows ? { blockRows: Number(values.blockRows) } : {}) };
// the profiled builds: this one (or --module), and --against's, each a session with its own trace file
const builds = [{ label: values.module === "../dist/index.js" ? "this build" : values.module, buildLossModel }];
if (values.against) builds.unshift({ label: values.against, buildLossModel: (await import(new URL(values.against, import.meta.url).href)).buildLossModel });
for (const [i, b] of builds.entries()) {
  b.prefix = `loss${i}_`;
  b.session = await ort.InferenceSession.create(b.buildLossModel(modelOptions), { ...base, enableProfiling: true, profileFilePrefix: join(dir, b.prefix) });
  b.wall = [];
}
const gram = await ort.InferenceSession.create(await gramModel(), base);
const W = new ort.Tensor("float32", matrix(n, d, 12345), [n, d]);
for (let i = 0; i < 3; i++) {
  for (const b of builds) await b.session.run({ W });
  await gram.run({ W });
}
const gramWall = [];
for (let i = 0; i < runs; i++) {
  for (const b of builds) {
    const t = performance.now();
    await b.session.run({ W });
    b.wall.push(performance.now() - t);
  }
  const t = performance.now();
  await gram.run({ W });
  gramWall.push(performance.now() - t);
}
const { readdirSync } = await import("node:fs");
for (const b of builds) {
  b.session.endProfiling();
  const file = readdirSync(dir).find((f) => f.startsWith(b.prefix) && f.endsWith(".json"));
  b.trace = JSON.parse(readFileSync(join(dir, file), "utf8"));
}
rmSync(dir, { recursive: true, force: true });

// Node events: cat "Node", name "<node>_kernel_time", args.op_name. The first 3 runs warm up.
// Each node's time is its median over the runs (a run preempted by other processes does
// not inflate it), summed per op type.
function summarize(trace) {
  const runEvents = trace.filter((e) => e.cat === "Session" && e.name === "model_run");
  const sessionRun = median(runEvents.slice(-runs).map((e) => e.dur)) / 1000;
  const skipBefore = runEvents.length > runs ? runEvents[runEvents.length - runs].ts : 0;
  const perNode = new Map();
  for (const e of trace) {
    if (e.cat !== "Node" || !e.name.endsWith("_kernel_time") || e.ts < skipBefore) continue;
    const entry = perNode.get(e.name) ?? { op: e.args?.op_name ?? "?", durs: [] };
    entry.durs.push(e.dur);
    perNode.set(e.name, entry);
  }
  const byOp = new Map();
  const nodes = new Map();
  const byNode = new Map();
  for (const [name, { op, durs }] of perNode) {
    // a node inside an If branch runs only when its branch is taken: count its runs
    const us = (median(durs) * durs.length) / runs;
    byNode.set(name, us);
    byOp.set(op, (byOp.get(op) ?? 0) + us);
    const set = nodes.get(op) ?? new Set();
    set.add(name);
    nodes.set(op, set);
  }
  const total = [...byOp.entries()].filter(([op]) => !CONTAINERS.has(op)).reduce((a, [, us]) => a + us, 0);
  return { sessionRun, byOp, nodes, byNode, total };
}
// If / Loop / Scan: their time includes the nodes of their bodies, listed on their own rows;
// they are left out of the total (their row shows the body's time plus the loop's overhead)
const CONTAINERS = new Set(["If", "Loop", "Scan"]);
const results = builds.map((b) => ({ ...b, ...summarize(b.trace) }));
const ms = (us) => (us / 1000).toFixed(us < 100 ? 3 : 2);
const head = `${values.loss} ${values.mode} ${n} x ${d}${values.blockRows ? `, blocks of ${values.blockRows} rows` : ""}, onnxruntime-node ${ort.env.versions?.node ?? ""}, ${threads} intra-op thread${threads === 1 ? "" : "s"}, ${runs} runs${builds.length > 1 ? " interleaved" : ""}`;
if (values.nodes) {
  for (const r of results) {
    console.log(`slowest nodes, ${r.label}:`);
    for (const [name, us] of [...r.byNode.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(3).padStart(8)} ms  ${name.replace(/_kernel_time$/, "")}`);
  }
}
const ops = [...new Set(results.flatMap((r) => [...r.byOp.keys()]))].sort((a, b) => Math.max(...results.map((r) => r.byOp.get(b) ?? 0)) - Math.max(...results.map((r) => r.byOp.get(a) ?? 0)));
const cells = (r, op) => {
  const us = r.byOp.get(op);
  if (us === undefined) return ["", "0", ""];
  return [ms(us), String(r.nodes.get(op).size), CONTAINERS.has(op) ? "" : `${((100 * us) / r.total).toFixed(1)}%`];
};
const footer = (r) =>
  `${r.label}: ONNX Runtime's model_run (median) ${r.sessionRun.toFixed(2)} ms; wall per run (median) ${median(r.wall).toFixed(2)} ms; MatMul W Wᵀ alone ${median(gramWall).toFixed(2)} ms; ratio ${(median(r.wall) / median(gramWall)).toFixed(2)}`;
const nodeCount = (r) => [...r.nodes.values()].reduce((a, set) => a + set.size, 0);
if (values.markdown) {
  console.log(`${head}\n`);
  console.log(`| op | ${results.map((r) => `${r.label}: ms / run | nodes | share`).join(" | ")} |\n|---|${results.map(() => "---:|---:|---:|").join("")}`);
  for (const op of ops) console.log(`| ${op}${CONTAINERS.has(op) ? " (with its body)" : ""} | ${results.map((r) => cells(r, op).join(" | ")).join(" | ")} |`);
  console.log(`| **all nodes** (without If) | ${results.map((r) => `**${ms(r.total)}** | ${nodeCount(r)} | `).join(" | ")} |`);
  console.log("");
  for (const r of results) console.log(`${footer(r)}  `);
} else {
  console.log(head);
  for (const r of results) {
    console.log(`-- ${r.label}`);
    for (const op of ops) if (r.byOp.has(op)) console.log(`${op.padEnd(18)} ${ms(r.byOp.get(op)).padStart(8)} ms  ${String(r.nodes.get(op).size).padStart(3)} nodes  ${((100 * r.byOp.get(op)) / r.total).toFixed(1).padStart(5)}%`);
    console.log(`${"all nodes".padEnd(18)} ${ms(r.total).padStart(8)} ms`);
    console.log(footer(r));
  }
}
