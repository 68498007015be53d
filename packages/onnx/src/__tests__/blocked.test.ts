// The nearest-neighbour search and the angle statistics over row blocks (a Loop): blocked
// and single-block graphs agree exactly, ties go to the lowest index, the exported model
// with several blocks equals the cpu backend, and angleStats equals a plain reference.
import { evaluateLoss, isMMARegError } from "@mmareg/core";
import { createCpuBackend, evaluateLossSync, gaussianMatrix } from "@mmareg/cpu";
import onnxProto from "onnx-proto";
import * as ort from "onnxruntime-node";
import { afterAll, describe, expect, it } from "vitest";
import { buildLossModel, createOnnxBackend, type OnnxBackend } from "../index.js";

const backends = new Map<number | undefined, Promise<OnnxBackend>>();
/** One onnxruntime-node backend per block size (undefined: the default, one block at these sizes). */
function backend(blockRows?: number): Promise<OnnxBackend> {
  let b = backends.get(blockRows);
  if (!b) {
    b = createOnnxBackend({ runtime: "node", numThreads: 1, ...(blockRows === undefined ? {} : { blockRows }) });
    backends.set(blockRows, b);
  }
  return b;
}
afterAll(async () => {
  for (const b of backends.values()) await (await b).close();
});

/** Gaussian rows with some rows repeated (exact ties: equal cosines to several rows). */
function withTies(n: number, d: number, seed: number): Float64Array {
  const w = gaussianMatrix(n, d, seed);
  for (let i = 3; i < n; i += 4) w.copyWithin(i * d, (i - 3) * d, (i - 2) * d); // row i = row i - 3
  return w;
}

interface Stats {
  value: Float32Array;
  index: Float64Array;
  above?: Float32Array;
}

async function nearest(b: OnnxBackend, w: Float64Array, n: number, d: number): Promise<Stats> {
  const { unit } = b.normalizeRows(b.tensor(w, [n, d]), null);
  const nn = b.nearestNeighbors(unit, "exclude");
  const [value, index] = await Promise.all([b.read(nn.value), b.read(nn.index)]);
  return { value: value as Float32Array, index: index as Float64Array };
}

async function stats(b: OnnxBackend, w: Float64Array, n: number, d: number, threshold: number, absolute: boolean): Promise<Required<Stats>> {
  const { unit } = b.normalizeRows(b.tensor(w, [n, d]), null);
  const s = b.angleStats!(unit, threshold, absolute);
  const [value, index, above] = await Promise.all([b.read(s.value), b.read(s.index), b.read(s.above)]);
  return { value: value as Float32Array, index: index as Float64Array, above: above as Float32Array };
}

/** The float64 reference: unit rows, each row's lowest-index nearest other row, counts above the threshold. */
function reference(w: Float64Array, n: number, d: number, threshold: number, absolute: boolean) {
  const u = new Float64Array(w.length);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += w[i * d + k]! ** 2;
    for (let k = 0; k < d; k++) u[i * d + k] = w[i * d + k]! / Math.sqrt(s);
  }
  const cos = (i: number, j: number) => {
    let s = 0;
    for (let k = 0; k < d; k++) s += u[i * d + k]! * u[j * d + k]!;
    return s;
  };
  const index: number[] = [];
  const above: number[] = [];
  let closest = Infinity; // how near any cosine comes to the threshold
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let at = 0;
    let count = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const c = cos(i, j);
      if (c > best + 1e-9) [best, at] = [c, j];
      const v = absolute ? Math.abs(c) : c;
      closest = Math.min(closest, Math.abs(v - threshold));
      if (v > threshold) count++;
    }
    index.push(at);
    above.push(count);
  }
  return { index, above, closest };
}

// up to UNROLLED_BLOCKS (8) blocks the search is written out block by block; more take the Loop
const SIZES = [
  [2, 3, 1],
  [7, 4, 2],
  [13, 5, 4],
  [40, 6, 7],
  [65, 8, 16],
  [40, 6, 3],
  [65, 8, 5],
] as const;

describe("blocked nearest-neighbour search (row blocks: written out, or a Loop)", () => {
  for (const [n, d, block] of SIZES) {
    it(`${n} x ${d}, blocks of ${block} rows (${Math.ceil(n / block) > 8 ? "a Loop" : "written out"}): the same neighbours, cosines, loss and gradient as one block, bit for bit`, async () => {
      const w = withTies(n, d, 100 + n);
      const one = await nearest(await backend(), w, n, d);
      const many = await nearest(await backend(block), w, n, d);
      expect(Array.from(many.index)).toEqual(Array.from(one.index));
      expect(Array.from(many.value)).toEqual(Array.from(one.value));
      const a = await evaluateLoss(await backend(), { data: w, shape: [n, d] }, { loss: "mma" });
      const b = await evaluateLoss(await backend(block), { data: w, shape: [n, d] }, { loss: "mma" });
      expect(b.loss).toBe(a.loss);
      expect(Array.from(b.grad)).toEqual(Array.from(a.grad));
    });
  }

  it("one intra-op thread: from 512 rows the search takes blocks of 128 rows (written out: no Loop, one ArgMax per block), with one block's results bit for bit", async () => {
    const [n, d] = [520, 6];
    const w = withTies(n, d, 31);
    const single = await backend(); // numThreads: 1
    const { unit } = single.normalizeRows(single.tensor(w, [n, d]), null);
    const graph = onnxProto.onnx.ModelProto.decode(single.modelFor({ index: single.nearestNeighbors(unit, "exclude").index })).graph!;
    expect((graph.node ?? []).some((x) => x.opType === "Loop")).toBe(false);
    expect((graph.node ?? []).filter((x) => x.opType === "Split")).toHaveLength(2); // the rows into blocks, block 0's cosines by columns
    expect((graph.node ?? []).filter((x) => x.opType === "ArgMax")).toHaveLength(5); // each block's whole rows
    expect((graph.node ?? []).filter((x) => x.opType === "Gemm")).toHaveLength(1 + 4 + 3 + 2 + 1); // five blocks (520 = 4 x 128 + 8): all rows, then each block with itself and every later block
    const one = await backend(n); // blockRows >= n: one block, no Loop
    const a = await evaluateLoss(one, { data: w, shape: [n, d] }, { loss: "mma" });
    const b = await evaluateLoss(single, { data: w, shape: [n, d] }, { loss: "mma" });
    expect(b.loss).toBe(a.loss);
    expect(Array.from(b.grad)).toEqual(Array.from(a.grad));
  });

  it("ties go to the lowest index across and within blocks", async () => {
    // rows 0, 4, 8 and 12 equal; rows 1, 5, 9 equal; the others far apart
    const n = 14;
    const d = 5;
    const w = gaussianMatrix(n, d, 7);
    for (const [from, to] of [
      [0, 4],
      [0, 8],
      [0, 12],
      [1, 5],
      [1, 9],
    ]) {
      w.copyWithin(to! * d, from! * d, (from! + 1) * d);
    }
    for (const block of [1, 3, 5]) {
      const { index } = await nearest(await backend(block), w, n, d);
      expect([index[0], index[4], index[8], index[12], index[1], index[5], index[9]]).toEqual([4, 0, 0, 0, 5, 1, 1]);
    }
  });

  it("the exported model with several blocks (fixed and symbolic rows), run by onnxruntime-node, equals the cpu backend", async () => {
    const cpu = createCpuBackend();
    for (const rows of [23, "N"] as const) {
      const bytes = buildLossModel({ loss: "mma", rows, cols: 6, blockRows: 5 });
      const session = await ort.InferenceSession.create(bytes, { executionProviders: ["cpu"], intraOpNumThreads: 1 });
      for (const n of rows === "N" ? [2, 9, 23] : [23]) {
        const w = gaussianMatrix(n, 6, 40 + n);
        const out = await session.run({ W: new ort.Tensor("float32", Float32Array.from(w), [n, 6]) });
        const want = evaluateLossSync(cpu, { data: w, shape: [n, 6] }, { loss: "mma" });
        expect(Math.abs((out.loss!.data as Float32Array)[0]! - want.loss)).toBeLessThan(1e-5);
        const grad = out.grad!.data as Float32Array;
        const scale = Math.max(...want.grad.map(Math.abs));
        expect(Math.max(...want.grad.map((g, i) => Math.abs(g - grad[i]!)))).toBeLessThan(1e-5 * scale);
      }
      await session.release();
    }
    expect(() => buildLossModel({ loss: "mma", rows: 8, cols: 3, blockRows: 0 })).toThrow(/blockRows/);
  });

  it("rejects a bad blockRows with a typed error", async () => {
    const e = await createOnnxBackend({ runtime: "node", blockRows: 1.5 }).catch((x: unknown) => x);
    expect(isMMARegError(e) && e.code).toBe("BAD_OPTION");
  });
});

describe("angleStats: nearest row and counts above a threshold in one blocked pass", () => {
  const cases = [
    { n: 30, d: 4, threshold: 0.5, absolute: false, block: 4 },
    { n: 30, d: 4, threshold: 0.5, absolute: true, block: 7 },
    { n: 17, d: 3, threshold: -0.2, absolute: false, block: undefined },
    { n: 9, d: 12, threshold: 0.1, absolute: true, block: 2 },
  ];
  for (const { n, d, threshold, absolute, block } of cases) {
    it(`${n} x ${d}, cos ${absolute ? "|.|" : ""} > ${threshold}, blocks of ${block ?? "all"} rows: equals the plain float64 reference and nearestNeighbors`, async () => {
      const w = gaussianMatrix(n, d, 300 + n + d);
      const want = reference(w, n, d, threshold, absolute);
      // no cosine so near the threshold that float32 rounding could move it across
      expect(want.closest).toBeGreaterThan(1e-4);
      const b = await backend(block);
      const got = await stats(b, w, n, d, threshold, absolute);
      expect(Array.from(got.above)).toEqual(want.above);
      expect(Array.from(got.index)).toEqual(want.index);
      const nn = await nearest(b, w, n, d);
      expect(Array.from(got.value)).toEqual(Array.from(nn.value));
      expect(Array.from(got.index)).toEqual(Array.from(nn.index));
    });
  }

  it("onnxruntime-web (wasm) runs the same loop: the same rows and counts", async () => {
    const wasm = await createOnnxBackend({ blockRows: 3 });
    try {
      const w = gaussianMatrix(11, 5, 21);
      const want = reference(w, 11, 5, 0.3, true);
      expect(want.closest).toBeGreaterThan(1e-4);
      const got = await stats(wasm, w, 11, 5, 0.3, true);
      expect(Array.from(got.above)).toEqual(want.above);
      expect(Array.from(got.index)).toEqual(want.index);
      const native = await stats(await backend(3), w, 11, 5, 0.3, true);
      expect(Math.max(...Array.from(got.value, (v, i) => Math.abs(v - native.value[i]!)))).toBeLessThan(1e-6);
    } finally {
      await wasm.close();
    }
  });

  it("the Loop counts with Where, never Cast (onnxruntime-web's Cast is one huge wasm function: optimizing it once it is hot took 217 MB)", async () => {
    const b = await backend(4);
    for (const absolute of [false, true]) {
      const { unit } = b.normalizeRows(b.tensor(gaussianMatrix(30, 4, 5), [30, 4]), null);
      const graph = onnxProto.onnx.ModelProto.decode(b.modelFor({ above: b.angleStats!(unit, 0.5, absolute).above })).graph!;
      const loop = (graph.node ?? []).find((x) => x.opType === "Loop");
      const body = loop?.attribute?.find((a) => a.name === "body")?.g?.node ?? [];
      const ops = body.map((x) => x.opType);
      expect(ops).toContain("MatMul");
      expect(ops).not.toContain("Cast");
      expect(body.find((x) => x.name?.endsWith("hit_counts"))?.opType).toBe("Where");
      // the masked cosines already exclude the lower triangle: |cos| needs the mask again
      expect(ops.filter((x) => x === "And")).toHaveLength(absolute ? 1 : 0);
    }
  });

  it("counts duplicates (cosine 1) and opposite rows (|cos| 1) once per pair; one row has none", async () => {
    const d = 3;
    const w = Float64Array.from([1, 0, 0, 2, 0, 0, -1, 0, 0, 0, 1, 0, 0, 0, 1]);
    const b = await backend(2);
    const plain = await stats(b, w, 5, d, 0.99, false);
    expect(Array.from(plain.above)).toEqual([1, 1, 0, 0, 0]);
    const abs = await stats(b, w, 5, d, 0.99, true);
    expect(Array.from(abs.above)).toEqual([2, 2, 2, 0, 0]);
    expect(Array.from(abs.index.slice(0, 2))).toEqual([1, 0]);
    const single = await stats(b, Float64Array.from([3, 4]), 1, 2, 0, false);
    expect([single.value[0], single.index[0], single.above[0]]).toEqual([-Infinity, 0, 0]);
  });
});
