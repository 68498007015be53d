// The memory plan of a run on onnxruntime-node's CPU provider (runtime/memoryPlan.ts):
// large inputs get row blocks of 2^20 cosines, and runs that return one value per row run
// without ONNX Runtime's CPU arena; results do not change.
import { evaluateLoss } from "@mmareg/core";
import { gaussianMatrix } from "@mmareg/cpu";
import onnxProto from "onnx-proto";
import * as ort from "onnxruntime-node";
import { afterAll, describe, expect, it } from "vitest";
import { createOnnxBackend, type OnnxBackend } from "../index.js";
import type { OrtModule } from "../runtime/ortTypes.js";
import { runMemoryPlan } from "../runtime/memoryPlan.js";

describe("runMemoryPlan", () => {
  it("keeps the defaults off the native CPU provider, with a given blockRows, and while one block holds rows^2 <= 2^22 cosines", () => {
    expect(runMemoryPlan(false, undefined, 10575, [[10575]])).toEqual({ blockRows: undefined, cpuArena: true });
    expect(runMemoryPlan(true, 300, 10575, [[10575]])).toEqual({ blockRows: 300, cpuArena: true });
    expect(runMemoryPlan(true, undefined, 2048, [[2048]])).toEqual({ blockRows: undefined, cpuArena: true });
  });
  it("large inputs: blocks of floor(2^20 / rows) rows; no arena only when every output is one value per row", () => {
    expect(runMemoryPlan(true, undefined, 10575, [[10575], [10575], [10575, 1]])).toEqual({ blockRows: 99, cpuArena: false });
    expect(runMemoryPlan(true, undefined, 10575, [[], [10575, 512]])).toEqual({ blockRows: 99, cpuArena: true });
    expect(runMemoryPlan(true, undefined, 2049, [[]])).toEqual({ blockRows: 511, cpuArena: false });
    expect(runMemoryPlan(true, undefined, 2000000, [[]]).blockRows).toBe(1);
  });
});

/** onnxruntime-node, recording every session's options and model. */
function recording(): { module: OrtModule; sessions: { options: Record<string, unknown>; model: Uint8Array }[] } {
  const sessions: { options: Record<string, unknown>; model: Uint8Array }[] = [];
  const module = {
    env: ort.env,
    Tensor: ort.Tensor,
    InferenceSession: {
      create(model: Uint8Array, options?: Record<string, unknown>) {
        sessions.push({ options: options ?? {}, model });
        return ort.InferenceSession.create(model, options);
      },
    },
  } as unknown as OrtModule;
  return { module, sessions };
}

/** Names of the graph's constants (the graph builder names an int64 constant `..i64_<values>`). */
function constantNames(model: Uint8Array): string[] {
  const graph = onnxProto.onnx.ModelProto.decode(model).graph!;
  return [...(graph.initializer ?? []).map((t) => t.name ?? ""), ...(graph.node ?? []).flatMap((x) => x.output ?? [])];
}

describe("a large input on onnxruntime-node (2100 rows: 2100^2 > 2^22)", () => {
  const [n, d] = [2100, 3];
  const w = gaussianMatrix(n, d, 5);
  const rec = recording();
  const planned = createOnnxBackend({ runtime: rec.module, numThreads: 1 });
  const oneBlock = createOnnxBackend({ runtime: "node", numThreads: 1, blockRows: n });
  afterAll(async () => {
    await (await planned).close();
    await (await oneBlock).close();
  });
  async function stats(b: OnnxBackend) {
    const { unit } = b.normalizeRows(b.tensor(w, [n, d]), null);
    const s = b.angleStats!(unit, 0.5, true);
    return Promise.all([b.read(s.value), b.read(s.index), b.read(s.above)]);
  }

  it("the angle statistics run in blocks of 499 rows without the CPU arena, equal to one block", async () => {
    const b = await planned;
    const got = await stats(b);
    const want = await stats(await oneBlock);
    expect(got.map((x) => Array.from(x))).toEqual(want.map((x) => Array.from(x)));
    const s = rec.sessions.at(-1)!;
    expect(s.options.enableCpuMemArena).toBe(false);
    const names = constantNames(s.model);
    expect(names.some((x) => x.endsWith("i64_499"))).toBe(true);
    expect(names.some((x) => x.endsWith("i64_1997"))).toBe(false); // the graphs' default: floor(2^22 / 2100)
  });

  it("the loss and its gradient (an [n, d] output) keep the arena, blocks of 499 rows, equal to one block", async () => {
    const b = await planned;
    const got = await evaluateLoss(b, { data: w, shape: [n, d] }, { loss: "mma" });
    const want = await evaluateLoss(await oneBlock, { data: w, shape: [n, d] }, { loss: "mma" });
    expect(got.loss).toBe(want.loss);
    expect(Array.from(got.grad)).toEqual(Array.from(want.grad));
    const s = rec.sessions.at(-1)!;
    expect(s.options.enableCpuMemArena).not.toBe(false);
    expect(constantNames(s.model).some((x) => x.endsWith("i64_499"))).toBe(true);
  });
});
