#!/usr/bin/env node
// What one node costs on onnxruntime-node: single-op models (the op on W [n, d], then a
// ReduceSum to a scalar so nothing large is read back), run interleaved in one process,
// medians. Behind the README's "Where the time goes": one [n, d] pass of each kind the
// lean MMA graph uses, the alternatives tried for the sums of squares and the unit rows,
// and a chain of k cheap nodes on an [n] vector (the per-node dispatch cost).
//
//   node scripts/op-costs.mjs [--sizes 64x576,512x4608] [--rounds 200] [--threads 1]
//
// Needs onnxruntime-node and onnx-proto (dev dependencies).
import { parseArgs } from "node:util";
import onnxProto from "onnx-proto";
import * as ort from "onnxruntime-node";

const { onnx } = onnxProto;
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "64x576,512x4608" },
    rounds: { type: "string", default: "200" },
    threads: { type: "string", default: "1" },
  },
});
const FLOAT = 1;
const INT64 = 7;

/** A model W [n, d] -> nodes -> ReduceSum -> y []; `body` returns the nodes and the value to sum. */
function model(n, d, body) {
  const nodes = [];
  const inits = [];
  let k = 0;
  const op = (type, inputs, attrs = {}) => {
    const out = `v${k++}`;
    const attribute = Object.entries(attrs).map(([name, v]) => (Array.isArray(v) ? { name, type: 7, ints: v } : typeof v === "string" ? { name, type: 3, s: new TextEncoder().encode(v) } : { name, type: 2, i: v }));
    nodes.push({ opType: type, input: inputs, output: [out], attribute, name: out });
    return out;
  };
  const i64 = (vals, dims = [vals.length]) => {
    const name = `c${k++}`;
    inits.push({ name, dataType: INT64, dims, int64Data: vals });
    return name;
  };
  const f32 = (v) => {
    const name = `c${k++}`;
    inits.push({ name, dataType: FLOAT, dims: [], floatData: [v] });
    return name;
  };
  const last = body({ op, i64, f32 });
  nodes.push({ opType: "ReduceSum", input: [last], output: ["y"], attribute: [{ name: "keepdims", type: 2, i: 0 }], name: "sum" });
  const tensorType = (dims) => ({ tensorType: { elemType: FLOAT, shape: { dim: dims.map((v) => ({ dimValue: v })) } } });
  return onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: "", version: 13 }],
    graph: { name: "op", node: nodes, initializer: inits, input: [{ name: "W", type: tensorType([n, d]) }], output: [{ name: "y", type: tensorType([]) }] },
  }).finish();
}

function variants(n) {
  const perm = Array.from({ length: n }, (_, i) => (i * 7 + 1) % n);
  const chain = (k) => ({ op, i64, f32 }) => {
    let x = op("ReduceSum", ["W", i64([1])], { keepdims: 0 });
    for (let i = 0; i < k; i++) x = op(i % 2 ? "Add" : "Mul", [x, f32(1.0001)]);
    return x;
  };
  return {
    "sum only": ({ op }) => op("Identity", ["W"]),
    Neg: ({ op }) => op("Neg", ["W"]),
    "Gather rows": ({ op, i64 }) => op("Gather", ["W", i64(perm)], { axis: 0 }),
    "Sub (rows - gathered rows)": ({ op, i64 }) => op("Sub", ["W", op("Gather", ["W", i64(perm)], { axis: 0 })]),
    "Mul by a column": ({ op }) => op("Mul", ["W", op("ReduceMax", ["W"], { axes: [1], keepdims: 1 })]),
    CumSum: ({ op, i64 }) => op("CumSum", ["W", i64([0], [])]),
    "ReduceSumSquare rows": ({ op }) => op("ReduceSumSquare", ["W"], { axes: [1], keepdims: 1 }),
    "Mul + ReduceSum rows": ({ op, i64 }) => op("ReduceSum", [op("Mul", ["W", "W"]), i64([1])], { keepdims: 1 }),
    "unit rows: Mul, ReduceSum, Sqrt, Div": ({ op, i64 }) => op("Div", ["W", op("Sqrt", [op("ReduceSum", [op("Mul", ["W", "W"]), i64([1])], { keepdims: 1 })])]),
    "Einsum ij,ij->i": ({ op }) => op("Einsum", ["W", "W"], { equation: "ij,ij->i" }),
    "batched MatMul [n,1,d] x [n,d,1]": ({ op, i64 }) => op("MatMul", [op("Reshape", ["W", i64([n, 1, -1])]), op("Reshape", ["W", i64([n, -1, 1])])]),
    "unit rows: LpNormalization": ({ op }) => op("LpNormalization", ["W"], { axis: 1, p: 2 }),
    "[n] chain of 1": chain(1),
    "[n] chain of 90": chain(90),
  };
}

const rounds = Number(values.rounds);
const threads = Number(values.threads);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`onnxruntime-node ${ort.env.versions?.node ?? ""}, ${threads} intra-op thread(s); ms per session.run, medians of ${rounds} interleaved rounds`);
for (const size of values.sizes.split(",")) {
  const [n, d] = size.split("x").map(Number);
  const options = { executionProviders: ["cpu"], intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: "all" };
  const sessions = [];
  for (const [label, body] of Object.entries(variants(n))) sessions.push([label, await ort.InferenceSession.create(model(n, d, body), options)]);
  const W = new ort.Tensor("float32", Float32Array.from({ length: n * d }, (_, i) => Math.sin(i * 0.37)), [n, d]);
  const times = sessions.map(() => []);
  const r = Math.max(5, Math.round(rounds / Math.max(1, (n * d) / 40000)));
  for (let i = 0; i < r + 3; i++) {
    for (const [j, [, s]] of sessions.entries()) {
      const t = performance.now();
      await s.run({ W });
      if (i >= 3) times[j].push(performance.now() - t);
    }
  }
  console.log(`\n${n} x ${d} (${r} rounds)`);
  sessions.forEach(([label], j) => console.log(`  ${label.padEnd(40)} ${median(times[j]).toFixed(3)} ms`));
  for (const [, s] of sessions) await s.release();
}
