import { MMARegError, type UnaryOp } from "@mmareg/core";
import { polyAcos } from "./accurateMath.js";
import { asFloat, type OpDef } from "./opDef.js";

const ONNX_UNARY: Record<UnaryOp, string | null> = {
  neg: "Neg",
  abs: "Abs",
  sqrt: "Sqrt",
  square: null, // x * x: exact like the CPU backend's, where Pow(x, 2) need not be
  reciprocal: "Reciprocal",
  acos: "Acos",
  log: "Log",
  exp: "Exp",
};

/** Elementwise named function of one argument. */
export const unary: OpDef = {
  infer([a], { op }) {
    if (!Object.hasOwn(ONNX_UNARY, op as string)) {
      throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: "onnx" });
    }
    return [{ shape: a!.shape, kind: "float" }];
  },
  lower(g, [a], { op }) {
    const x = asFloat(g, a!);
    const onnxOp = ONNX_UNARY[op as UnaryOp];
    // WebGPU forms: WGSL's acos builtin is an approximation (accurateMath.ts)
    if (op === "acos" && g.webgpu) return [polyAcos(g, x)];
    return [onnxOp === null ? g.op("Mul", [x, x], {}, "square") : g.op(onnxOp, [x], {}, op as string)];
  },
};
