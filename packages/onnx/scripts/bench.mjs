#!/usr/bin/env node
// Speed of exact-MMA loss + gradient on onnxruntime-node as a ratio to the same runtime's
// MatMul of W Wᵀ, measured in the same process, interleaved, medians (a ratio survives a
// loaded machine far better than an absolute time).
//
//   node scripts/bench.mjs [--sizes 64x576,512x4608] [--threads 1,2] [--rounds 15] [--blockRows 128] [--markdown]
//
// Per size and thread count, four timings:
//   backend     createOnnxBackend({ runtime: "node" }): computeLoss(mma) + read loss and grad
//               (what `mma bench` times), and the backend's gram(W) + sum read back (its baseline);
//   model       the exported buildLossModel({ loss: "mma" }) run directly by an InferenceSession,
//               and a one-node MatMul(W, Wᵀ) model run the same way.
// Needs a build of this package (dist/) and onnxruntime-node.
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";
import { buildLossModel, computeLoss, createOnnxBackend, placeholder } from "../dist/index.js";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "64x576,512x4608" },
    threads: { type: "string", default: "1,2" },
    rounds: { type: "string", default: "15" },
    blockRows: { type: "string" },
    markdown: { type: "boolean", default: false },
  },
});
const rounds = Number(values.rounds);
const blockRows = values.blockRows === undefined ? undefined : Number(values.blockRows);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function matrix(rows, cols, seed) {
  const out = new Float32Array(rows * cols);
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
  for (let i = 0; i < out.length; i++) out[i] = Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
  return out;
}

/** Run each function once per round, in turn, after warm-up; the median time of each. */
async function interleaved(fns, minMs = 1500) {
  for (let i = 0; i < 3; i++) for (const f of fns) await f();
  const times = fns.map(() => []);
  const t0 = performance.now();
  for (let r = 0; r < rounds || (performance.now() - t0 < minMs && r < 500); r++) {
    for (let i = 0; i < fns.length; i++) {
      const t = performance.now();
      await fns[i]();
      times[i].push(performance.now() - t);
    }
  }
  return times.map(median);
}

const rows = [];
for (const threads of values.threads.split(",").map(Number)) {
  for (const size of values.sizes.split(",")) {
    const [n, d] = size.split("x").map(Number);
    const data = matrix(n, d, n * 7919 + d);
    const b = await createOnnxBackend({ runtime: ort, numThreads: threads, ...(blockRows ? { blockRows } : {}) });
    const w = b.tensor(data, [n, d]);
    const options = { executionProviders: ["cpu"], intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: "all" };
    const model = await ort.InferenceSession.create(buildLossModel({ loss: "mma", rows: n, cols: d, ...(blockRows ? { blockRows } : {}) }), options);
    const matmul = await ort.InferenceSession.create(b.modelFor({ gram: b.gram(placeholder("W", [n, d])) }), options);
    const W = new ort.Tensor("float32", data, [n, d]);
    const [mma, gram, direct, product] = await interleaved([
      async () => {
        const out = computeLoss(b, w, { loss: "mma" });
        await Promise.all([b.read(out.loss), b.read(out.grad)]);
      },
      async () => b.read(b.sum(b.gram(w))),
      () => model.run({ W }),
      () => matmul.run({ W }),
    ]);
    rows.push({ n, d, threads, mma, gram, direct, product });
    await b.close();
    await model.release();
    await matmul.release();
  }
}
const f = (x) => x.toFixed(x < 10 ? 2 : 1);
const head = `onnxruntime-node ${ort.env.versions?.node ?? ""}${blockRows ? `, blockRows ${blockRows}` : ""}; medians of ${rounds}+ interleaved rounds`;
if (values.markdown) {
  console.log(`${head}\n\n| n x d | threads | backend loss + grad | backend Gram | ratio | model run | MatMul model | ratio |\n|---|---:|---:|---:|---:|---:|---:|---:|`);
  for (const r of rows) console.log(`| ${r.n} x ${r.d} | ${r.threads} | ${f(r.mma)} ms | ${f(r.gram)} ms | ${(r.mma / r.gram).toFixed(2)} | ${f(r.direct)} ms | ${f(r.product)} ms | ${(r.direct / r.product).toFixed(2)} |`);
} else {
  console.log(head);
  for (const r of rows) {
    console.log(`${`${r.n}x${r.d}`.padEnd(9)} ${r.threads}t  backend ${f(r.mma)} / ${f(r.gram)} ms = ${(r.mma / r.gram).toFixed(2)}   model ${f(r.direct)} / ${f(r.product)} ms = ${(r.direct / r.product).toFixed(2)}`);
  }
}
