import { MMARegError } from "@mmareg/core";
import type { GraphBuilder, LoweredValue } from "../graph/graphBuilder.js";
import { DataType } from "../proto.js";
import type { OutputSpec, TraceAttr, TraceTensor } from "../trace/traceTensor.js";

/** The attributes a contract op was recorded with. */
export type Attrs = Readonly<Record<string, TraceAttr>>;

/**
 * One contract op of the ONNX backend: its shape rule (checked when the op is recorded,
 * so shape errors surface where core calls the op) and its lowering to opset-13 nodes.
 */
export interface OpDef {
  /** Output shapes and kinds; throws `BAD_SHAPE` for inputs the contract does not allow. */
  infer(inputs: readonly TraceTensor[], attrs: Attrs): OutputSpec[];
  /** Append the op's ONNX nodes; returns one value name per output. */
  lower(g: GraphBuilder, inputs: readonly LoweredValue[], attrs: Attrs): string[];
}

/** A `BAD_SHAPE` error naming the op. */
export function shapeError(op: string, message: string): MMARegError {
  return new MMARegError("BAD_SHAPE", `${op}: ${message}`, { backend: "onnx" });
}

/** `[n, d]` of a matrix input, or a typed error. */
export function dims2(t: TraceTensor, op: string): [number, number] {
  if (t.shape.length !== 2) throw shapeError(op, `expects a 2-D tensor, got shape [${t.shape.join(", ")}]`);
  return t.shape as [number, number];
}

/** The length of a vector input, or a typed error. */
export function dims1(t: TraceTensor, op: string): number {
  if (t.shape.length !== 1) throw shapeError(op, `expects a 1-D tensor, got shape [${t.shape.join(", ")}]`);
  return t.shape[0] as number;
}

/** The square size of a matrix input, or a typed error. */
export function square(t: TraceTensor, op: string): number {
  const [n, m] = dims2(t, op);
  if (n !== m) throw shapeError(op, `expects a square matrix, got [${n}, ${m}]`);
  return n;
}

/** The value as float32 (row numbers are cast). */
export function asFloat(g: GraphBuilder, v: LoweredValue): string {
  return v.kind === "float" ? v.name : g.op("Cast", [v.name], { to: DataType.FLOAT }, "as_float");
}

/** The value as int64 row numbers (floats are cast). */
export function asIndex(g: GraphBuilder, v: LoweredValue): string {
  return v.kind === "index" ? v.name : g.op("Cast", [v.name], { to: DataType.INT64 }, "as_index");
}

/** A bool mask of the diagonal of a square matrix (any size, known at run time). */
export function diagonalMask(g: GraphBuilder, square: string): string {
  // ONNX Runtime's EyeLike has no bool output: make a float identity and cast it.
  return g.op("Cast", [g.op("EyeLike", [square], {}, "identity")], { to: DataType.BOOL }, "diagonal");
}

/** `ReduceSum` over `axes` (opset 13 takes the axes as an input); all axes when `null`. */
export function reduceSum(g: GraphBuilder, x: string, axes: readonly number[] | null, keepdims: 0 | 1, local: string): string {
  return g.op("ReduceSum", axes === null ? [x] : [x, g.i64(axes)], { keepdims }, local);
}

/** A `[n]` vector as the `[n, 1]` column that broadcasts along the rows of `[n, d]`. */
export function column(g: GraphBuilder, x: string): string {
  return g.op("Unsqueeze", [x, g.i64([1])], {}, "column");
}
