import { evaluateLoss, isMMARegError, MMARegError } from "@mmareg/core";
import { createCpuBackend, evaluateLossSync, gaussianMatrix } from "@mmareg/cpu";
import * as ortNode from "onnxruntime-node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createOnnxBackend } from "../index.js";

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
