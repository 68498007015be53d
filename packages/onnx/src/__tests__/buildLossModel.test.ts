import { LOSS_CONFIGS, thrownCode as code } from "@mmareg/conformance";
import { createCpuBackend, evaluateLossSync, gaussianMatrix, type AnyLossOptions } from "@mmareg/cpu";
import * as ort from "onnxruntime-web";
import { beforeAll, describe, expect, it } from "vitest";
import { buildLossModel, type LossModelOptions } from "../index.js";
import type { onnx as O } from "onnx-proto";
import onnxProto from "onnx-proto";
import { toNumber } from "../proto.js";

const { onnx } = onnxProto;

// Operators of the default domain that exist at opset 13 (the graphs must use nothing newer).
const OPSET13 = new Set(
  "Abs Acos Add And ArgMax GatherElements Loop If ReduceMin Atan Cast Concat ConstantOfShape CumSum Compress Div Equal EyeLike Gather Greater GreaterOrEqual Identity Less LessOrEqual Log Max MatMul Min Mul Neg Not Pow Range Reciprocal ReduceMax ReduceSum ReduceSumSquare ScatterND Scan Shape Slice Sqrt Squeeze Sub TopK Transpose Unsqueeze Where Exp Sin Reshape ScatterElements".split(" "),
);

const CONFIGS = LOSS_CONFIGS.filter((c) => !c.options.batch);
const cpu = createCpuBackend();

async function runModel(bytes: Uint8Array, w: Float64Array, n: number, d: number): Promise<{ loss: number; grad: Float32Array }> {
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ["wasm"] });
  try {
    const out = await session.run({ W: new ort.Tensor("float32", Float32Array.from(w), [n, d]) });
    return { loss: (out.loss!.data as Float32Array)[0]!, grad: out.grad!.data as Float32Array };
  } finally {
    await session.release();
  }
}

function expectMatchesCpu(got: { loss: number; grad: Float32Array }, w: Float64Array, n: number, d: number, options: AnyLossOptions, what: string): void {
  const want = evaluateLossSync(cpu, { data: w, shape: [n, d] }, options);
  expect(Math.abs(got.loss - want.loss), `${what} loss ${got.loss} vs ${want.loss}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want.loss)));
  let scale = 1;
  let err = 0;
  for (let i = 0; i < want.grad.length; i++) {
    scale = Math.max(scale, Math.abs(want.grad[i]!));
    err = Math.max(err, Math.abs(got.grad[i]! - want.grad[i]!));
  }
  expect(err, `${what} grad`).toBeLessThanOrEqual(1e-5 * scale);
}

describe("buildLossModel: the exported model, run by onnxruntime-web directly, equals the cpu backend", () => {
  beforeAll(() => {
    ort.env.wasm.numThreads = 1;
  });
  for (const { label, options } of CONFIGS) {
    for (const fused of [true, false]) {
      const tag = `${label}${fused ? "" : " (composed ops)"}`;
      it(`${tag}: rows fixed at 9`, async () => {
        const bytes = buildLossModel({ ...(options as LossModelOptions), fused, rows: 9, cols: 6 });
        const w = gaussianMatrix(9, 6, 61);
        expectMatchesCpu(await runModel(bytes, w, 9, 6), w, 9, 6, options, tag);
      });
      it(`${tag}: symbolic rows N, run at N = 2, 5 and 40`, async () => {
        const bytes = buildLossModel({ ...(options as LossModelOptions), fused, rows: "N", cols: 6 });
        for (const n of [2, 5, 40]) {
          const w = gaussianMatrix(n, 6, 62 + n);
          expectMatchesCpu(await runModel(bytes, w, n, 6), w, n, 6, options, `${tag} N=${n}`);
        }
      });
    }
  }
});

describe("buildLossModel: exact MMA's graph forms by row count", () => {
  beforeAll(() => {
    ort.env.wasm.numThreads = 1;
  });
  // Clusters of near-duplicate rows: many rows choose the same row (in-degrees above 1),
  // and the gradient's 1 / sin(theta) is large.
  function clustered(n: number, d: number, seed: number): Float64Array {
    const w = gaussianMatrix(n, d, seed);
    const noise = gaussianMatrix(n, d, seed + 1);
    for (let i = 0; i < n; i++) {
      if (i % 4 === 0) continue;
      const hub = i - (i % 4);
      for (let j = 0; j < d; j++) w[i * d + j] = w[hub * d + j]! + (i % 2 === 0 ? 0.1 : 0.03) * noise[i * d + j]!;
    }
    return w;
  }
  const ops = (bytes: Uint8Array) => new Set((onnx.ModelProto.decode(bytes).graph as O.GraphProto).node.map((x) => x.opType));
  // pair matrix (n <= 96, one ScatterElements), one-hot run bounds and the sorted prefix (n <= 256), the
  // general sorted prefix (larger n, and any symbolic row count); with more rows than
  // columns none of them takes the Gram form
  const forms = [
    { rows: 60 as number | "N", n: 60, d: 7, has: ["ScatterElements", "ArgMax"], lacks: ["CumSum", "TopK", "ScatterND", "Acos", "Equal"] },
    { rows: 150, n: 150, d: 6, has: ["CumSum", "ArgMax"], lacks: ["ScatterND", "Compress"] },
    { rows: 300, n: 300, d: 12, has: ["CumSum", "ScatterND", "TopK"], lacks: [] },
    { rows: "N", n: 150, d: 6, has: ["CumSum", "ScatterND", "TopK"], lacks: [] },
  ];
  for (const { rows, n, d, has, lacks } of forms) {
    it(`rows ${rows} (run at ${n} x ${d}): the cpu backend's loss and gradient, with the form's nodes`, async () => {
      const bytes = buildLossModel({ loss: "mma", rows, cols: d });
      const present = ops(bytes);
      for (const op of has) expect(present.has(op), op).toBe(true);
      for (const op of lacks) expect(present.has(op), op).toBe(false);
      const w = clustered(n, d, 70 + n);
      expectMatchesCpu(await runModel(bytes, w, n, d), w, n, d, { loss: "mma" }, `rows ${rows}`);
    });
  }
});

describe("buildLossModel: the model file", () => {
  const bytes = buildLossModel({ loss: "mma", rows: "N", cols: 576 });
  const model = onnx.ModelProto.decode(bytes);
  const graph = model.graph as O.GraphProto;

  it("has input W [N, 576] and outputs loss [] and grad [N, 576], all float32, at opset 13", () => {
    const dims = (v: O.IValueInfoProto) => (v.type!.tensorType!.shape!.dim ?? []).map((x) => x.dimParam || toNumber(x.dimValue));
    expect(graph.input.map((v) => [v.name, v.type!.tensorType!.elemType, dims(v)])).toEqual([["W", 1, ["N", 576]]]);
    expect(graph.output.map((v) => [v.name, v.type!.tensorType!.elemType, dims(v)])).toEqual([
      ["loss", 1, []],
      ["grad", 1, ["N", 576]],
    ]);
    expect(model.opsetImport.map((o) => [o.domain, toNumber(o.version)])).toEqual([["", 13]]);
  });

  it("uses only opset-13 operators and no opset-16 scatter reductions", () => {
    for (const { options } of CONFIGS) {
      for (const rows of [7, "N"] as const) {
        const g = onnx.ModelProto.decode(buildLossModel({ ...(options as LossModelOptions), rows, cols: 3 })).graph as O.GraphProto;
        const all = [...g.node, ...g.node.flatMap((n) => (n.attribute ?? []).flatMap((a) => a.g?.node ?? []))];
        for (const node of all) {
          expect(OPSET13.has(node.opType ?? ""), node.opType ?? "").toBe(true);
          expect((node.attribute ?? []).map((a) => a.name)).not.toContain("reduction");
        }
      }
    }
  });

  it("exact MMA, the lean graph: sums of squares as Mul + ReduceSum, float64 only for the [n] loss sum", () => {
    // (at 64 rows the chord form is the fallback branch of the Gram form's If)
    const top = onnx.ModelProto.decode(buildLossModel({ loss: "mma", rows: 64, cols: 576 })).graph as O.GraphProto;
    const choice = top.node.find((n) => n.opType === "If" && n.name === "mma/loss")!;
    const g = { node: (choice.attribute ?? []).find((a) => a.name === "else_branch")!.g!.node! };
    const ops = g.node.map((n) => n.opType);
    // ONNX Runtime's CPU ReduceSumSquare along the rows is about 1.5x slower than the pair
    expect(ops).not.toContain("ReduceSumSquare");
    expect(g.node.find((n) => n.name === "mma/normalizeRows/sumsq_squares")?.opType).toBe("Mul");
    expect(g.node.find((n) => n.name === "mma/pairAngles/sq_chord")?.opType).toBe("ReduceSum");
    // float64 only for the loss's sum of the [n] angles; the [n, d] float64 form lives in the If's fallback branch
    expect(g.node.filter((n) => n.opType === "Cast").map((n) => n.name)).toEqual(["mma/sum/values_f64", "mma/sum/sum"]);
    // the WebGPU form keeps ReduceSumSquare through floatReduce (its kernels are what was tested there)
    const gpu = onnx.ModelProto.decode(buildLossModel({ loss: "mma", rows: 64, cols: 576, webgpu: true })).graph as O.GraphProto;
    const gpuOps = [...gpu.node, ...gpu.node.flatMap((n) => (n.attribute ?? []).flatMap((a) => a.g?.node ?? []))].map((n) => n.opType);
    expect(gpuOps).toContain("ReduceSumSquare");
  });

  it("exact MMA up to 128 rows: the Gram form (two products, no [n, d] pass), the chord form as its If's fallback", () => {
    const g = onnx.ModelProto.decode(buildLossModel({ loss: "mma", rows: 64, cols: 576 })).graph as O.GraphProto;
    const top = g.node.map((n) => n.opType);
    const choice = g.node.find((n) => n.opType === "If" && n.name === "mma/loss")!;
    const branch = (name: string) => (choice.attribute ?? []).find((a) => a.name === name)!.g!.node!.map((n) => n.opType);
    // the top level: the Gram product of the raw rows, [n, n] and [n] work, no unit rows
    expect(top.filter((op) => op === "MatMul")).toHaveLength(1);
    expect(top).not.toContain("Div");
    expect(top).not.toContain("Gather");
    expect(top).not.toContain("Cast");
    // the Gram form: acos of the chosen cosines, float64 only for the loss's sum, the gradient as one more product
    expect(branch("then_branch")).toEqual(expect.arrayContaining(["Acos", "Sin", "MatMul"]));
    expect(branch("then_branch").filter((op) => op === "Cast")).toHaveLength(2);
    expect(branch("then_branch").filter((op) => op === "MatMul")).toHaveLength(1);
    // the pair matrix by one ScatterElements of the weights at the picks: no one-hot comparison
    expect(branch("then_branch").filter((op) => op === "ScatterElements")).toHaveLength(1);
    expect(branch("then_branch")).not.toContain("Equal");
    expect(branch("then_branch")).not.toContain("Where");
    // the fallback: the chord form, with its own search on the unit rows
    expect(branch("else_branch")).toEqual(expect.arrayContaining(["ArgMax", "Atan", "Gather", "MatMul"]));
    expect(branch("else_branch")).not.toContain("Acos");
    // above 128 rows, more rows than columns, a symbolic row count and the WebGPU forms: no Gram form
    for (const other of [{ rows: 129 }, { rows: 64, cols: 63 }, { rows: 64, webgpu: true }, { rows: "N" as const }]) {
      const og = onnx.ModelProto.decode(buildLossModel({ loss: "mma", cols: 576, ...other })).graph as O.GraphProto;
      expect(og.node.some((n) => n.name === "mma/loss" && n.opType === "If"), JSON.stringify(other)).toBe(false);
    }
  });

  it("has readable, unique node names and a doc string with the loss, formula, mode and contract", () => {
    const names = graph.node.map((n) => n.name ?? "");
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("mma/normalizeRows/unit");
    // a symbolic row count: the nearest-neighbour search is a Loop over row blocks
    expect(graph.node.find((n) => n.name === "mma/nearestNeighbors/blocks/best")?.opType).toBe("Loop");
    expect(names).toContain("mma/pairAngles/angle/theta");
    expect(names).toContain("mma/pairAnglesGrad/prefix");
    expect(names).toContain("mma/output/grad");
    expect(names.every((n) => n.startsWith("mma/"))).toBe(true);
    for (const doc of [model.docString, graph.docString]) {
      expect(doc).toMatch(/mma, exact mode/);
      expect(doc).toMatch(/min_\{j != i\} theta_ij/);
      expect(doc).toMatch(/Input W: float32 \[N, 576\]/);
      expect(doc).toMatch(/grad float32 \[N, 576\] = d loss \/ d W/);
    }
    expect(Object.fromEntries(model.metadataProps.map((p) => [p.key, p.value]))).toMatchObject({ loss: "mma", mode: "exact", opset: "13" });
  });

  it("rejects what it cannot export with typed errors", () => {
    expect(code(() => buildLossModel({ loss: "mma", rows: 1, cols: 3 }))).toBe("BAD_OPTION");
    expect(code(() => buildLossModel({ loss: "mma", rows: 4, cols: 0 }))).toBe("BAD_OPTION");
    expect(code(() => buildLossModel({ loss: "mma", rows: "4 rows", cols: 3 }))).toBe("BAD_OPTION");
    expect(code(() => buildLossModel({ loss: "mhe", rows: 8, cols: 3, batch: { size: 4 } } as LossModelOptions))).toBe("BAD_OPTION");
    expect(code(() => buildLossModel({ loss: "nope" as "mma", rows: 8, cols: 3 }))).toBe("UNKNOWN_LOSS");
    expect(code(() => buildLossModel({ loss: "mma", mode: "fast" as "exact", rows: 8, cols: 3 }))).toBe("BAD_OPTION");
    expect(code(() => buildLossModel({ loss: "mhe", s: -1, rows: 8, cols: 3 }))).toBe("BAD_OPTION");
  });
});
