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
  /**
   * Append the op's ONNX nodes; returns one value name per output. `used` holds the
   * outputs the graph reads: an op may skip the nodes of an output nobody reads (and
   * return `""` for it). `readers(i)` names the ops that read output `i` (`"output"` for
   * a graph output), for lowerings whose precision needs depend on what follows.
   */
  lower(g: GraphBuilder, inputs: readonly LoweredValue[], attrs: Attrs, used: ReadonlySet<number>, readers: (output: number) => readonly string[]): string[];
  /**
   * Lower without a scope named after the op: a fused op that writes the nodes of several
   * contract ops under their own scope names (`mmaExact`), so its graph is the composed one.
   */
  unscoped?: boolean;
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

/**
 * A float32 `[n, n]` matrix holding `values_k` at `(k, columns_k)` and 0 elsewhere (one
 * entry per row, as a pair matrix of chosen partners): one `ScatterElements` of the
 * `[n, 1]` values into zeros at the `[n, 1]` int64 columns. Each row gets one update, so
 * no two meet (opset 13's scatter has no reduction and needs none here).
 */
export function rowEntries(g: GraphBuilder, n: number, columns: string, values: string, local: string): string {
  return g.op("ScatterElements", [g.f32Zeros([n, n]), columns, values], { axis: 1 }, local);
}

/** The float32 reductions written through {@link floatReduce}. */
export type FloatReduction = "ReduceSum" | "ReduceSumSquare" | "ReduceMax" | "ReduceMin";

/**
 * A reduction of a float32 value over `axes` (opset 13: `ReduceSum` takes its axes as an
 * input, the others as an attribute).
 *
 * WebGPU forms ({@link GraphBuilder.webgpu}): the value gets a leading unit axis first
 * (`Unsqueeze` 0, reduce, `Squeeze` 0). ONNX Runtime Web's WebGPU reductions take a
 * "naive" kernel when the leading kept axis is longer than 1024, and that kernel's shader
 * has the reduced length written into it while its cache key holds only the input rank:
 * a later reduction of the same rank and a different length reuses the first one's loop
 * bound. With a leading axis of 1 the shared-memory kernel runs, whose length is a
 * uniform.
 */
export function floatReduce(g: GraphBuilder, op: FloatReduction, x: string, axes: readonly number[], keepdims: 0 | 1, local: string): string {
  const emit = (input: string, ax: readonly number[], name: string): string =>
    op === "ReduceSum" ? g.op(op, [input, g.i64(ax)], { keepdims }, name) : g.op(op, [input], { axes: [...ax], keepdims }, name);
  if (!g.webgpu) return emit(x, axes, local);
  const lifted = g.op("Unsqueeze", [x, g.i64([0])], {}, `${local}_lifted_input`);
  const reduced = emit(lifted, axes.map((a) => a + 1), `${local}_lifted`);
  return g.op("Squeeze", [reduced, g.i64([0])], {}, local);
}

/**
 * The sum of squares of a float32 value over `axes`: `ReduceSum(Mul(x, x))`. ONNX
 * Runtime's CPU `ReduceSumSquare` over the last axis is about 1.5x slower than that pair
 * (1.41 vs 0.90 ms on `[512, 4608]`, one thread; `scripts/profile.mjs`). The WebGPU forms
 * keep `ReduceSumSquare` ({@link floatReduce}).
 */
export function sumSquares(g: GraphBuilder, x: string, axes: readonly number[], keepdims: 0 | 1, local: string): string {
  if (g.webgpu) return floatReduce(g, "ReduceSumSquare", x, axes, keepdims, local);
  return reduceSum(g, g.op("Mul", [x, x], {}, `${local}_squares`), axes, keepdims, local);
}

/**
 * The column of the first (lowest-index) maximum of each row of a float32 `[n, m]`
 * matrix, as int64 `[n]`: `ArgMax` with `select_last_index = 0`.
 *
 * WebGPU forms: ONNX Runtime Web's WebGPU `ArgMax` writes the row length of the first
 * matrix it ran on into its shader and caches that shader by input rank only, so every
 * later matrix of another width is searched over the wrong columns. Instead: the row max
 * (`rowMax`, `[n]`, or a `ReduceMax` here), then the smallest column position whose entry
 * equals it (`ReduceMin` of `Where(x == max, position, m)`, positions as float32, exact
 * below 2^24 columns), cast to int64. A row with no maximum (NaN) gives 0.
 */
export function firstArgMax(g: GraphBuilder, x: string, rowMax?: string): string {
  if (!g.webgpu) return g.op("ArgMax", [x], { axis: 1, keepdims: 0, select_last_index: 0 }, "argmax");
  return g.scope("argmax", () => {
    const max = rowMax === undefined ? floatReduce(g, "ReduceMax", x, [1], 1, "max") : column(g, rowMax);
    const width = g.op("Cast", [g.op("Gather", [g.op("Shape", [x], {}, "shape"), g.i64([1], [])], { axis: 0 }, "width")], { to: DataType.FLOAT }, "width_f32");
    const positions = g.op("Range", [g.f32(0), width, g.f32(1)], {}, "positions");
    const candidates = g.op("Where", [g.op("Equal", [x, max], {}, "is_max"), positions, width], {}, "candidates");
    const first = floatReduce(g, "ReduceMin", candidates, [1], 0, "first");
    const found = g.op("Where", [g.op("Equal", [first, width], {}, "none"), g.f32(0), first], {}, "first_or_zero");
    return g.op("Cast", [found], { to: DataType.INT64 }, "index");
  });
}
