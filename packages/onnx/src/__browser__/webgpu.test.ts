import { computeLoss, gaussianMatrix, withoutFused, type AnyLossOptions } from "@mmareg/core";
import { createCpuBackend } from "@mmareg/cpu";
import * as ort from "onnxruntime-web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitGraph, planTrace } from "../graph/emitGraph.js";
import { encodeModel } from "../graph/encodeModel.js";
import { createOnnxBackend, type OnnxBackend } from "../index.js";

// Regression tests for the ONNX Runtime Web 1.30 WebGPU defects that the WebGPU graph forms
// and session options work around (README, "WebGPU"). Each failed before the workaround.

const cpu = createCpuBackend({ dtype: "float64" });
let gpu: OnnxBackend;
beforeAll(async () => {
  gpu = await createOnnxBackend({ ort, numThreads: 1, executionProviders: ["webgpu", "wasm"] });
});
afterAll(() => gpu.close());

function worst(got: ArrayLike<number>, want: ArrayLike<number>): number {
  expect(got.length).toBe(want.length);
  let w = 0;
  for (let i = 0; i < want.length; i++) {
    const [g, e] = [got[i] as number, want[i] as number];
    if (g !== e) w = Math.max(w, Number.isNaN(g - e) ? Infinity : Math.abs(g - e)); // -Infinity rows (n = 1) match exactly
  }
  return w;
}

describe("onnx-webgpu (browser): ONNX Runtime WebGPU workarounds", () => {
  it("finds each row's nearest neighbour in matrices of different widths, one after another (ArgMax shader cache)", async () => {
    for (const [n, d] of [[5, 3], [1, 2], [12, 4], [3, 7], [40, 5], [2, 2]] as const) {
      const data = gaussianMatrix(n, d, 10 * n + d);
      const unitCpu = cpu.normalizeRows(cpu.tensor(data, [n, d]), null).unit;
      const unitGpu = gpu.normalizeRows(gpu.tensor(data, [n, d]), null).unit;
      for (const rule of ["exclude", "negate"] as const) {
        const want = cpu.rowMax(cpu.gram(unitCpu), rule);
        const composed = gpu.rowMax(gpu.gram(unitGpu), rule);
        const fused = gpu.nearestNeighbors!(unitGpu, rule);
        const wantIndex = Array.from(cpu.readSync(want.index));
        expect(Array.from(await gpu.read(composed.index)), `${n}x${d} ${rule} rowMax`).toEqual(wantIndex);
        expect(Array.from(await gpu.read(fused.index)), `${n}x${d} ${rule} nearestNeighbors`).toEqual(wantIndex);
        expect(worst(await gpu.read(composed.value), cpu.readSync(want.value))).toBeLessThan(1e-6);
      }
    }
  });

  it("reduces more than 1024 rows for several row lengths, one after another (naive reduce shader cache)", async () => {
    for (const d of [3, 8, 2]) {
      const data = gaussianMatrix(1100, d, d);
      const a = cpu.tensor(data, [1100, d]);
      const b = gpu.tensor(data, [1100, d]);
      expect(worst(await gpu.read(gpu.rowDot(b, b)), cpu.readSync(cpu.rowDot(a, a))), `rowDot d=${d}`).toBeLessThan(1e-4);
      expect(worst(await gpu.read(gpu.rowSum(b)), cpu.readSync(cpu.rowSum(a))), `rowSum d=${d}`).toBeLessThan(1e-5);
      if (d === 2) continue; // two widths are enough for the 1100 x 1100 row max (slow in software WebGPU)
      // The nearest-neighbour cosines (ReduceMax over 1100 columns of 1100 rows).
      const want = cpu.rowMax(cpu.gram(cpu.normalizeRows(a, null).unit), "exclude").value;
      const got = gpu.rowMax(gpu.gram(gpu.normalizeRows(b, null).unit), "exclude").value;
      expect(worst(await gpu.read(got), cpu.readSync(want)), `rowMax d=${d}`).toBeLessThan(1e-5);
    }
  });

  it("gives the composed selection gradient (CPU-computed tensors copied into GPU buffers mid-graph)", async () => {
    for (const options of [{ loss: "cosine" }, { loss: "mma", mode: "reference" }] as AnyLossOptions[]) {
      const [n, d] = [7, 5];
      const data = gaussianMatrix(n, d, 41);
      const want = cpu.readSync(computeLoss(cpu, cpu.tensor(data, [n, d]), options).grad);
      for (const b of [gpu, withoutFused(gpu)]) {
        const got = await gpu.read(computeLoss(b, gpu.tensor(data, [n, d]), options).grad);
        expect(worst(got, want), `${JSON.stringify(options)} ${b === gpu ? "fused" : "composed"}`).toBeLessThan(1e-5);
      }
    }
  });

  it("computes pair energies and distances in blocks of rows (Scan) on the GPU", async () => {
    const [n, d] = [9, 3];
    const data = gaussianMatrix(n, d, 5);
    for (const options of [{ loss: "mhe" }, { loss: "mhe", s: 0, halfSpace: true, fused: false }] as AnyLossOptions[]) {
      const want = computeLoss(cpu, cpu.tensor(data, [n, d]), options);
      const { loss, grad } = computeLoss(gpu, gpu.tensor(data, [n, d]), options);
      const outputs = [{ name: "loss", tensor: loss }, { name: "grad", tensor: grad }];
      // A limit of 100 elements: blocks of 3 rows (27 x 3 = 81 differences), 3 Scan iterations.
      const bytes = encodeModel(emitGraph(planTrace(outputs), outputs, { prefix: "g", graphName: "blocks", webgpu: true, broadcastLimit: 100 }));
      const session = await ort.InferenceSession.create(bytes, { executionProviders: ["webgpu", "wasm"], executionMode: "parallel", logSeverityLevel: 3 });
      const out = await session.run({ W: new ort.Tensor("float32", Float32Array.from(data), [n, d]) });
      await session.release();
      const wantLoss = cpu.readSync(want.loss)[0] as number;
      expect(Math.abs((out.loss!.data as Float32Array)[0]! - wantLoss)).toBeLessThan(1e-5 * Math.abs(wantLoss));
      expect(worst(out.grad!.data as Float32Array, cpu.readSync(want.grad))).toBeLessThan(1e-4);
    }
  });
});
