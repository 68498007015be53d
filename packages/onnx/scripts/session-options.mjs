#!/usr/bin/env node
// Session options against the exported exact-MMA model on onnxruntime-node, one intra-op
// thread: the same model compiled with each set of options (the backend's own first), all
// run interleaved in one process with a one-node Gram + sum model as the divisor; medians
// of wall and process CPU time per run. From 512 rows the model is written with blocks of
// 128 rows, as the backend writes it on one thread.
//
//   node scripts/session-options.mjs [--sizes 64x576,512x4608] [--seconds 8]
//
// Needs a build of this package (dist/) and onnxruntime-node.
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";
import { buildLossModel, createOnnxBackend, placeholder } from "../dist/index.js";
import { interleaved, median } from "./interleaved.mjs";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "64x576,512x4608" }, seconds: { type: "string", default: "8" } } });
// the backend's options on onnxruntime-node's CPU provider (createOnnxBackend.ts)
const base = { executionProviders: ["cpu"], intraOpNumThreads: 1, graphOptimizationLevel: "all", logSeverityLevel: 3, enableMemPattern: false };
const variants = {
  "backend's options": base,
  "enableMemPattern: true": { ...base, enableMemPattern: true },
  "enableCpuMemArena: false": { ...base, enableCpuMemArena: false },
  'graphOptimizationLevel: "extended"': { ...base, graphOptimizationLevel: "extended" },
  'graphOptimizationLevel: "basic"': { ...base, graphOptimizationLevel: "basic" },
  "interOpNumThreads: 1": { ...base, interOpNumThreads: 1 },
  'executionMode: "parallel"': { ...base, executionMode: "parallel", interOpNumThreads: 1 },
  "intra_op.allow_spinning 0": { ...base, extra: { session: { intra_op: { allow_spinning: "0" } } } },
  // the first set again, last in each round: how much a place in the round alone moves a figure
  "backend's options, again": base,
};
console.log(`onnxruntime-node ${ort.env.versions?.node ?? ""}, 1 intra-op thread; CPU time per run over the Gram + sum model's`);
for (const size of values.sizes.split(",")) {
  const [n, d] = size.split("x").map(Number);
  const model = buildLossModel({ loss: "mma", rows: n, cols: d, ...(n >= 512 ? { blockRows: 128 } : {}) });
  const W = new ort.Tensor("float32", Float32Array.from({ length: n * d }, (_, i) => Math.sin(i * 1.7 + 0.3) + Math.cos(i * 0.013)), [n, d]);
  const b = await createOnnxBackend({ runtime: ort, numThreads: 1 });
  const gram = await ort.InferenceSession.create(b.modelFor({ g: b.sum(b.gram(placeholder("W", [n, d]))) }), base);
  const fns = [["Gram + sum", () => gram.run({ W })]];
  for (const [k, o] of Object.entries(variants)) {
    const s = await ort.InferenceSession.create(model, o);
    fns.push([k, () => s.run({ W })]);
  }
  const { wall, cpu } = await interleaved(fns, { seconds: Number(values.seconds) });
  console.log(`\n${n} x ${d} (${wall[0].length} rounds)`);
  const g = median(cpu[0]);
  for (const [i, [k]] of fns.entries()) console.log(`  ${k.padEnd(36)} wall ${median(wall[i]).toFixed(3).padStart(7)} ms  CPU ${median(cpu[i]).toFixed(3).padStart(7)} ms  CPU / Gram ${(median(cpu[i]) / g).toFixed(2)}`);
  await b.close();
}
