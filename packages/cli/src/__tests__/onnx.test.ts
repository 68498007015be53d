import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { angles, evaluateLossSync, gaussianMatrix, createCpuBackend } from "@mmareg/cpu";
import * as ort from "onnxruntime-web";
import { describe, expect, it } from "vitest";
import { runMma, tempDir, tempFile } from "./helpers.js";

// A minimal protobuf writer for the few ONNX fields these models need, so the test's
// models come from a writer independent of the one the reader uses.
type Field = [number, number | string | Uint8Array | Field[]];
function varint(v: number): number[] {
  const out: number[] = [];
  while (v > 127) {
    out.push((v & 127) | 128);
    v = Math.floor(v / 128);
  }
  return [...out, v];
}
function message(fields: Field[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [no, v] of fields) {
    if (typeof v === "number") parts.push(Uint8Array.from([...varint(no * 8), ...varint(v)]));
    else {
      const body = typeof v === "string" ? new TextEncoder().encode(v) : v instanceof Uint8Array ? v : message(v);
      parts.push(Uint8Array.from([...varint(no * 8 + 2), ...varint(body.length)]), body);
    }
  }
  return Buffer.concat(parts);
}
interface Node {
  name: string;
  op: string;
  inputs: string[];
  transB?: number;
}
/** A float32 initializer with seeded values (returned with them). */
function initializer(name: string, dims: number[], seed: number): { proto: Field[]; values: Float32Array } {
  const values = Float32Array.from(gaussianMatrix(1, dims.reduce((p, s) => p * s, 1), seed));
  return { proto: [...dims.map((d): Field => [1, d]), [2, 1], [8, name], [9, new Uint8Array(values.buffer)]], values };
}
function writeModel(dir: string, name: string, nodes: Node[], inits: Field[][]): string {
  const node = (n: Node, i: number): Field[] => [
    ...n.inputs.map((x): Field => [1, x]),
    [2, `out_${i}`],
    [3, n.name],
    [4, n.op],
    ...(n.transB === undefined ? [] : [[5, [[1, "transB"], [3, n.transB], [20, 2]]] as Field]),
  ];
  const graph: Field[] = [...nodes.map((n, i): Field => [1, node(n, i)]), [2, "t"], ...inits.map((t): Field => [5, t]), [11, [[1, "X"]]], [12, [[1, `out_${nodes.length - 1}`]]]];
  const path = join(dir, name);
  writeFileSync(path, message([[1, 7], [8, [[1, ""], [2, 13]]], [7, graph]]));
  return path;
}

describe("mma export-onnx", { timeout: 30_000 }, () => {
  it("writes a model that onnxruntime-web runs directly, equal to the cpu backend", async () => {
    const file = join(tempDir(), "mma.onnx");
    const r = await runMma(["export-onnx", "--loss", "mma", "--rows", "N", "--cols", "5", "-o", file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/wrote .*mma\.onnx .*mma, exact mode, opset 13/);
    expect(r.out).toMatch(/input +W float32 \[N, 5\]/);
    expect(r.out).toMatch(/outputs loss float32 \[\], grad float32 \[N, 5\]/);
    const session = await ort.InferenceSession.create(readFileSync(file));
    const w = gaussianMatrix(13, 5, 7);
    const out = await session.run({ W: new ort.Tensor("float32", Float32Array.from(w), [13, 5]) });
    const want = evaluateLossSync(createCpuBackend(), { data: w, shape: [13, 5] }, { loss: "mma" });
    expect(Math.abs((out.loss!.data as Float32Array)[0]! - want.loss)).toBeLessThan(1e-5);
    const grad = out.grad!.data as Float32Array;
    expect(Math.max(...want.grad.map((g, i) => Math.abs(g - grad[i]!)))).toBeLessThan(1e-5);
    await session.release();
  });

  it("prints a JSON summary, with the MHE options", async () => {
    const file = join(tempDir(), "mhe.onnx");
    const r = await runMma(["export-onnx", "--loss", "mhe", "--s", "0", "--half-space", "--rows", "32", "--cols", "9", "-o", file, "--json"]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ file, loss: "mhe", mode: "exact", s: 0, halfSpace: true, opset: 13 });
    expect(j.inputs).toEqual([{ name: "W", type: "float32", shape: [32, 9] }]);
    expect(j.bytes).toBe(readFileSync(file).length);
  });

  it("explains usage errors", async () => {
    const out = join(tempDir(), "x.onnx");
    expect((await runMma(["export-onnx", "-o", out])).err).toMatch(/needs --cols/);
    expect((await runMma(["export-onnx", "--cols", "4"])).err).toMatch(/needs -o/);
    expect((await runMma(["export-onnx", "--cols", "4", "--rows", "1", "-o", out])).err).toMatch(/BAD_OPTION.*rows must be an integer >= 2/);
    expect((await runMma(["export-onnx", "--cols", "4", "--rows", "2.5", "-o", out])).err).toMatch(/--rows expects/);
    expect((await runMma(["export-onnx", "--cols", "4", "--loss", "nope", "-o", out])).code).toBe(2);
    expect((await runMma(["export-onnx", "--help"])).out).toMatch(/Usage: mma export-onnx/);
  });
});

describe("mma loss --backend onnx-wasm", { timeout: 30_000 }, () => {
  it("gives the cpu backend's loss and gradient at float32 precision", async () => {
    const w = gaussianMatrix(10, 4, 3);
    const file = tempFile("w.json", JSON.stringify({ shape: [10, 4], data: Array.from(w) }));
    const r = await runMma(["loss", file, "--backend", "onnx-wasm", "--loss", "cosine", "--json"]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    const want = evaluateLossSync(createCpuBackend(), { data: w, shape: [10, 4] }, { loss: "cosine" });
    expect(j).toMatchObject({ backend: "onnx-wasm", dtype: "float32", loss_name: "cosine" });
    expect(Math.abs(j.loss - want.loss)).toBeLessThan(1e-5);
    expect(Math.max(...j.grad.map((g: number, i: number) => Math.abs(g - want.grad[i]!)))).toBeLessThan(1e-5);
    expect((await runMma(["loss", file, "--backend", "onnx-wasm", "--dtype", "float64"])).err).toMatch(/computes in float32/);
  });
});

describe("mma inspect on .onnx files", { timeout: 30_000 }, () => {
  const dir = tempDir();
  const conv = initializer("conv.weight", [6, 2, 3, 3], 1);
  const fcT = initializer("fc.weight", [5, 24], 2);
  const fcN = initializer("head.weight", [5, 4], 3);
  const big = initializer("big.weight", [512, 512], 4);
  const nodes: Node[] = [
    { name: "conv", op: "Conv", inputs: ["X", "conv.weight", "conv.bias"] },
    { name: "fc", op: "Gemm", inputs: ["out_0", "fc.weight"], transB: 1 },
    { name: "head", op: "Gemm", inputs: ["out_1", "head.weight"], transB: 0 },
    { name: "big", op: "MatMul", inputs: ["out_2", "big.weight"] },
  ];
  const model = writeModel(dir, "net.onnx", nodes, [conv.proto, initializer("conv.bias", [6], 5).proto, fcT.proto, fcN.proto, big.proto]);

  it("prints per-layer n, d, minimal angle, mean nearest angle and |cos| > 0.2 pairs", async () => {
    const r = await runMma(["inspect", model]);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines.map((l) => l.split(/\s+/).slice(0, 4))).toEqual([
      ["layer", "kind", "n", "d"],
      ["conv.weight", "Conv", "6", "18"],
      ["fc.weight", "Gemm", "5", "24"],
      ["head.weight", "Gemm", "4", "5"],
      ["big.weight", "MatMul", "512", "512"],
    ]);
  });

  it("--json gives the same statistics as the angle report of each weight under its layout", async () => {
    const r = await runMma(["inspect", model, "--json"]);
    const j = JSON.parse(r.out);
    expect(j.format).toMatch(/ONNX/);
    const layouts = j.layers.map((l: { layout: string }) => l.layout);
    expect(layouts).toEqual(["conv-oihw", "rows", "dense", "dense"]);
    const head = angles({ data: fcN.values, shape: [5, 4] }, { layout: "dense" });
    expect(j.layers[2]).toMatchObject({ name: "head.weight", n: 4, d: 5, minAngleDeg: head.minAngleDeg, pairsAbove: head.pairsAbove });
    const bigStats = angles({ data: big.values, shape: [512, 512] }, { layout: "dense" });
    expect(j.layers[3].meanNearestDeg).toBeCloseTo(bigStats.meanNearestDeg as number, 10);
  });

  it("says clearly when a file is not ONNX or has no weight matrices", async () => {
    const junk = tempFile("junk.onnx", "this is not a model\n");
    const r1 = await runMma(["inspect", junk]);
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/\[PARSE\].*junk\.onnx: not an ONNX model/);
    const exported = join(dir, "loss.onnx");
    expect((await runMma(["export-onnx", "--cols", "3", "-o", exported])).code).toBe(0);
    const r2 = await runMma(["inspect", exported]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/\[PARSE\].*no weight matrices to inspect: none of its \d+ nodes \(.*MatMul.*\) is a Conv, Gemm or MatMul with a float initializer/);
  });
});

describe("mma bench --backends onnx-wasm", { timeout: 30_000 }, () => {
  it("adds onnx-wasm rows with the exported-model baseline", async () => {
    const r = await runMma(["bench", "--backends", "onnx-wasm", "--sizes", "16x8", "--repeats", "1", "--json"]);
    expect(r.code, r.err).toBe(0);
    const [row] = JSON.parse(r.out).rows;
    expect(row).toMatchObject({ backend: "onnx-wasm", n: 16, d: 8 });
    expect(row.mmaMs).toBeGreaterThan(0);
    expect(row.baselines.map((b: { label: string }) => b.label)).toEqual(["exported .onnx", "Gram + n x d read"]);
  });
});

describe("mma --backend onnx-node (onnxruntime-node)", { timeout: 60_000 }, () => {
  it("loss: the cpu backend's loss and gradient at float32 precision, for MMA and cosine", async () => {
    const w = gaussianMatrix(12, 5, 4);
    const file = tempFile("w.json", JSON.stringify({ shape: [12, 5], data: Array.from(w) }));
    for (const loss of ["mma", "cosine"] as const) {
      const r = await runMma(["loss", file, "--backend", "onnx-node", "--loss", loss, "--json"]);
      expect(r.code, r.err).toBe(0);
      const j = JSON.parse(r.out);
      const want = evaluateLossSync(createCpuBackend(), { data: w, shape: [12, 5] }, { loss });
      expect(j).toMatchObject({ backend: "onnx-node", dtype: "float32", loss_name: loss });
      expect(Math.abs(j.loss - want.loss)).toBeLessThan(1e-5);
      expect(Math.max(...j.grad.map((g: number, i: number) => Math.abs(g - want.grad[i]!)))).toBeLessThan(1e-5);
    }
  });

  it("bench: MMA vs Gram rows for onnx-node, with the exported model run by the same runtime and the Gram product with an n x d read-back", async () => {
    const r = await runMma(["bench", "--backends", "onnx-node", "--sizes", "16x8", "--repeats", "1", "--json"]);
    expect(r.code, r.err).toBe(0);
    const [row] = JSON.parse(r.out).rows;
    expect(row).toMatchObject({ backend: "onnx-node", n: 16, d: 8 });
    expect(row.mmaMs).toBeGreaterThan(0);
    expect(row.gramMs).toBeGreaterThan(0);
    expect(row.baselines.map((b: { label: string }) => b.label)).toEqual(["exported .onnx", "Gram + n x d read"]);
    expect(row.baselines[1].ms).toBeGreaterThan(0);
  });

  it("bench: MMA_ONNX_THREADS reaches the sessions and the row's thread count", async () => {
    const saved = process.env.MMA_ONNX_THREADS;
    process.env.MMA_ONNX_THREADS = "2";
    try {
      const r = await runMma(["bench", "--backends", "onnx-node", "--sizes", "16x8", "--repeats", "1", "--json"]);
      expect(r.code, r.err).toBe(0);
      const [row] = JSON.parse(r.out).rows;
      expect(row.threads).toBe(2);
      expect(row.gramGflopsPerCore).toBeCloseTo((2 * 16 * 16 * 8) / (row.gramMs * 1e6) / 2, 10);
    } finally {
      if (saved === undefined) delete process.env.MMA_ONNX_THREADS;
      else process.env.MMA_ONNX_THREADS = saved;
    }
  });

  it("tammes: solves on onnx-node like on the cpu backend", async () => {
    const args = ["tammes", "--dim", "3", "--points", "6", "--iterations", "200", "--json"];
    const [onnx, cpu] = await Promise.all([runMma([...args, "--backend", "onnx-node"]), runMma([...args, "--backend", "cpu", "--dtype", "float32"])]);
    expect(onnx.code, onnx.err).toBe(0);
    expect(JSON.parse(onnx.out).minAngleDeg).toBeCloseTo(JSON.parse(cpu.out).minAngleDeg, 2);
  });
});

describe("an exported model in onnxruntime-node (ONNX Runtime's native build, as Python/C++/C# run it)", { timeout: 60_000 }, () => {
  it("gives the cpu backend's loss and gradient for every loss, with a symbolic row count", async () => {
    const ortNode = await import("onnxruntime-node");
    const cases = [
      { args: ["--loss", "mma"], options: { loss: "mma" } },
      { args: ["--loss", "mma", "--mode", "reference"], options: { loss: "mma", mode: "reference" } },
      { args: ["--loss", "cosine"], options: { loss: "cosine" } },
      { args: ["--loss", "mhe", "--s", "0", "--half-space"], options: { loss: "mhe", s: 0, halfSpace: true } },
      { args: ["--loss", "orthogonal"], options: { loss: "orthogonal" } },
    ] as const;
    for (const [k, c] of cases.entries()) {
      const file = join(tempDir(), `m${k}.onnx`);
      const r = await runMma(["export-onnx", ...c.args, "--rows", "N", "--cols", "7", "-o", file]);
      expect(r.code, r.err).toBe(0);
      const session = await ortNode.InferenceSession.create(readFileSync(file), { intraOpNumThreads: 1 });
      for (const n of [2, 19]) {
        const w = gaussianMatrix(n, 7, 11 + n);
        const out = await session.run({ W: new ortNode.Tensor("float32", Float32Array.from(w), [n, 7]) });
        const want = evaluateLossSync(createCpuBackend(), { data: w, shape: [n, 7] }, c.options);
        const scale = Math.max(1, ...want.grad.map(Math.abs));
        expect(Math.abs((out.loss!.data as Float32Array)[0]! - want.loss), `${c.args.join(" ")} n=${n} loss`).toBeLessThan(1e-5 * Math.max(1, Math.abs(want.loss)));
        const grad = out.grad!.data as Float32Array;
        expect(Math.max(...want.grad.map((g, i) => Math.abs(g - grad[i]!))), `${c.args.join(" ")} n=${n} grad`).toBeLessThan(2e-5 * scale);
      }
      await session.release();
    }
  });
});
