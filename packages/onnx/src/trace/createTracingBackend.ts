import { defineBackend, MMARegError, type BackendArray, type BinaryOp, type DefinedBackend, type DiagonalRule, type PairKernel, type UnaryOp } from "@mmareg/core";
import { OPS, type Attrs } from "../ops/index.js";
import { TraceTensor, type TraceAttr, type TraceNode } from "./traceTensor.js";

/** Options of {@link createTracingBackend}. */
export interface TracingBackendOptions {
  /** The backend name reported to core (error messages, results). */
  name: string;
  /** How a traced tensor is read back (build the graph, run it). */
  read(x: TraceTensor): Promise<BackendArray>;
  /** What `close()` frees (compiled sessions); `close()` is idempotent around it. */
  close?(): void | Promise<void>;
  /**
   * Offer the fused `pairAngles` and `mmaExact` (default `true`): exact-mode MMA then
   * traces to the lean graph (README, "How the graphs are built"), as one node. `false` lets core compose it from the
   * primitives (the WebGPU forms do, so their graphs keep the ops documented there).
   */
  pairAngles?: boolean;
  /**
   * Offer the fused `angleStats` (default `true`): one `Loop` over row blocks. `false`
   * lets core compose it (the WebGPU forms do: the loop's `ArgMax` is one of the kernels
   * ONNX Runtime Web's WebGPU provider gets wrong).
   */
  angleStats?: boolean;
}

function record(op: string, inputs: readonly TraceTensor[], attrs: Record<string, TraceAttr> = {}): TraceTensor[] {
  const def = OPS[op];
  if (!def) throw new MMARegError("BACKEND", `internal: no ONNX lowering for ${op}`, { backend: "onnx" });
  const specs = def.infer(inputs, attrs as Attrs);
  const node: TraceNode = { op, inputs, attrs };
  return specs.map((s, i) => new TraceTensor(node, i, s.shape, s.kind));
}

function one(op: string, inputs: readonly TraceTensor[], attrs?: Record<string, TraceAttr>): TraceTensor {
  return record(op, inputs, attrs)[0] as TraceTensor;
}

/** The tracing backend: the contract's ops (`pairAngles` too unless turned off), and an idempotent `close()`. */
export type TracingBackend = DefinedBackend<TraceTensor, typeof TRACED_OPS>;


/**
 * A graph input of the given shape without data: the `W` of an exported model.
 *
 * @example
 * ```ts
 * const w = placeholder("W", [64, 576]);
 * ```
 */
export function placeholder(name: string, shape: readonly number[]): TraceTensor {
  return new TraceTensor({ op: "placeholder", inputs: [], attrs: {}, label: name, shape: [...shape] }, 0, [...shape], "float");
}

/**
 * A {@link Backend} whose ops compute nothing: each records a node and returns a
 * {@link TraceTensor}, so running core's loss code against it traces the loss and its
 * analytic gradient as a graph. Reading is delegated to `options.read`.
 *
 * Tensors uploaded with `tensor(data, shape)` become graph inputs: floats as `float32`,
 * `kind: "index"` vectors as `int64`.
 *
 * @example
 * ```ts
 * const b = createTracingBackend({ name: "trace", read: () => Promise.reject(new Error("no runtime")) });
 * const { loss, grad } = mmaLoss(b, placeholder("W", [8, 3]));
 * ```
 * @throws {@link MMARegError} `BAD_SHAPE` when data does not fill the shape or an op's
 *   inputs do not fit the contract.
 */
export function createTracingBackend(options: TracingBackendOptions): TracingBackend {
  return defineBackend({
    name: options.name,
    dtype: "float32",
    ops: {
      ...TRACED_OPS,
      ...(options.pairAngles === false ? {} : PAIR_ANGLES),
      ...(options.angleStats === false ? {} : ANGLE_STATS),
    },
    tensor(data, shape, kind) {
      // a typed array through the constructor: a bulk copy (Float32Array.from iterates:
      // 25 us instead of 4.5 us for 64 x 576 values)
      const floats = (): Float32Array => (ArrayBuffer.isView(data) ? new Float32Array(data as unknown as ArrayLike<number>) : Float32Array.from(data));
      const values = kind === "index" ? BigInt64Array.from(Array.from(data, (v) => BigInt(v))) : floats();
      return new TraceTensor({ op: "data", inputs: [], attrs: {}, data: values, shape: [...shape] }, 0, [...shape], kind);
    },
    shape: (x: TraceTensor) => x.shape,
    read: (x) => options.read(x),
    ...(options.close ? { close: options.close } : {}),
  });
}

/** Every op records its node: the op table {@link createTracingBackend} binds (shapes checked by core first). */
const TRACED_OPS = {
  normalizeRows(a: TraceTensor, eps: number | null) {
    const [unit, norms] = record("normalizeRows", [a], { eps });
    return { unit: unit as TraceTensor, norms: norms as TraceTensor };
  },
  normalizeRowsGrad(g: TraceTensor, unit: TraceTensor, norms: TraceTensor, eps: number | null) {
    // The backward pass of exact-mode MMA, `normalizeRowsGrad(c * pairAngles(unit, i).grad)`:
    // the pair gradient is tangent by construction, so both fold into one lowering
    // (ops/pairAngles.ts) that never writes the unit-row gradient; the scalar c goes into
    // the [n] norms (the backward pass is linear in 1 / norm).
    const scaled = g.node;
    const c = scaled.op === "binary" && scaled.attrs.op === "mul" && typeof scaled.attrs.scalar === "number" ? scaled.attrs.scalar : null;
    const source = c !== null ? (scaled.inputs[0] as TraceTensor) : g;
    const pa = source.node;
    if (eps === null && pa.op === "pairAngles" && source.output === 1 && pa.inputs[0] === unit) {
      const effective = c === null || c === 1 ? norms : one("binary", [norms], { op: "div", scalar: c });
      return one("pairAnglesGrad", [unit, pa.inputs[1] as TraceTensor, effective]);
    }
    return one("normalizeRowsGrad", [g, unit, norms], { eps });
  },
  gram: (a: TraceTensor) => one("gram", [a]),
  matmul: (a: TraceTensor, b: TraceTensor) => one("matmul", [a, b]),
  sqDist: (a: TraceTensor, b: TraceTensor) => one("sqDist", [a, b]),
  rowDot: (a: TraceTensor, b: TraceTensor) => one("rowDot", [a, b]),
  rowMax(c: TraceTensor, rule: DiagonalRule) {
    const [value, index] = record("rowMax", [c], { rule });
    return { value: value as TraceTensor, index: index as TraceTensor };
  },
  gatherRows: (a: TraceTensor, index: TraceTensor) => one("gatherRows", [a, index]),
  scatterAddRows: (a: TraceTensor, index: TraceTensor, rows: number) => one("scatterAddRows", [a, index], { rows }),
  selfMask: (index: TraceTensor) => one("selfMask", [index]),
  unary: (op: UnaryOp, a: TraceTensor) => one("unary", [a], { op }),
  binary: (op: BinaryOp, a: TraceTensor, b: TraceTensor | number) =>
    typeof b === "number" ? one("binary", [a], { op, scalar: b }) : one("binary", [a, b], { op }),
  rowSum: (a: TraceTensor) => one("rowSum", [a]),
  sum: (a: TraceTensor) => one("sum", [a]),
  addDiagonal: (a: TraceTensor, value: number) => one("addDiagonal", [a], { value }),
  fillDiagonal: (a: TraceTensor, value: number) => one("fillDiagonal", [a], { value }),
  nearestNeighbors(unit: TraceTensor, rule: DiagonalRule) {
    const [value, index] = record("nearestNeighbors", [unit], { rule });
    return { value: value as TraceTensor, index: index as TraceTensor };
  },
  pairEnergy(unit: TraceTensor, kernel: PairKernel) {
    const [energy, grad] = record("pairEnergy", [unit], { s: kernel.s, halfSpace: kernel.halfSpace });
    return { energy: energy as TraceTensor, grad: grad as TraceTensor };
  },
};

/** The fused angle statistics: nearest rows and counts above a threshold in one blocked `Loop`. */
const ANGLE_STATS = {
  angleStats(unit: TraceTensor, threshold: number, absolute: boolean) {
    const [value, index, above] = record("angleStats", [unit], { threshold, absolute });
    return { value: value as TraceTensor, index: index as TraceTensor, above: above as TraceTensor };
  },
};

/** The fused pair angles: exact-mode MMA then traces to the lean graph (README, "How the graphs are built"). */
const PAIR_ANGLES = {
  pairAngles(unit: TraceTensor, index: TraceTensor) {
    const [theta, grad] = record("pairAngles", [unit, index]);
    return { theta: theta as TraceTensor, grad: grad as TraceTensor };
  },
  // the whole exact-mode loss as one traced node (ops/mmaExact.ts): the same graph as the
  // composition above, with one node to trace and key per call instead of about ten
  mmaExact(w: TraceTensor, index: TraceTensor | null) {
    const [loss, grad, found] = record("mmaExact", index === null ? [w] : [w, index]);
    return { loss: loss as TraceTensor, grad: grad as TraceTensor, index: found as TraceTensor };
  },
};
