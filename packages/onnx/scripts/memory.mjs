#!/usr/bin/env node
// Peak memory of one run of the exported MMA model on onnxruntime-node: the process's
// peak resident set (VmHWM) after loading W, after creating the session, and after a run.
//
//   node scripts/memory.mjs [--rows 10575] [--cols 512] [--threads 1] [--module ../dist/index.js] [--blockRows 512]
//   node scripts/memory.mjs --stats   (instead: the backend's fused angleStats, nearest rows and
//                                       counts above cos 0.5, on onnxruntime-node)
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "10575" },
    cols: { type: "string", default: "512" },
    threads: { type: "string", default: "1" },
    module: { type: "string", default: "../dist/index.js" },
    blockRows: { type: "string" },
    stats: { type: "boolean", default: false },
  },
});
const n = Number(values.rows);
const d = Number(values.cols);
const { buildLossModel } = await import(new URL(values.module, import.meta.url).href);
const peak = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))[1]) / 1024;
const W = new ort.Tensor("float32", Float32Array.from({ length: n * d }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1), [n, d]);
const blocks = values.blockRows ? { blockRows: Number(values.blockRows) } : {};
if (values.stats) {
  const { createOnnxBackend } = await import(new URL(values.module, import.meta.url).href);
  const b = await createOnnxBackend({ runtime: ort, numThreads: Number(values.threads), ...blocks });
  const w = b.tensor(W.data, [n, d]);
  const base = peak();
  const t = performance.now();
  const { unit } = b.normalizeRows(w, null);
  const s = b.angleStats(unit, 0.5, false);
  const [, , above] = await Promise.all([b.read(s.value), b.read(s.index), b.read(s.above)]);
  const pairs = above.reduce((a, v) => a + v, 0) / 2;
  console.log(`angleStats ${n} x ${d}: peak RSS +${(peak() - base).toFixed(0)} MB (Gram alone: ${((n * n * 4) / 2 ** 20).toFixed(0)} MB); ${(performance.now() - t).toFixed(0)} ms; ${pairs} pairs above cos 0.5`);
  await b.close();
  process.exit(0);
}
const model = buildLossModel({ loss: "mma", rows: n, cols: d, ...blocks });
const base = peak();
const session = await ort.InferenceSession.create(model, { executionProviders: ["cpu"], intraOpNumThreads: Number(values.threads) });
const created = peak();
const t = performance.now();
const out = await session.run({ W });
const ms = performance.now() - t;
const ran = peak();
console.log(`mma exact ${n} x ${d}: peak RSS ${base.toFixed(0)} MB before the session, ${created.toFixed(0)} MB after creating it, ${ran.toFixed(0)} MB after a run: +${(ran - base).toFixed(0)} MB for the run (Gram alone: ${((n * n * 4) / 2 ** 20).toFixed(0)} MB); ${ms.toFixed(0)} ms; loss ${out.loss.data[0]}`);
await session.release();
