import { describe, expect, it, vi } from "vitest";

// A separate file: the mock replaces onnxruntime-node for every import in this module graph.
vi.mock("onnxruntime-node", () => {
  throw new Error("Cannot find package 'onnxruntime-node'");
});

describe("--backend onnx-node without onnxruntime-node installed", () => {
  it("is a one-line usage error (exit 2) naming the package to install", async () => {
    const { runMma, tempFile } = await import("./helpers.js");
    const file = tempFile("w.json", JSON.stringify({ shape: [3, 2], data: [1, 0, 0.8, 0.6, 0, 1] }));
    const r = await runMma(["loss", file, "--backend", "onnx-node"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/onnx-node could not start .*: install @mmareg\/onnx, onnxruntime-node$/m);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
