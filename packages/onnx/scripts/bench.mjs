#!/usr/bin/env node
// Speed of exact-MMA loss + gradient on onnxruntime-node as a ratio to the same runtime's
// MatMul of W Wᵀ, measured in the same process, interleaved, medians (a ratio survives a
// loaded machine far better than an absolute time).
//
//   node scripts/bench.mjs [--sizes 64x576,512x4608] [--threads 1,2] [--rounds 15] [--blockRows 128] [--markdown]
//                          [--module ./tmp/before.mjs]   (another build, for a before/after table; see profile.mjs)
//
// Per size and thread count, interleaved:
//   backend      createOnnxBackend({ runtime: "node" }): computeLoss(mma) + read loss and grad
//                (what `mma bench` times), and the backend's gram(W) + sum read back (its baseline,
//                what `mma bench` divides by: the product without any n x d or n x n read-back);
//   model        the exported buildLossModel({ loss: "mma" }) run directly by an InferenceSession
//                (loss and the [n, d] gradient read back);
//   no read      the same loss-and-gradient graph with the gradient summed inside the graph: the
//                graph's own time, without the Node binding's copy of the [n, d] gradient;
//   MatMul       a one-node MatMul(W, Wᵀ) model ([n, n] read back);
//   MatMul + nd  MatMul(W, Wᵀ) summed plus an [n, d] output (W times 1): the product and a read-back
//                of the gradient's size through the same session.run path: the fair floor.
// Needs a build of this package (dist/) and onnxruntime-node.
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "64x576,512x4608" },
    threads: { type: "string", default: "1,2" },
    rounds: { type: "string", default: "15" },
    blockRows: { type: "string" },
    markdown: { type: "boolean", default: false },
    module: { type: "string", default: "../dist/index.js" },
  },
});
const { buildLossModel, computeLoss, createOnnxBackend, placeholder } = await import(new URL(values.module, import.meta.url).href);
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
    const P = placeholder("W", [n, d]);
    const matmul = await ort.InferenceSession.create(b.modelFor({ gram: b.gram(P) }), options);
    const traced = computeLoss(b, P, { loss: "mma" });
    const noRead = await ort.InferenceSession.create(b.modelFor({ loss: traced.loss, gradSum: b.sum(traced.grad) }), options);
    const matmulNd = await ort.InferenceSession.create(b.modelFor({ gram: b.sum(b.gram(P)), copy: b.binary("mul", P, 1) }), options);
    const W = new ort.Tensor("float32", data, [n, d]);
    const [mma, gram, direct, graphOnly, product, productNd] = await interleaved([
      async () => {
        const out = computeLoss(b, w, { loss: "mma" });
        await Promise.all([b.read(out.loss), b.read(out.grad)]);
      },
      async () => b.read(b.sum(b.gram(w))),
      () => model.run({ W }),
      () => noRead.run({ W }),
      () => matmul.run({ W }),
      () => matmulNd.run({ W }),
    ]);
    rows.push({ n, d, threads, mma, gram, direct, graphOnly, product, productNd });
    await b.close();
    for (const s of [model, matmul, noRead, matmulNd]) await s.release();
  }
}
const f = (x) => x.toFixed(x < 10 ? 2 : 1);
const head = `onnxruntime-node ${ort.env.versions?.node ?? ""}${blockRows ? `, blockRows ${blockRows}` : ""}${values.module === "../dist/index.js" ? "" : `, ${values.module}`}; medians of ${rounds}+ interleaved rounds`;
if (values.markdown) {
  console.log(`${head}\n\n| n x d | threads | backend loss + grad | backend Gram | ratio | model | no read | MatMul | MatMul + nd | model / MatMul | model / (MatMul + nd) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const r of rows) {
    console.log(`| ${r.n} x ${r.d} | ${r.threads} | ${f(r.mma)} ms | ${f(r.gram)} ms | ${(r.mma / r.gram).toFixed(2)} | ${f(r.direct)} ms | ${f(r.graphOnly)} ms | ${f(r.product)} ms | ${f(r.productNd)} ms | ${(r.direct / r.product).toFixed(2)} | ${(r.direct / r.productNd).toFixed(2)} |`);
  }
} else {
  console.log(head);
  for (const r of rows) {
    console.log(
      `${`${r.n}x${r.d}`.padEnd(9)} ${r.threads}t  backend ${f(r.mma)} / ${f(r.gram)} ms = ${(r.mma / r.gram).toFixed(2)}   model ${f(r.direct)} (no read ${f(r.graphOnly)}) / MatMul ${f(r.product)} = ${(r.direct / r.product).toFixed(2)}, / MatMul + nd ${f(r.productNd)} = ${(r.direct / r.productNd).toFixed(2)}`,
    );
  }
}
