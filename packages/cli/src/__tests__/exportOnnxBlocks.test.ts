import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCpuBackend, evaluateLossSync, gaussianMatrix } from "@mmareg/cpu";
import * as ort from "onnxruntime-web";
import { describe, expect, it } from "vitest";
import { runMma, tempDir } from "./helpers.js";

describe("mma export-onnx --block-rows", { timeout: 30_000 }, () => {
  it("writes a model whose nearest-neighbour search is a Loop over blocks (nine blocks: more than are written out), equal to the cpu backend", async () => {
    const file = join(tempDir(), "mma-blocks.onnx");
    const r = await runMma(["export-onnx", "--rows", "17", "--cols", "4", "--block-rows", "2", "-o", file]);
    expect(r.code, r.err).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from("Loop"))).toBe(true);
    const session = await ort.InferenceSession.create(bytes);
    const w = gaussianMatrix(17, 4, 11);
    const out = await session.run({ W: new ort.Tensor("float32", Float32Array.from(w), [17, 4]) });
    const want = evaluateLossSync(createCpuBackend(), { data: w, shape: [17, 4] }, { loss: "mma" });
    expect(Math.abs((out.loss!.data as Float32Array)[0]! - want.loss)).toBeLessThan(1e-5);
    const grad = out.grad!.data as Float32Array;
    expect(Math.max(...want.grad.map((g, i) => Math.abs(g - grad[i]!)))).toBeLessThan(1e-5);
    await session.release();
    // without the flag, 17 rows are one block: no Loop
    const plain = join(tempDir(), "mma-plain.onnx");
    expect((await runMma(["export-onnx", "--rows", "17", "--cols", "4", "-o", plain])).code).toBe(0);
    expect(readFileSync(plain).includes(Buffer.from("Loop"))).toBe(false);
  });

  it("refuses a block size that is not a positive integer (exit 2)", async () => {
    const out = join(tempDir(), "x.onnx");
    const r = await runMma(["export-onnx", "--cols", "4", "--block-rows", "0", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--block-rows expects/);
  });
});
