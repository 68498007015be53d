import { writeFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMMARegError, MMARegError } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import { DataType } from "../proto.js";
import { readOnnxWeights } from "../index.js";
import { ATTR_INT, doubleTensor, model, randomInitializer, valuesOf } from "./fixtures.js";

function expectParse(fn: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(isMMARegError(caught, "PARSE"), String(caught)).toBe(true);
  expect((caught as MMARegError).message).toMatch(message);
}

describe("readOnnxWeights", () => {
  const conv = randomInitializer("conv1.weight", [8, 3, 3, 3], 1);
  const convBias = randomInitializer("conv1.bias", [8], 2);
  const gemmT = randomInitializer("fc1.weight", [16, 72], 3, false); // typed float_data
  const gemmN = randomInitializer("fc2.weight", [16, 10], 4);
  const matmul = randomInitializer("proj.weight", [10, 6], 5);
  const big = randomInitializer("big.weight", [512, 512], 6); // 1 MiB inline raw_data
  const nodes = [
    { name: "conv1", opType: "Conv", input: ["X", "conv1.weight", "conv1.bias"], output: ["c1"] },
    { name: "flatten", opType: "Flatten", input: ["c1"], output: ["f"] },
    { name: "fc1", opType: "Gemm", input: ["f", "fc1.weight", "fc1.bias"], output: ["h1"], attribute: [{ name: "transB", type: ATTR_INT, i: 1 }] },
    { name: "fc2", opType: "Gemm", input: ["h1", "fc2.weight"], output: ["h2"], attribute: [{ name: "transB", type: ATTR_INT, i: 0 }] },
    { name: "proj", opType: "MatMul", input: ["h2", "proj.weight"], output: ["h3"] },
    { name: "big", opType: "MatMul", input: ["big.weight", "h3"], output: ["Y"] },
    { name: "again", opType: "MatMul", input: ["h2", "proj.weight"], output: ["unused"] },
  ];
  const bytes = model(nodes, [conv, convBias, gemmT, randomInitializer("fc1.bias", [16], 7), gemmN, matmul, big]);

  it("finds Conv, Gemm (transB 1 and 0) and MatMul weights with their layouts, biases left out, each once", () => {
    const { weights, nodeCount, opTypes } = readOnnxWeights(bytes);
    expect(weights.map((w) => [w.name, w.node, w.opType, w.shape, w.layout])).toEqual([
      ["conv1.weight", "conv1", "Conv", [8, 3, 3, 3], "conv-oihw"],
      ["fc1.weight", "fc1", "Gemm", [16, 72], "rows"],
      ["fc2.weight", "fc2", "Gemm", [16, 10], "dense"],
      ["proj.weight", "proj", "MatMul", [10, 6], "dense"],
      ["big.weight", "big", "MatMul", [512, 512], "rows"],
    ]);
    expect(nodeCount).toBe(7);
    expect(opTypes).toEqual(["Conv", "Flatten", "Gemm", "MatMul"]);
  });

  it("returns the values in file order, from raw_data and from float_data", () => {
    const { weights } = readOnnxWeights(bytes);
    const byName = new Map(weights.map((w) => [w.name, w.data]));
    expect(Array.from(byName.get("conv1.weight")!)).toEqual(Array.from(valuesOf(conv)));
    expect(Array.from(byName.get("fc1.weight")!)).toEqual(Array.from(valuesOf(gemmT)));
    const b = byName.get("big.weight")!;
    expect(b.length).toBe(512 * 512);
    expect(Array.from(b.subarray(-5))).toEqual(Array.from(valuesOf(big).subarray(-5)));
  });

  it("reads float64, float16 and Constant-node weights", () => {
    const f16 = { name: "h.weight", dataType: DataType.FLOAT16, dims: [2, 2], rawData: new Uint8Array(new Uint16Array([0x3c00, 0xc000, 0x3800, 0x0001]).buffer) };
    const constNode = { opType: "Constant", output: ["k.weight"], attribute: [{ name: "value", type: 4, t: doubleTensor("", [1, 2, 3, 4, 5, 6], [3, 2]) }] };
    const m = model(
      [constNode, { opType: "MatMul", input: ["X", "h.weight"], output: ["a"] }, { opType: "MatMul", input: ["a", "k.weight"], output: ["Y"] }],
      [f16],
    );
    const { weights } = readOnnxWeights(m);
    expect(weights.map((w) => [w.name, w.node, Array.from(w.data)])).toEqual([
      ["h.weight", "MatMul_1", [1, -2, 0.5, 2 ** -24]],
      ["k.weight", "MatMul_2", [1, 2, 3, 4, 5, 6]],
    ]);
    expect(weights[1]!.data).toBeInstanceOf(Float64Array);
  });

  it("reads external data through the reader it is given, and says what to do without one", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmareg-onnx-"));
    const values = new Float32Array([1, 2, 3, 4, 5, 6]);
    writeFileSync(join(dir, "weights.bin"), new Uint8Array(Buffer.concat([Buffer.alloc(8), Buffer.from(values.buffer)])));
    const ext = {
      name: "ext.weight",
      dataType: DataType.FLOAT,
      dims: [2, 3],
      dataLocation: 1,
      externalData: [
        { key: "location", value: "weights.bin" },
        { key: "offset", value: "8" },
        { key: "length", value: "24" },
      ],
    };
    const m = model([{ name: "fc", opType: "Gemm", input: ["X", "ext.weight"], output: ["Y"], attribute: [{ name: "transB", type: ATTR_INT, i: 1 }] }], [ext]);
    const { weights } = readOnnxWeights(m, { readExternal: (loc) => readFileSync(join(dir, loc)) });
    expect(Array.from(weights[0]!.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expectParse(() => readOnnxWeights(m), /external file weights\.bin/);
  });

  it("skips ConvTranspose, integer and batched weights with a reason", () => {
    const int8 = { name: "q.weight", dataType: DataType.INT32, dims: [2, 2], int32Data: [1, 2, 3, 4] };
    const m = model(
      [
        { opType: "ConvTranspose", input: ["X", "t.weight"], output: ["a"] },
        { opType: "MatMul", input: ["a", "q.weight"], output: ["b"] },
        { opType: "MatMul", input: ["b", "b3.weight"], output: ["Y"] },
      ],
      [randomInitializer("t.weight", [3, 4, 2, 2], 8), int8, randomInitializer("b3.weight", [2, 3, 4], 9)],
    );
    const r = readOnnxWeights(m);
    expect(r.weights).toEqual([]);
    expect(r.skipped.map((s) => s.name)).toEqual(["t.weight", "q.weight", "b3.weight"]);
  });

  it("rejects bytes that are not an ONNX model, and inconsistent data, with PARSE errors", () => {
    expectParse(() => readOnnxWeights(new TextEncoder().encode('{"format": "layers-model"}')), /not an ONNX model/);
    expectParse(() => readOnnxWeights(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])), /not an ONNX model/);
    expectParse(() => readOnnxWeights(new Uint8Array(0)), /not an ONNX model/);
    const short = { name: "s.weight", dataType: DataType.FLOAT, dims: [4, 4], rawData: new Uint8Array(12) };
    expectParse(() => readOnnxWeights(model([{ opType: "MatMul", input: ["X", "s.weight"], output: ["Y"] }], [short])), /3 values for shape \[4, 4\]/);
  });
});
