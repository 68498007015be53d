import { evaluateLoss, isMMARegError, MMARegError } from "@mmareg/core";
import { createCpuBackend, evaluateLossSync, gaussianMatrix } from "@mmareg/cpu";
import onnxProto from "onnx-proto";
import * as ortNode from "onnxruntime-node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildLossModel, createOnnxBackend } from "../index.js";

async function failure(p: Promise<unknown>): Promise<MMARegError> {
  try {
    await p;
  } catch (e) {
    // a module graph re-imported after vi.doMock has its own MMARegError class: check the shape
    if (isMMARegError(e) || (e instanceof Error && e.name === "MMARegError")) return e as MMARegError;
    throw e;
  }
  throw new Error("expected a failure");
}

describe("runtimes", () => {
  afterEach(() => {
    vi.doUnmock("onnxruntime-node");
    vi.resetModules();
  });

  it("runs on onnxruntime-node by name or by module, named onnx-node, equal to the cpu backend", async () => {
    const w = { data: gaussianMatrix(24, 10, 3), shape: [24, 10] };
    const want = evaluateLossSync(createCpuBackend(), w, { loss: "mma" });
    for (const runtime of ["node", ortNode] as const) {
      const b = await createOnnxBackend({ runtime, numThreads: 2 });
      expect(b.name).toBe("onnx-node");
      expect(b.threads).toBe(2); // what `mma bench` prints
      const got = await evaluateLoss(b, w, { loss: "mma" });
      expect(Math.abs(got.loss - want.loss)).toBeLessThan(1e-6);
      expect(Math.max(...want.grad.map((g, i) => Math.abs(g - got.grad[i]!)))).toBeLessThan(1e-5);
      expect(b.stats()).toMatchObject({ sessions: 1, runs: 1 });
      await b.close();
    }
  });

  it("names the package to install when a runtime is missing, and rejects unknown names and thread counts", async () => {
    vi.doMock("onnxruntime-node", () => {
      throw new Error("Cannot find package 'onnxruntime-node'");
    });
    const { createOnnxBackend: fresh } = await import("../index.js");
    const e = await failure(fresh({ runtime: "node" }));
    expect(e.code).toBe("BACKEND");
    expect(e.message).toMatch(/onnxruntime-node could not be loaded .*npm install onnxruntime-node/);
    expect(e.context.backend).toBe("onnx-node");
    expect((await failure(createOnnxBackend({ runtime: "python" as "node" }))).code).toBe("BAD_OPTION");
    expect((await failure(createOnnxBackend({ runtime: "node", numThreads: 0 }))).code).toBe("BAD_OPTION");
  });
});

describe("the lean exact-MMA graph", () => {
  it("has no Cast, float64, n x n mask or ArgMax in its main graph, and agrees with the cpu backend", async () => {
    const bytes = buildLossModel({ loss: "mma", rows: "N", cols: 6 });
    const graph = onnxProto.onnx.ModelProto.decode(bytes).graph!;
    const ops = graph.node!.map((n) => n.opType);
    for (const op of ["EyeLike", "ArgMax"]) expect(ops, op).not.toContain(op);
    // Casts only for the [n] angle sum (float64, rounded once) and the symbolic row count
    const casts = graph.node!.filter((n) => n.opType === "Cast").map((n) => n.name);
    expect(casts.every((name) => /^mma\/(sum|rows)\//.test(name ?? "")), casts.join(", ")).toBe(true);
    expect((graph.initializer ?? []).every((t) => t.dataType !== 11)).toBe(true); // no DOUBLE constants outside the If branch
    const session = await ortNode.InferenceSession.create(bytes, { intraOpNumThreads: 1 });
    for (const n of [2, 3, 30]) {
      const data = gaussianMatrix(n, 6, 40 + n);
      const out = await session.run({ W: new ortNode.Tensor("float32", Float32Array.from(data), [n, 6]) });
      const want = evaluateLossSync(createCpuBackend(), { data, shape: [n, 6] }, { loss: "mma" });
      expect(Math.abs((out.loss!.data as Float32Array)[0]! - want.loss)).toBeLessThan(2e-6);
      const grad = out.grad!.data as Float32Array;
      expect(Math.max(...want.grad.map((g, i) => Math.abs(g - grad[i]!)))).toBeLessThan(1e-5 * Math.max(1, ...want.grad.map(Math.abs)));
    }
    await session.release();
  });

  it("takes the float64 norms for rows whose squares leave float32's range, and explicit sums near pi", async () => {
    const b = await createOnnxBackend({ runtime: "node", numThreads: 1 });
    const base = gaussianMatrix(7, 4, 9);
    // rows scaled far beyond float32's squares (1e25^2 overflows, 1e-25^2 underflows)
    const scaled = base.map((v, i) => v * [1e25, 1e-25, 1, 3e18, 1e-17, 1, 1][Math.floor(i / 4)]!);
    // a nearly antipodal pair (170 degrees) as the only pair of a 2-row matrix
    const t = (170 * Math.PI) / 180;
    const wide = Float64Array.from([1, 0, 0, Math.cos(t), Math.sin(t), 0]);
    for (const [data, shape] of [[scaled, [7, 4]], [wide, [2, 3]]] as const) {
      const got = await evaluateLoss(b, { data, shape: [...shape] }, { loss: "mma" });
      const want = evaluateLossSync(createCpuBackend(), { data, shape: [...shape] }, { loss: "mma" });
      expect(Math.abs(got.loss - want.loss)).toBeLessThan(2e-6);
      // gradients scale as 1 / |w_i|: compare each row relative to its own size
      const d = shape[1];
      for (let i = 0; i < shape[0]; i++) {
        const row = (g: ArrayLike<number>) => Array.from({ length: d }, (_, k) => g[i * d + k]!);
        const scale = Math.max(...row(want.grad).map(Math.abs));
        const err = Math.max(...row(got.grad).map((g, k) => Math.abs(g - row(want.grad)[k]!)));
        expect(err, `row ${i}`).toBeLessThanOrEqual(1e-5 * scale);
      }
    }
    await b.close();
  });
});
