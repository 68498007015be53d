import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, normalize } from "node:path";
import { MMARegError } from "@mmareg/core";
import type { LayerWeight, ModelReader } from "./types.js";

/** Read an initializer's external data file, which must lie next to (or below) the model. */
function externalReader(file: string): (location: string) => Uint8Array {
  return (location) => {
    const rel = normalize(location);
    if (isAbsolute(rel) || rel.startsWith("..")) {
      throw new MMARegError("PARSE", `${file}: external data location ${location} points outside the model's folder`);
    }
    try {
      return readFileSync(join(dirname(file), rel));
    } catch (e) {
      throw new MMARegError("PARSE", `${file}: cannot read its external data file ${location}: ${(e as Error).message}`);
    }
  };
}

/**
 * ONNX models (`.onnx`): the float weights of Conv (`[out, in, kh, kw]`, layout
 * `conv-oihw`), Gemm (`transB = 1`: `[out, in]`, layout `rows`; `transB = 0`: `[in, out]`,
 * layout `dense`) and MatMul nodes (a weight on the right is `[in, out]`, `dense`),
 * including external data stored next to the model.
 */
export const onnxModelReader: ModelReader = {
  format: "ONNX model (.onnx)",
  matches: (file) => file.toLowerCase().endsWith(".onnx"),
  async read(file) {
    const { readOnnxWeights } = await import("@mmareg/onnx");
    let found;
    try {
      found = readOnnxWeights(readFileSync(file), { readExternal: externalReader(file) });
    } catch (e) {
      if (e instanceof MMARegError && !e.message.includes(file)) throw new MMARegError(e.code, `${file}: ${e.message}`, e.context);
      throw e;
    }
    const { weights, skipped, nodeCount, opTypes } = found;
    if (weights.length === 0) {
      const why = skipped.length > 0 ? `; left out: ${skipped.map((s) => `${s.name} (${s.reason})`).join(", ")}` : "";
      throw new MMARegError(
        "PARSE",
        `${file}: no weight matrices to inspect: none of its ${nodeCount} nodes (${opTypes.join(", ") || "none"}) is a Conv, Gemm or MatMul with a float initializer as its weight${why}`,
      );
    }
    return weights.map((w): LayerWeight => ({ name: w.name, data: w.data, shape: w.shape, layout: w.layout, kind: w.opType }));
  },
};
