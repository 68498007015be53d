#!/usr/bin/env node
// Where an exact-MMA run's time goes on onnxruntime-node, one intra-op thread: the
// backend's graphs for growing prefixes of the loss (a sum of W alone: session.run's fixed
// cost; the Gram product + sum: the bench's divisor; normalization; normalization and the
// nearest-neighbour search; the loss without its gradient; loss and gradient; loss and the
// gradient's sum, no [n, d] read-back), each compiled as its own session and run
// interleaved in one process; medians of the process CPU time per run.
//
//   SIZE=64x576 SECS=10 node scripts/graph-parts.mjs      (SIZE=512x4608: the one-thread blocks of 128 rows)
//
// Needs a build of this package (dist/) and onnxruntime-node.
import * as ort from "onnxruntime-node";
import { interleaved, median } from "./interleaved.mjs";
const M = await import("../dist/index.js");
const [n, d] = (process.env.SIZE ?? "64x576").split("x").map(Number);
const data = Float32Array.from({ length: n * d }, (_, i) => Math.sin(i * 1.7 + 0.3) + Math.cos(i * 0.013));
const W = new ort.Tensor("float32", data, [n, d]);
const b = await M.createOnnxBackend({ runtime: ort, numThreads: 1 });
const P = () => M.placeholder("W", [n, d]);
const models = {};
models["identity-ish: sum(W)"] = b.modelFor({ s: b.sum(P()) });
models["Gram + sum"] = b.modelFor({ s: b.sum(b.gram(P())) });
{ const { unit } = b.normalizeRows(P(), null); models["normalize + sum"] = b.modelFor({ s: b.sum(unit) }); }
{ const { unit } = b.normalizeRows(P(), null); const nn = b.nearestNeighbors(unit, "exclude"); models["normalize + search (index)"] = b.modelFor({ i: nn.index }); }
{ const o = M.computeLoss(b, P(), { loss: "mma" }); models["loss only"] = b.modelFor({ loss: o.loss }); }
{ const o = M.computeLoss(b, P(), { loss: "mma" }); models["loss + grad"] = b.modelFor({ loss: o.loss, grad: o.grad }); }
{ const o = M.computeLoss(b, P(), { loss: "mma" }); models["loss + sum(grad)"] = b.modelFor({ loss: o.loss, g: b.sum(o.grad) }); }
const opts = { executionProviders: ["cpu"], intraOpNumThreads: 1, graphOptimizationLevel: "all", logSeverityLevel: 3, enableMemPattern: false };
const fns = [];
for (const [k, m] of Object.entries(models)) { const s = await ort.InferenceSession.create(m, opts); fns.push([k, () => s.run({ [s.inputNames[0]]: W })]); }
const { cpu } = await interleaved(fns, { seconds: Number(process.env.SECS ?? 10), warmup: 20, minRounds: 1 });
console.log(`${n} x ${d}, ${cpu[0].length} rounds, CPU ms per run (median)`);
for (const [i, [k]] of fns.entries()) console.log(`  ${k.padEnd(28)} ${median(cpu[i]).toFixed(4)}`);
