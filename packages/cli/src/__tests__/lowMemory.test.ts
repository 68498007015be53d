import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createCpuBackend, evaluateLossSync, gaussianMatrix } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import { applyLowMemory, LOW_MEMORY_V8_FLAG } from "../lowMemory.js";
import { runMma, tempFile } from "./helpers.js";

/** Run `mma` in-process with a spy in place of `v8.setFlagsFromString` (the test worker's V8 is left alone). */
async function runWithSpy(argv: string[]): Promise<{ code: number; out: string; err: string; flags: string[] }> {
  const flags: string[] = [];
  return { ...(await runMma(argv, false, { setV8Flag: (f) => void flags.push(f) })), flags };
}

describe("mma loss --low-memory", { timeout: 60_000 }, () => {
  const w = gaussianMatrix(12, 5, 41);
  const file = tempFile("w.json", JSON.stringify({ shape: [12, 5], data: Array.from(w) }));
  const want = evaluateLossSync(createCpuBackend(), { data: w, shape: [12, 5] });

  it("on onnx-wasm sets V8's baseline-only WebAssembly flag before the backend starts, and says so", async () => {
    const r = await runWithSpy(["loss", file, "--backend", "onnx-wasm", "--low-memory", "--json"]);
    expect(r.code, r.err).toBe(0);
    expect(r.flags).toEqual([LOW_MEMORY_V8_FLAG]);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ backend: "onnx-wasm", lowMemory: true });
    expect(Math.abs(j.loss - want.loss)).toBeLessThan(1e-5);
    const human = await runWithSpy(["loss", file, "--backend", "onnx-wasm", "--low-memory"]);
    expect(human.out).toMatch(/backend +onnx-wasm \(float32; --low-memory: WebAssembly by V8's baseline compiler only\)/);
  });

  it("leaves the backends that already fit alone, and the flag off unless asked", async () => {
    const cpu = await runWithSpy(["loss", file, "--low-memory", "--json"]);
    expect(cpu.code, cpu.err).toBe(0);
    expect(cpu.flags).toEqual([]);
    expect(JSON.parse(cpu.out)).toMatchObject({ backend: "cpu", lowMemory: false });
    const plain = await runWithSpy(["loss", file, "--backend", "onnx-wasm", "--json"]);
    expect(plain.flags).toEqual([]);
    expect(JSON.parse(plain.out).lowMemory).toBeUndefined();
    expect(applyLowMemory("wasm", () => expect.unreachable())).toBe(false);
    expect(applyLowMemory("tfjs-wasm", () => expect.unreachable())).toBe(false);
  });

  it("gives the same loss and gradient when V8 really runs onnxruntime-web on its baseline compiler only", () => {
    // a child process: the flag is process-wide, so it must not touch this worker
    const script = `
      import { setFlagsFromString } from "node:v8";
      setFlagsFromString(${JSON.stringify(LOW_MEMORY_V8_FLAG)});
      const { createOnnxBackend } = await import("@mmareg/onnx");
      const ort = await import("onnxruntime-web");
      const { evaluateLoss } = await import("@mmareg/core");
      const b = await createOnnxBackend({ ort });
      const w = JSON.parse(process.argv[1]);
      const r = await evaluateLoss(b, { data: Float32Array.from(w), shape: [12, 5] });
      console.log(JSON.stringify({ loss: r.loss, grad: Array.from(r.grad) }));
      await b.close();`;
    const cwd = fileURLToPath(new URL("../..", import.meta.url));
    const got = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(Array.from(w))], { cwd, encoding: "utf8" }));
    expect(Math.abs(got.loss - want.loss)).toBeLessThan(1e-5);
    expect(Math.max(...want.grad.map((g, i) => Math.abs(g - got.grad[i])))).toBeLessThan(1e-5);
  });
});
