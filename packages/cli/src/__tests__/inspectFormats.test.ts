import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { angleStatistics, type Layout } from "@mmareg/core";
import { loss as cpuLoss } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import { inspectModel } from "../index.js";
import { runMma, tempDir, tempFile } from "./helpers.js";
import { npy, tfjsWeights, values, writeOnnx, writeSafetensors, zeroFirstAxis, zeroLastAxis, zip, type TfjsSpec } from "./modelFixtures.js";

interface Layer {
  name: string;
  kind: string | null;
  status: string;
  reason?: string;
  layout: string;
  n: number;
  d: number;
  live: number;
  deadRows: number;
  deadRowIndices: number[];
  groups: number;
  comparison: string;
  minAngleDeg: number | null;
  meanNearestDeg: number | null;
  pairsAbove: number;
  pairs: number;
  nearPairCount: number;
}

async function inspectJson(file: string, extra: string[] = []): Promise<{ code: number; report: { format: string; layers: Layer[]; skipped: number }; err: string }> {
  const r = await runMma(["inspect", file, "--json", ...extra]);
  expect(r.err, r.err).toBe("");
  return { code: r.code, report: JSON.parse(r.out), err: r.err };
}

/** The statistics the report must show for a weight, computed from the data the test wrote. */
function expectStats(layer: Layer | undefined, data: ArrayLike<number>, shape: number[], layout: Layout, groups = 1): void {
  expect(layer, "layer present").toBeDefined();
  const s = angleStatistics({ data, shape }, { layout, groups });
  expect(layer!.status).toBe("read");
  expect(layer!.layout).toBe(layout);
  expect([layer!.n, layer!.d, layer!.live, layer!.deadRows]).toEqual([s.n, s.d, s.live, s.deadRows.length]);
  expect(layer!.minAngleDeg).toBe(s.minAngleDeg);
  expect(layer!.meanNearestDeg).toBe(s.meanNearestDeg);
  expect(layer!.pairsAbove).toBe(s.pairsAbove);
}

function oneLineError(r: { code: number; out: string; err: string }, pattern: RegExp): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).not.toMatch(/\n\s+at |TypeError|RangeError/);
  expect(r.err).toMatch(pattern);
  // nothing but printable text
  expect(r.err).toMatch(/^[\x20-\x7e\u00b0]*\n$/);
}

// ---- tfjs -------------------------------------------------------------------------------

function layersModel(dir: string): { file: string; decoded: Map<string, Float32Array>; specs: TfjsSpec[] } {
  const conv = zeroLastAxis(values(3 * 3 * 2 * 6, 1), 6, [4]);
  const specs: TfjsSpec[] = [
    { name: "block/conv/kernel", shape: [3, 3, 2, 6], data: conv },
    { name: "block/conv/bias", shape: [6], data: values(6, 2) },
    { name: "dw/depthwise_kernel", shape: [3, 3, 4, 2], data: values(72, 3), quantization: "float16" },
    { name: "lstm/kernel", shape: [5, 16], data: values(80, 4) },
    { name: "up/kernel", shape: [2, 2, 3, 4], data: values(48, 5) },
    { name: "fc/kernel", shape: [12, 5], data: values(60, 6), quantization: "uint8" },
    { name: "fc2/kernel", shape: [5, 7], data: values(35, 7), quantization: "uint16" },
  ];
  const { manifestSpecs, bin, decoded } = tfjsWeights(specs);
  writeFileSync(join(dir, "group1-shard1of1.bin"), bin);
  const layer = (cls: string, name: string) => ({ config: { name, trainable: true }, class_name: cls });
  // keys in an unusual order: the manifest first, the format last, a nested Sequential
  const json = {
    weightsManifest: [{ weights: manifestSpecs, paths: ["group1-shard1of1.bin"] }],
    modelTopology: {
      model_config: {
        config: {
          layers: [
            { config: { layers: [layer("Conv2D", "conv")], name: "block" }, class_name: "Sequential" },
            layer("DepthwiseConv2D", "dw"),
            layer("LSTM", "lstm"),
            layer("Conv2DTranspose", "up"),
            layer("Dense", "fc"),
            layer("Dense", "fc2"),
          ],
        },
        class_name: "Model",
      },
    },
    format: "layers-model",
  };
  const file = join(dir, "model.json");
  writeFileSync(file, JSON.stringify(json));
  return { file, decoded, specs };
}

describe("mma inspect: tfjs formats", () => {
  it("layers model: float32, float16, uint8 and uint16 weights; a dead filter; skipped layer classes get rows; exit 3", async () => {
    const { file, decoded } = layersModel(tempDir());
    const { code, report } = await inspectJson(file);
    expect(code).toBe(3);
    expect(report.format).toMatch(/tfjs Layers model/);
    const by = new Map(report.layers.map((l) => [l.name, l]));
    expect(report.layers.map((l) => [l.name, l.status])).toEqual([
      ["block/conv/kernel", "read"],
      ["dw/depthwise_kernel", "read"],
      ["lstm/kernel", "skipped"],
      ["up/kernel", "skipped"],
      ["fc/kernel", "read"],
      ["fc2/kernel", "read"],
    ]);
    expectStats(by.get("block/conv/kernel"), decoded.get("block/conv/kernel")!, [3, 3, 2, 6], "conv-hwio");
    expect(by.get("block/conv/kernel")).toMatchObject({ deadRows: 1, deadRowIndices: [4], live: 5, kind: "Conv2D" });
    expectStats(by.get("dw/depthwise_kernel"), decoded.get("dw/depthwise_kernel")!, [3, 3, 4, 2], "depthwise-hwcm");
    expectStats(by.get("fc/kernel"), decoded.get("fc/kernel")!, [12, 5], "dense");
    expectStats(by.get("fc2/kernel"), decoded.get("fc2/kernel")!, [5, 7], "dense");
    expect(by.get("lstm/kernel")!.reason).toMatch(/layer class LSTM is not one mma inspect measures/);
    expect(by.get("up/kernel")!.reason).toMatch(/Conv2DTranspose/);
    expect(report.skipped).toBe(2);
    const table = await runMma(["inspect", file]);
    expect(table.code).toBe(3);
    expect(table.out).toMatch(/block\/conv\/kernel: 1 of 6 rows are all zeros \(dead: 4\); statistics over the 5 live rows/);
    expect(table.out).toMatch(/lstm\/kernel: skipped: layer class LSTM/);
  });

  it("graph model: filters found through their consumers (Identity followed), transposed convs skipped; detected by content", async () => {
    const dir = tempDir();
    const specs: TfjsSpec[] = [
      { name: "conv/filter", shape: [3, 3, 3, 8], data: values(216, 11), quantization: "uint16" },
      { name: "dw/filter", shape: [3, 3, 8, 1], data: values(72, 12) },
      { name: "fc/w", shape: [6, 8], data: values(48, 13) },
      { name: "deconv/filter", shape: [2, 2, 4, 8], data: values(128, 14) },
      { name: "shape", shape: [2], data: Float32Array.of(1, 2), dtype: "int32" },
    ];
    const { manifestSpecs, bin, decoded } = tfjsWeights(specs);
    writeFileSync(join(dir, "w.bin"), bin);
    const node = (name: string, op: string, input: string[] = [], attr: object = {}) => ({ name, op, input, attr });
    const graph = {
      modelTopology: {
        node: [
          node("x", "Placeholder"),
          node("conv/filter", "Const"),
          node("conv", "_FusedConv2D", ["x", "conv/filter"]),
          node("dw/filter", "Const"),
          node("dw", "DepthwiseConv2dNative", ["conv", "dw/filter:0"]),
          node("fc/w", "Const"),
          node("fc/w/read", "Identity", ["fc/w"]),
          node("fc", "MatMul", ["dw", "fc/w/read"], { transpose_b: { b: true } }),
          node("deconv/filter", "Const"),
          node("deconv", "Conv2DBackpropInput", ["shape", "deconv/filter", "fc"]),
        ],
      },
      weightsManifest: [{ paths: ["w.bin"], weights: manifestSpecs }],
    };
    const file = join(dir, "model.json");
    writeFileSync(file, JSON.stringify(graph));
    const { code, report } = await inspectJson(file);
    expect(report.format).toMatch(/graph model/);
    expect(code).toBe(3);
    const by = new Map(report.layers.map((l) => [l.name, l]));
    expectStats(by.get("conv/filter"), decoded.get("conv/filter")!, [3, 3, 3, 8], "conv-hwio");
    expectStats(by.get("dw/filter"), decoded.get("dw/filter")!, [3, 3, 8, 1], "depthwise-hwcm");
    expectStats(by.get("fc/w"), decoded.get("fc/w")!, [6, 8], "rows");
    expect(by.get("deconv/filter")).toMatchObject({ status: "skipped", kind: "Conv2DBackpropInput" });
    expect(by.has("shape")).toBe(false);
  });

  it("bare weights manifest (face-api style): kernels named by shape; shards not read before the format is known", async () => {
    const dir = tempDir();
    const specs: TfjsSpec[] = [
      { name: "conv0/filters", shape: [3, 3, 3, 16], data: zeroLastAxis(values(432, 21), 16, [0, 7, 9]) },
      { name: "conv0/bias", shape: [16], data: values(16, 22), quantization: "uint8" },
      { name: "conv1/depthwise_filter", shape: [3, 3, 16, 1], data: values(144, 23), quantization: "uint8" },
      { name: "fc/weights", shape: [16, 10], data: values(160, 24) },
    ];
    const { manifestSpecs, bin, decoded } = tfjsWeights(specs);
    writeFileSync(join(dir, "tiny_model.bin"), bin);
    const file = join(dir, "tiny_model-weights_manifest.json");
    writeFileSync(file, JSON.stringify([{ weights: manifestSpecs, paths: ["tiny_model.bin"] }]));
    const { code, report } = await inspectJson(file);
    expect(code).toBe(0);
    expect(report.format).toMatch(/weights manifest/);
    const [conv, dw, fc] = report.layers;
    expect(conv).toMatchObject({ kind: "conv (by shape)", deadRows: 3, deadRowIndices: [0, 7, 9] });
    expectStats(conv, decoded.get("conv0/filters")!, [3, 3, 3, 16], "conv-hwio");
    expectStats(dw, decoded.get("conv1/depthwise_filter")!, [3, 3, 16, 1], "depthwise-hwcm");
    expectStats(fc, decoded.get("fc/weights")!, [16, 10], "dense");
    // a JSON that is no model is told so without reading any shard
    const other = tempFile("config.json", JSON.stringify({ name: "x", paths: ["nope.bin"] }));
    oneLineError(await runMma(["inspect", other]), /JSON that is not a tfjs model\.json or weights manifest/);
  });

  it("malformed weightsManifest: one line, exit 2, no stack trace (issue 18 item 2); deep topology too", async () => {
    const dir = tempDir();
    const base = { modelTopology: { class_name: "Sequential", config: { layers: [] } } };
    const spec = { name: "d/kernel", shape: [2, 2], dtype: "float32" };
    const cases: [unknown, RegExp][] = [
      [[{ weights: [spec] }], /weightsManifest\[0\] has no "paths"/],
      [[{ paths: ["a.bin"] }], /weightsManifest\[0\] has no "weights"/],
      [[null], /weightsManifest\[0\] is null/],
      [[{ paths: ["a.bin"], weights: [{ name: "d/kernel", dtype: "float32" }] }], /weights\[0\] \(d\/kernel\) has no "shape"/],
      [[{ paths: ["a.bin"], weights: [{ ...spec, shape: [2, -3] }] }], /shape \[2, -3\] has -3/],
      [[{ paths: ["a.bin"], weights: [{ ...spec, quantization: { dtype: "int4" } }] }], /quantization/],
      [{ not: "an array" }, /"weightsManifest" must be an array/],
    ];
    for (const [manifest, pattern] of cases) {
      const file = join(dir, "model.json");
      writeFileSync(file, JSON.stringify({ ...base, weightsManifest: manifest }));
      oneLineError(await runMma(["inspect", file]), pattern);
    }
    // a topology nested 20000 deep
    const deep = '{"layers":['.repeat(20000) + JSON.stringify({ class_name: "Dense", config: { name: "d" } }) + "]}".repeat(20000);
    const file = join(dir, "deep.json");
    writeFileSync(file, `{"modelTopology":${deep},"weightsManifest":${JSON.stringify([{ paths: ["w.bin"], weights: [spec] }])}}`);
    writeFileSync(join(dir, "w.bin"), new Uint8Array(new Float32Array([1, 0, 0, 1]).buffer));
    const r = await runMma(["inspect", file, "--json"]);
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).layers[0]).toMatchObject({ name: "d/kernel", kind: "Dense", minAngleDeg: 90 });
  });
});

// ---- ONNX ---------------------------------------------------------------------------------

describe("mma inspect: ONNX", () => {
  const dir = tempDir();
  const conv = zeroFirstAxis(values(6 * 2 * 3 * 3, 31), 6, [1, 5]);
  const grouped = values(8 * 2 * 3 * 3, 32); // group 2: 4 input channels, 2 per group
  const depthwise = values(8 * 1 * 3 * 3, 33); // group 8: one channel per group
  const ext = values(4 * 8 * 1 * 1, 34);
  const gemm = values(5 * 24, 35);
  const matmul = values(24 * 10, 36);
  const file = writeOnnx(
    dir,
    "net.onnx",
    [
      { op: "Conv", inputs: ["X", "conv.w", "conv.b"] },
      { op: "Conv", inputs: ["out_0", "grouped.w"], group: 2 },
      { op: "Conv", inputs: ["out_1", "dw.w"], group: 8 },
      { op: "Conv", inputs: ["out_2", "ext.w"] },
      { op: "ConvTranspose", inputs: ["out_3", "up.w"] },
      { op: "Constant", inputs: [], output: "mm.w", value: { name: "", dims: [24, 10], data: matmul, as: "float_data" } },
      { op: "Gemm", inputs: ["out_4", "gemm.w"], transB: 1 },
      { op: "MatMul", inputs: ["out_6", "mm.w"] },
      { op: "Reshape", inputs: ["out_7", "shape"] },
      { op: "LSTM", inputs: ["out_8", "lstm.W", "lstm.R"] },
    ],
    [
      { name: "conv.w", dims: [6, 2, 3, 3], data: conv },
      { name: "conv.b", dims: [6], data: values(6, 37) },
      { name: "grouped.w", dims: [8, 2, 3, 3], data: grouped },
      { name: "dw.w", dims: [8, 1, 3, 3], data: depthwise },
      { name: "ext.w", dims: [4, 8, 1, 1], data: ext, as: "external" },
      { name: "up.w", dims: [4, 3, 2, 2], data: values(48, 38) },
      { name: "gemm.w", dims: [5, 24], data: gemm, as: "float16" },
      { name: "shape", dims: [2], data: Float32Array.of(1, -1), as: "int64" },
      { name: "lstm.W", dims: [1, 16, 10], data: values(160, 39) },
      { name: "lstm.R", dims: [1, 16, 4], data: values(64, 40) },
    ],
  );

  it("initializers, a Constant node, external data and float16: every weight-like tensor has a row", async () => {
    const { code, report } = await inspectJson(file);
    expect(code).toBe(3);
    expect(report.layers.map((l) => [l.name, l.kind, l.status])).toEqual([
      ["conv.w", "Conv", "read"],
      ["grouped.w", "Conv (group 2)", "read"],
      ["dw.w", "Conv depthwise (group 8)", "read"],
      ["ext.w", "Conv", "read"],
      ["up.w", "ConvTranspose", "skipped"],
      ["gemm.w", "Gemm", "read"],
      ["mm.w", "MatMul", "read"],
      ["lstm.W", "LSTM", "skipped"],
      ["lstm.R", "LSTM", "skipped"],
    ]);
    const by = new Map(report.layers.map((l) => [l.name, l]));
    expectStats(by.get("conv.w"), conv, [6, 2, 3, 3], "conv-oihw");
    expect(by.get("conv.w")).toMatchObject({ deadRows: 2, deadRowIndices: [1, 5], live: 4, pairs: 6 });
    expectStats(by.get("ext.w"), ext, [4, 8, 1, 1], "conv-oihw");
    expectStats(by.get("mm.w"), matmul, [24, 10], "dense");
    // float16: the values the reader decoded are the rounded ones, so compare loosely
    expect(by.get("gemm.w")!.minAngleDeg).toBeCloseTo(angleStatistics({ data: gemm, shape: [5, 24] }).minAngleDeg!, 1);
    expect(by.get("up.w")!.reason).toMatch(/ConvTranspose weights/);
  });

  it("grouped convs compare rows within groups (> 1 channel per group); depthwise compares its per-channel kernels", async () => {
    const { report } = await inspectJson(file);
    const by = new Map(report.layers.map((l) => [l.name, l]));
    const g = by.get("grouped.w")!;
    expect(g).toMatchObject({ groups: 2, comparison: "within each of 2 groups of 4 filters", pairs: 12 });
    expectStats(g, grouped, [8, 2, 3, 3], "conv-oihw", 2);
    const dw = by.get("dw.w")!;
    expect(dw).toMatchObject({ groups: 8, d: 9, pairs: 28 });
    expect(dw.comparison).toMatch(/per-channel kh\*kw kernels across channels/);
    expectStats(dw, depthwise, [8, 1, 3, 3], "conv-oihw", 1);
    const table = await runMma(["inspect", file]);
    expect(table.out).toMatch(/grouped\.w: 2 groups; rows compared within each of 2 groups of 4 filters/);
  });

  it("mma loss --list and --weight take a weight out of the model with its layout", async () => {
    const list = await runMma(["loss", file, "--list"]);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/grouped\.w\s+\[8, 2, 3, 3\]\s+conv-oihw/);
    expect(list.out).toMatch(/up\.w\s+\[4, 3, 2, 2\]\s+skipped: ConvTranspose/);
    const r = await runMma(["loss", file, "--weight", "mm.w", "--json"]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ layout: "dense", n: 10, d: 24, shape: [24, 10] });
    expect(j.loss).toBeCloseTo(cpuLoss({ data: matmul, shape: [24, 10] }, { layout: "dense" }).loss, 12);
    // a zero row in the chosen weight: the summary still reports (reference mode accepts it)
    oneLineError(await runMma(["loss", file, "--weight", "nope"]), /has no weight "nope": conv\.w, .*--list names all 9/);
    oneLineError(await runMma(["loss", file, "--weight", "up.w"]), /weight "up\.w" cannot be used: ConvTranspose/);
  });

  it("binary input to mma loss: one printable line that names the command that reads it", async () => {
    oneLineError(await runMma(["loss", file]), /net\.onnx is a binary file, a ONNX model \(\.onnx\): mma inspect .* measures it; mma loss .* --list/);
    const bin = tempFile("w.bin", Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
    oneLineError(await runMma(["loss", bin]), /w\.bin is a binary file, not a \.npy or JSON matrix/);
    const st = join(dir, "m.safetensors");
    writeSafetensors(st, [{ name: "fc.weight", shape: [3, 4], data: values(12, 41) }]);
    oneLineError(await runMma(["loss", st]), /is a binary file, a safetensors/);
    const { file: modelJson } = layersModel(tempDir());
    oneLineError(await runMma(["loss", modelJson]), /is not a matrix but a tfjs Layers model/);
  });

  it("a file that is not ONNX, and one without weights, are one-line PARSE errors", async () => {
    oneLineError(await runMma(["inspect", tempFile("junk.onnx", "this is not a model\n")]), /\[PARSE\].*junk\.onnx: not an ONNX model/);
    const empty = writeOnnx(tempDir(), "relu.onnx", [{ op: "Relu", inputs: ["X"] }], []);
    oneLineError(await runMma(["inspect", empty]), /no weight matrices to inspect: none of its 1 nodes \(Relu\)/);
  });
});

// ---- safetensors, npz, npy ---------------------------------------------------------------

describe("mma inspect: safetensors, npz, npy", () => {
  it("safetensors: PyTorch Linear [out, in] and Conv [out, in, kh, kw]; F16 read; integer tensors skipped", async () => {
    const dir = tempDir();
    const fc = zeroFirstAxis(values(10 * 6, 51), 10, [3]);
    const conv = values(8 * 3 * 3 * 3, 52);
    const file = join(dir, "model.safetensors");
    writeSafetensors(file, [
      { name: "fc.weight", shape: [10, 6], data: fc },
      { name: "fc.bias", shape: [10], data: values(10, 53) },
      { name: "conv.weight", shape: [8, 3, 3, 3], data: conv },
      { name: "emb.weight", shape: [7, 4], data: values(28, 54), dtype: "F16" },
      { name: "index", shape: [3, 3], data: Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), dtype: "I64" },
    ]);
    const { code, report } = await inspectJson(file);
    expect(code).toBe(3);
    expect(report.layers.map((l) => [l.name, l.status])).toEqual([
      ["fc.weight", "read"],
      ["conv.weight", "read"],
      ["emb.weight", "read"],
      ["index", "skipped"],
    ]);
    expectStats(report.layers[0], fc, [10, 6], "rows");
    expect(report.layers[0]).toMatchObject({ deadRows: 1, deadRowIndices: [3], kind: "Linear [out, in]" });
    expectStats(report.layers[1], conv, [8, 3, 3, 3], "conv-oihw");
    expect(report.layers[3]!.reason).toMatch(/I64 tensor/);
    const r = await runMma(["loss", file, "--weight", "conv.weight", "--json"]);
    expect(JSON.parse(r.out)).toMatchObject({ layout: "conv-oihw", n: 8, d: 27 });
  });

  it("npz (stored, deflated and ZIP64 members), and --layout for channels-last data", async () => {
    const dir = tempDir();
    const a = values(12 * 5, 61);
    const b = zeroFirstAxis(values(6 * 4 * 3 * 3, 62), 6, [0]);
    const c = new Float64Array(values(9 * 4, 63));
    const file = join(dir, "weights.npz");
    writeFileSync(
      file,
      zip([
        { name: "dense.npy", bytes: npy(a, [12, 5]) },
        { name: "conv.npy", bytes: npy(b, [6, 4, 3, 3]), deflate: true },
        { name: "head.npy", bytes: npy(c, [9, 4]), deflate: true, zip64: true },
        { name: "bias.npy", bytes: npy(values(5, 64), [5]) },
      ]),
    );
    const { code, report } = await inspectJson(file);
    expect(code).toBe(0);
    expect(report.format).toMatch(/\.npz/);
    expect(report.layers.map((l) => l.name)).toEqual(["dense", "conv", "head"]);
    expectStats(report.layers[0], a, [12, 5], "rows");
    expectStats(report.layers[1], b, [6, 4, 3, 3], "conv-oihw");
    expect(report.layers[1]!.deadRows).toBe(1);
    expectStats(report.layers[2], c, [9, 4], "rows");
    const dense = await inspectJson(file, ["--layout", "dense"]);
    expectStats(dense.report.layers[0], a, [12, 5], "dense");
    oneLineError(await runMma(["inspect", tempFile("bad.npz", Uint8Array.of(0x50, 0x4b, 3, 4, 9, 9, 9))]), /no end-of-central-directory record/);
  });

  it("npy: one weight; a pair 1e-8 degree apart is reported exact to 1e-12 relative (float64 cosine says 0)", async () => {
    const t = Math.tan((1e-8 * Math.PI) / 180);
    const data = new Float64Array([1, 0, 0, 1, t, 0, 0, 0, 1, -1, 1, 1]);
    const file = tempFile("pair.npy", npy(data, [4, 3]));
    const { code, report } = await inspectJson(file, ["--near", "1e-6"]);
    expect(code).toBe(0);
    const exact = (Math.atan(t) * 180) / Math.PI;
    expect(Math.abs(report.layers[0]!.minAngleDeg! - exact) / exact).toBeLessThan(1e-12);
    expect(report.layers[0]!.nearPairCount).toBe(1);
    const r = await runMma(["inspect", file, "--near", "1e-6"]);
    expect(r.out).toMatch(/pair: 1 pairs under 1e-6° \(2 rows\), closest: 0-1 1\.00e-8°/);
  });
});

describe("inspectModel (library) and the HTML report", () => {
  it("inspectModel gives the report the CLI prints; --html writes one self-contained page", async () => {
    const { file } = layersModel(tempDir());
    const report = await inspectModel(file, { nearDeg: 0.5 });
    expect(report.skipped).toBe(2);
    expect(report.layers[0]!.deadRows).toBe(1);
    const html = join(tempDir(), "report.html");
    const r = await runMma(["inspect", file, "--html", html, "--heatmap-rows", "4"]);
    expect(r.code).toBe(3);
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/<svg id="layer-chart"/);
    expect(page).toMatch(/block\/conv\/kernel<\/b>: 1 of 6 rows are all zeros: 4/);
    expect(page).toMatch(/at most the first 4 rows/);
    // no network: no URL other than the SVG namespace
    expect(page.replace(/http:\/\/www\.w3\.org\/2000\/svg/g, "")).not.toMatch(/https?:\/\/|src=|<link/);
    oneLineError(await runMma(["inspect", file, "--threshold", "2"]), /--threshold is a cosine in \[0, 1\)/);
    oneLineError(await runMma(["inspect", file, "--html", "/nonexistent/dir/r.html"]), /cannot write/);
  });
});

describe("mma loss on a matrix with dead rows", () => {
  it("reference mode accepts all-zero rows and its angle summary leaves them out (exact mode refuses them, naming the row)", async () => {
    const data = [1, 0, 0, 0, 0.6, 0.8, 0, 0];
    const file = tempFile("dead.json", JSON.stringify({ shape: [4, 2], data }));
    const r = await runMma(["loss", file, "--mode", "reference", "--json"]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.deadRows).toEqual([1, 3]);
    expect(j.minAngleDeg).toBeCloseTo(53.13010235415598, 10);
    const text = await runMma(["loss", file, "--mode", "reference"]);
    expect(text.out).toMatch(/dead rows\s+2 all-zero rows left out of the angles: 1, 3/);
    oneLineError(await runMma(["loss", file]), /ZERO_ROW.*row 1 is all zeros/);
  });
});

describe("malformed model files of the binary formats", () => {
  it("truncated ONNX, bad safetensors headers, a truncated zip; an undecodable or integer member of an npz is a skipped row", async () => {
    const dir = tempDir();
    const good = writeOnnx(dir, "ok.onnx", [{ op: "Gemm", inputs: ["X", "w"], transB: 1 }], [{ name: "w", dims: [4, 6], data: values(24, 71) }]);
    const bytes = readFileSync(good);
    const cut = join(dir, "cut.onnx");
    writeFileSync(cut, bytes.subarray(0, bytes.length - 40));
    oneLineError(await runMma(["inspect", cut]), /\[PARSE\].*cut\.onnx: .*(needs \d+ bytes|truncated)/);
    const st = join(dir, "bad.safetensors");
    const len = new Uint8Array(8);
    new DataView(len.buffer).setBigUint64(0, 1000n, true);
    writeFileSync(st, Buffer.concat([len, new TextEncoder().encode('{"a": 1}')]));
    oneLineError(await runMma(["inspect", st]), /header length 1000 runs past the end/);
    const st2 = join(dir, "bad2.safetensors");
    const hdr = new TextEncoder().encode('{"w": {"dtype": "F32", "shape": [2, -2], "data_offsets": [0, 16]}}');
    new DataView(len.buffer).setBigUint64(0, BigInt(hdr.length), true);
    writeFileSync(st2, Buffer.concat([len, hdr, new Uint8Array(16)]));
    oneLineError(await runMma(["inspect", st2]), /tensor w: shape \[2, -2\] has -2/);
    const z = zip([{ name: "w.npy", bytes: npy(values(12, 72), [3, 4]) }]);
    z[8] = 12; // local method (ignored: the central directory rules)
    const view = new DataView(z.buffer, z.byteOffset, z.byteLength);
    const central = z.length - 22 - (46 + "w.npy".length);
    view.setUint16(central + 10, 12, true);
    const zf = join(dir, "m.npz");
    writeFileSync(zf, z);
    // a member that cannot be decompressed is that member's skipped row, not the end of the report
    const zr = await inspectJson(zf);
    expect(zr.code).toBe(3);
    expect(zr.report.layers[0]).toMatchObject({ name: "w", status: "skipped" });
    expect(zr.report.layers[0]!.reason).toMatch(/member w\.npy uses compression method 12/);
    oneLineError(await runMma(["inspect", tempFile("cut.npz", z.subarray(0, z.length - 30))]), /no end-of-central-directory record/);
    // an integer array inside an npz: a skipped row, the rest measured
    const intNpy = npy(values(6, 73), [2, 3]);
    intNpy.set(new TextEncoder().encode("'<i4'"), intNpy.indexOf(0x27));
    const mixed = join(dir, "mixed.npz");
    writeFileSync(mixed, zip([{ name: "ints.npy", bytes: intNpy }, { name: "w.npy", bytes: npy(values(12, 74), [3, 4]) }]));
    const r = await inspectJson(mixed);
    expect(r.code).toBe(3);
    expect(r.report.layers.map((l) => [l.name, l.status])).toEqual([
      ["ints", "skipped"],
      ["w", "read"],
    ]);
  });
});
