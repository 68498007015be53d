import { computeLoss, gaussianMatrix, type AnyLossOptions } from "@mmareg/core";
import * as ort from "onnxruntime-web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLossModel } from "../buildLossModel.js";
import { createOnnxBackend, type OnnxBackend } from "../createOnnxBackend.js";
import { emitGraph, planTrace, type EmitOptions, type GraphOutput } from "../graph/emitGraph.js";
import { encodeModel } from "../graph/encodeModel.js";
import onnxProto from "onnx-proto";

const { onnx } = onnxProto;

// The WebGPU graph forms (README, "WebGPU") must compute what the default forms compute.
// Here both run on the wasm provider, so any difference is the forms' own, not the GPU's.

const CONFIGS: AnyLossOptions[] = [
  { loss: "mma" },
  { loss: "mma", mode: "reference" },
  { loss: "mma", fused: false },
  { loss: "cosine", mode: "reference", fused: false },
  { loss: "mhe" },
  { loss: "mhe", s: 0, halfSpace: true },
  { loss: "mhe", fused: false },
  { loss: "mhe", s: 1, halfSpace: true, fused: false },
  { loss: "orthogonal" },
];

let b: OnnxBackend;
beforeAll(async () => {
  b = await createOnnxBackend({ numThreads: 1 });
});
afterAll(() => b.close());

/** Run the graph behind `outputs` written with `options`; the traced data are the feeds. */
async function run(outputs: GraphOutput[], options: Partial<EmitOptions>): Promise<Float32Array[]> {
  const plan = planTrace(outputs);
  const feeds: Record<string, ort.Tensor> = {};
  for (const leaf of plan.leaves) {
    const name = plan.inputNames.get(leaf) as string;
    const shape = leaf.shape as number[];
    feeds[name] = leaf.data instanceof BigInt64Array ? new ort.Tensor("int64", leaf.data, shape) : new ort.Tensor("float32", leaf.data as Float32Array, shape);
  }
  const session = await ort.InferenceSession.create(encodeModel(emitGraph(plan, outputs, { prefix: "g", graphName: "forms", ...options })));
  const result = await session.run(feeds);
  await session.release();
  return outputs.map((o) => result[o.name]!.data as Float32Array);
}

function opTypes(bytes: Uint8Array): string[] {
  const graph = onnx.ModelProto.decode(bytes).graph!;
  const bodies = graph.node!.flatMap((n) => (n.attribute ?? []).flatMap((a) => (a.g ? a.g.node ?? [] : [])));
  return [...graph.node!, ...bodies].map((n) => n.opType as string);
}

describe("WebGPU graph forms", () => {
  // broadcastLimit: undefined = all pairs at once here; small limits force blocks of rows
  // (a Scan over full blocks, plus a tail block when the rows do not divide evenly).
  const limits = [undefined, 100, 64];
  for (const options of CONFIGS) {
    it(`${JSON.stringify(options)}: same loss and gradient as the default forms`, async () => {
      for (const [n, d] of [[1, 3], [2, 2], [7, 3], [33, 5]] as const) {
        const w = b.tensor(gaussianMatrix(n, d, n + d), [n, d]);
        const { loss, grad } = computeLoss(b, w, options);
        const outputs = [{ name: "loss", tensor: loss }, { name: "grad", tensor: grad }];
        const [wantLoss, wantGrad] = await run(outputs, {});
        for (const broadcastLimit of limits) {
          const [gotLoss, gotGrad] = await run(outputs, { webgpu: true, broadcastLimit });
          const at = `${n}x${d}, limit ${String(broadcastLimit)}`;
          expect(Math.abs(gotLoss![0]! - wantLoss![0]!), `loss ${at}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(wantLoss![0]!)));
          let worst = 0;
          for (let i = 0; i < wantGrad!.length; i++) worst = Math.max(worst, Math.abs(gotGrad![i]! - wantGrad![i]!));
          expect(worst, `grad ${at}`).toBeLessThanOrEqual(1e-6);
        }
      }
    });
  }

  it("find the first maximum of each row, ties and -Infinity rows included", async () => {
    const c = b.tensor([1, 0.5, 0.5, 0.2, 0.5, 1, 0.5, 0.5, -0.9, -0.9, 1, -0.9, 0.3, 0.3, 0.3, 1], [4, 4]);
    for (const rule of ["exclude", "negate"] as const) {
      const { value, index } = b.rowMax(c, rule);
      const outputs = [{ name: "value", tensor: value }, { name: "index", tensor: index }];
      const want = await run(outputs, {});
      const got = await run(outputs, { webgpu: true });
      expect(Array.from(got[1]!, Number)).toEqual(Array.from(want[1]!, Number));
      expect(Array.from(got[0]!)).toEqual(Array.from(want[0]!));
    }
    const one = b.rowMax(b.tensor([0.25], [1, 1]), "exclude");
    const got = await run([{ name: "value", tensor: one.value }, { name: "index", tensor: one.index }], { webgpu: true });
    expect([...got[0]!, ...Array.from(got[1]!, Number)]).toEqual([-Infinity, 0]);
  });

  it("compute acos and atan2 from arithmetic to within 4 float32 ulps of Math.acos / Math.atan2", async () => {
    const xs = Float32Array.from({ length: 2001 }, (_, i) => Math.fround(-1 + i / 1000));
    xs[1000] = 0;
    const acos = b.unary("acos", b.tensor(xs, [xs.length]));
    const angles = Array.from({ length: 720 }, (_, i) => (i * Math.PI) / 360 - Math.PI + 1e-3);
    const ys = Float32Array.from(angles, (t) => 3 * Math.sin(t));
    const cs = Float32Array.from(angles, (t) => 3 * Math.cos(t));
    const atan2 = b.binary("atan2", b.tensor(ys, [ys.length]), b.tensor(cs, [cs.length]));
    const [gotAcos, gotAtan2] = await run([{ name: "acos", tensor: acos }, { name: "atan2", tensor: atan2 }], { webgpu: true });
    const ulp = (v: number) => Math.max(2 ** -149, 2 ** (Math.floor(Math.log2(Math.abs(v) || 2 ** -126)) - 23));
    for (let i = 0; i < xs.length; i++) {
      const want = Math.acos(xs[i]!);
      expect(Math.abs(gotAcos![i]! - want), `acos(${xs[i]})`).toBeLessThanOrEqual(4 * ulp(want));
    }
    for (let i = 0; i < ys.length; i++) {
      const want = Math.atan2(ys[i]!, cs[i]!);
      expect(Math.abs(gotAtan2![i]! - want), `atan2(${ys[i]}, ${cs[i]})`).toBeLessThanOrEqual(4 * ulp(want) + 1e-7);
    }
  });

  it("have no ArgMax, and are what a backend on the webgpu provider compiles", async () => {
    const w = b.tensor(gaussianMatrix(6, 3, 2), [6, 3]);
    for (const options of CONFIGS) {
      const { loss, grad } = computeLoss(b, w, options);
      const plain = opTypes(b.modelFor({ loss, grad }));
      const outputs = [{ name: "loss", tensor: loss }, { name: "grad", tensor: grad }];
      const forms = opTypes(encodeModel(emitGraph(planTrace(outputs), outputs, { prefix: "g", graphName: "onnx-wasm", webgpu: true })));
      expect(forms).not.toContain("ArgMax");
      expect(forms).not.toContain("Acos");
      expect(forms).not.toContain("Atan");
      // the default forms pick nearest neighbours by ArgMax (exact MMA and cosine: TopK of 2)
      if (options.loss !== "orthogonal" && options.loss !== "mhe") expect(plain.includes("ArgMax") || plain.includes("TopK")).toBe(true);
    }
    const gpu = await createOnnxBackend({ webgpuGraphs: true, numThreads: 1 });
    const { loss, grad } = computeLoss(gpu, gpu.tensor(gaussianMatrix(6, 3, 2), [6, 3]), { loss: "mma" });
    expect(opTypes(gpu.modelFor({ loss, grad }))).not.toContain("ArgMax");
    await gpu.close();
  });

  it("export: buildLossModel({ webgpu: true }) runs and agrees with the default model", async () => {
    for (const options of [{ loss: "mma" }, { loss: "cosine", mode: "reference" }, { loss: "mhe", s: 0 }] as AnyLossOptions[]) {
      const data = Float32Array.from(gaussianMatrix(9, 4, 3));
      const results: Float32Array[] = [];
      for (const webgpu of [false, true]) {
        const bytes = buildLossModel({ ...options, rows: "N", cols: 4, webgpu });
        // ArgMax: the cosine loss's rowMax, and the nearest-neighbour Loop over row blocks
        // (always used for a symbolic row count); the WebGPU forms have none
        expect(opTypes(bytes).includes("ArgMax")).toBe(!webgpu && options.loss !== "mhe");
        const s = await ort.InferenceSession.create(bytes);
        const out = await s.run({ W: new ort.Tensor("float32", data, [9, 4]) });
        results.push(out.loss!.data as Float32Array, out.grad!.data as Float32Array);
        await s.release();
      }
      expect(Math.abs(results[0]![0]! - results[2]![0]!)).toBeLessThanOrEqual(1e-6);
      let worst = 0;
      for (let i = 0; i < results[1]!.length; i++) worst = Math.max(worst, Math.abs(results[1]![i]! - results[3]![i]!));
      expect(worst).toBeLessThanOrEqual(1e-6);
    }
  });
});
