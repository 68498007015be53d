#!/usr/bin/env node
// How low a loss + gradient graph of standard opset-13 nodes can go on onnxruntime-node,
// against the Gram product. Four hand-written models and the package's own, run
// interleaved in one process (medians of wall time):
//
//   gram   W Wᵀ and its sum: the divisor of `mma bench`'s ratio, as a bare model
//   floor  W Wᵀ, ArgMax, a sum and a second product G W with its [n, d] output: less than
//          any exact-MMA loss + gradient (no norms, angles or weights; the product and
//          the output that the gradient needs at this size are there)
//   lean   the Gram form's mathematics with nothing else: norms from the diagonal, the
//          cosines, ArgMax / ReduceMax, acos, a float32 sum, the pair matrix by one
//          ScatterElements, its coefficients and the second product (25 nodes; no guard,
//          no If, no float64 loss sum, so it is only correct for moderate angles, which
//          the Gaussian rows below have: the script checks it against the package's model)
//   guarded  lean with the least a fallback needs: an If on max |c_i| < 0.75 (three nodes
//          and the If; its other branch only zeros)
//   ours   the package's exported-form model of the backend (`modelFor`), run directly
//   and the backend itself: its Gram + sum call (the bench's divisor) and its loss + gradient.
//
//   node scripts/floor.mjs [--sizes 64x576] [--seconds 8] [--threads 1]
//
// Needs a build (`pnpm build`), onnxruntime-node and onnx-proto (dev dependencies).
// Run with GLIBC_TUNABLES as in the README ("Speed") so every run reads back alike.
import { parseArgs } from "node:util";
import onnxProto from "onnx-proto";
import * as ort from "onnxruntime-node";
import { benchMatrix } from "@mmareg/core/internal";
import { computeLoss, createOnnxBackend } from "../dist/index.js";
import { interleaved, median } from "./interleaved.mjs";

const { onnx } = onnxProto;
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "64x576" },
    seconds: { type: "string", default: "8" },
    threads: { type: "string", default: "1" },
  },
});
const FLOAT = 1;
const INT64 = 7;
const threads = Number(values.threads);
const sessionOptions = { executionProviders: ["cpu"], intraOpNumThreads: threads, graphOptimizationLevel: "all", logSeverityLevel: 3, enableMemPattern: false };

const tensorType = (dims, elemType = FLOAT) => ({ tensorType: { elemType, shape: { dim: dims.map((v) => ({ dimValue: v })) } } });

/**
 * A model of `W [n, d]` whose nodes `body` writes; it returns the outputs' names, shapes
 * (and types, float by default). `branch(fn)` writes a subgraph (an `If` branch) whose
 * nodes `fn` writes with the same helpers, reading the outer graph's values by name.
 */
function model(n, d, body) {
  const inits = [];
  let k = 0;
  const writer = (nodes) => (type, inputs, attrs = {}, outputs = 1) => {
    const outs = Array.from({ length: outputs }, () => `v${k++}`);
    const attribute = Object.entries(attrs).map(([name, v]) =>
      Array.isArray(v) ? { name, type: 7, ints: v } : typeof v === "object" ? { name, type: 5, g: v } : { name, type: 2, i: v },
    );
    nodes.push({ opType: type, input: inputs, output: outs, attribute, name: outs[0] });
    return outputs === 1 ? outs[0] : outs;
  };
  const constant = (dataType, dims, vals) => {
    const name = `c${k++}`;
    inits.push(dataType === FLOAT ? { name, dataType, dims, floatData: vals } : { name, dataType, dims, int64Data: vals });
    return name;
  };
  const f32 = (vals, dims = []) => constant(FLOAT, dims, Array.isArray(vals) ? vals : [vals]);
  const i64 = (vals) => constant(INT64, [vals.length], vals);
  const graphOf = (name, nodes, outputs) => ({ name, node: nodes, output: outputs.map(([o, dims, elemType]) => ({ name: o, type: tensorType(dims, elemType) })) });
  const branch = (fn) => {
    const nodes = [];
    return graphOf(`branch_${k++}`, nodes, fn(writer(nodes)));
  };
  const nodes = [];
  const outputs = body({ op: writer(nodes), f32, i64, branch });
  return onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: "", version: 13 }],
    graph: { ...graphOf("floor", nodes, outputs), initializer: inits, input: [{ name: "W", type: tensorType([n, d]) }] },
  }).finish();
}

function models(n, d) {
  const eye = Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0));
  const gram = (op) => op("MatMul", ["W", op("Transpose", ["W"], { perm: [1, 0] })]);
  /** The Gram form's search on the outer graph; `rest(op)` its angles, loss and gradient. */
  const leanParts = (op, f32, i64) => {
    const g = gram(op);
    const eyeF = f32(eye, [n, n]);
    const sumsq = op("ReduceSum", [op("Mul", [g, eyeF]), i64([1])], { keepdims: 1 });
    const r = op("Pow", [sumsq, f32(-0.5)]);
    const outer = op("Mul", [r, op("Reshape", [r, i64([1, n])])]);
    const cosines = op("Mul", [g, outer]);
    const candidates = op("Add", [cosines, f32(eye.map((v) => (v ? -Infinity : 0)), [n, n])]);
    const pick = op("ArgMax", [candidates], { axis: 1, keepdims: 1 });
    const nearest = op("ReduceMax", [candidates], { axes: [1], keepdims: 1 });
    const rest = (o) => {
      const theta = o("Acos", [nearest]);
      const loss = o("Mul", [o("ReduceSum", [theta], { keepdims: 0 }), f32(-1 / n)]);
      const weight = o("Div", [f32(1 / n), o("Sin", [theta])]);
      const chosen = o("ScatterElements", [f32(new Array(n * n).fill(0), [n, n]), pick, weight], { axis: 1 });
      const pairs = o("Add", [chosen, o("Transpose", [chosen], { perm: [1, 0] })]);
      const own = o("ReduceSum", [o("Mul", [pairs, cosines]), i64([1])], { keepdims: 1 });
      const coefficients = o("Mul", [o("Sub", [pairs, o("Mul", [eyeF, own])]), outer]);
      return [
        [loss, []],
        [o("MatMul", [coefficients, "W"]), [n, d]],
      ];
    };
    return { nearest, rest };
  };
  return {
    gram: model(n, d, ({ op }) => [[op("ReduceSum", [gram(op)], { keepdims: 0 }), []]]),
    floor: model(n, d, ({ op }) => {
      const g = gram(op);
      return [
        [op("ReduceSum", [g], { keepdims: 0 }), []],
        [op("MatMul", [g, "W"]), [n, d]],
        [op("ArgMax", [g], { axis: 1, keepdims: 1 }), [n, 1], INT64], // an output, so no optimizer drops it
      ];
    }),
    lean: model(n, d, ({ op, f32, i64 }) => leanParts(op, f32, i64).rest(op)),
    // the least a fallback costs: an If on max |c_i| < 0.75 (its other branch zeros here)
    guarded: model(n, d, ({ op, f32, i64, branch }) => {
      const { nearest, rest } = leanParts(op, f32, i64);
      const ok = op("Less", [op("ReduceMax", [op("Abs", [nearest])], { keepdims: 0 }), f32(0.75)]);
      const zeros = (o) => [
        [o("Identity", [f32(0)]), []],
        [o("Mul", ["W", f32(0)]), [n, d]],
      ];
      const [loss, grad] = op("If", [ok], { then_branch: branch(rest), else_branch: branch(zeros) }, 2);
      return [
        [loss, []],
        [grad, [n, d]],
      ];
    }),
  };
}

console.log(`onnxruntime-node, ${threads} intra-op thread(s); medians of interleaved runs, wall time`);
for (const size of values.sizes.split(",")) {
  const [n, d] = size.split("x").map(Number);
  const data = Float32Array.from(benchMatrix(n, d)); // mma bench's rows
  const W = new ort.Tensor("float32", data, [n, d]);
  const backend = await createOnnxBackend({ runtime: ort, numThreads: threads });
  const w = backend.tensor(data, [n, d]);
  const traced = computeLoss(backend, w, { loss: "mma" });
  const sessions = { ...models(n, d), ours: backend.modelFor({ loss: traced.loss, grad: traced.grad }) };
  for (const [k, bytes] of Object.entries(sessions)) sessions[k] = await ort.InferenceSession.create(bytes, sessionOptions);
  const outputsOf = (r) => Object.values(r).map((t) => t.data);
  // the lean model computes the same loss and gradient as the package's (on these rows)
  const [oursLoss, oursGrad] = outputsOf(await sessions.ours.run({ W }));
  let lossDiff = 0;
  let gradDiff = 0;
  for (const k of ["lean", "guarded"]) {
    const [loss, grad] = outputsOf(await sessions[k].run({ W }));
    let scale = 0;
    let diff = 0;
    for (let i = 0; i < oursGrad.length; i++) {
      scale = Math.max(scale, Math.abs(oursGrad[i]));
      diff = Math.max(diff, Math.abs(oursGrad[i] - grad[i]));
    }
    lossDiff = Math.max(lossDiff, Math.abs(oursLoss[0] - loss[0]) / Math.abs(oursLoss[0]));
    gradDiff = Math.max(gradDiff, diff / scale);
    if (!(lossDiff < 1e-5 && gradDiff < 1e-5)) throw new Error(`the ${k} model disagrees with the package's at ${size}: loss ${lossDiff}, gradient ${gradDiff} relative`);
  }
  const fns = [
    ["gram: W Wᵀ + sum (model)", () => sessions.gram.run({ W })],
    ["floor: + ArgMax, G W, [n, d] out", () => sessions.floor.run({ W })],
    ["lean: 25 nodes, no guard", () => sessions.lean.run({ W })],
    ["guarded: lean + If on max |c|", () => sessions.guarded.run({ W })],
    ["ours: exported model", () => sessions.ours.run({ W })],
    ["backend Gram + sum", async () => void (await backend.read(backend.sum(backend.gram(w))))],
    [
      "backend loss + grad",
      async () => {
        const o = computeLoss(backend, w, { loss: "mma" });
        await Promise.all([backend.read(o.loss), backend.read(o.grad)]);
      },
    ],
  ];
  const { wall } = await interleaved(fns, { seconds: Number(values.seconds) });
  const gramModel = median(wall[0]);
  const gramBackend = median(wall[5]);
  console.log(`\n${n} x ${d} (${wall[0].length} rounds; lean and guarded vs ours: loss ${lossDiff.toExponential(1)}, gradient ${gradDiff.toExponential(1)} relative)`);
  console.log(`  ${"".padEnd(34)} ${"time".padStart(10)}  / gram model  / backend Gram`);
  for (const [i, [label]] of fns.entries()) {
    const t = median(wall[i]);
    console.log(`  ${label.padEnd(34)} ${(t * 1000).toFixed(1).padStart(7)} us  ${(t / gramModel).toFixed(2).padStart(11)}  ${(t / gramBackend).toFixed(2).padStart(12)}`);
  }
  await backend.close();
  await Promise.all(Object.values(sessions).map((s) => s.release()));
}
