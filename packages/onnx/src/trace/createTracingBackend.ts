import { MMARegError, type Backend, type BackendArray } from "@mmareg/core";
import { OPS, type Attrs } from "../ops/index.js";
import { TraceTensor, type TraceAttr, type TraceNode } from "./traceTensor.js";

/** Options of {@link createTracingBackend}. */
export interface TracingBackendOptions {
  /** The backend name reported to core (error messages, results). */
  name: string;
  /** How a traced tensor is read back (build the graph, run it). */
  read(x: TraceTensor): Promise<BackendArray>;
  /**
   * Offer the fused `pairAngles` (default `true`): exact-mode MMA then traces to the lean
   * graph (README, "How the graphs are built"). `false` lets core compose it from the
   * primitives (the WebGPU forms do, so their graphs keep the ops documented there).
   */
  pairAngles?: boolean;
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
export function createTracingBackend(options: TracingBackendOptions): Backend<TraceTensor> {
  const { name } = options;
  return {
    name,
    dtype: "float32",
    tensor(data, shape, kind = "float") {
      const size = shape.reduce((p, s) => p * s, 1);
      if (data.length !== size) {
        throw new MMARegError("BAD_SHAPE", `tensor: ${data.length} values do not fill shape [${shape.join(", ")}]`, { backend: name });
      }
      const values = kind === "index" ? BigInt64Array.from(Array.from(data, (v) => BigInt(v))) : Float32Array.from(data);
      return new TraceTensor({ op: "data", inputs: [], attrs: {}, data: values, shape: [...shape] }, 0, [...shape], kind);
    },
    shape: (x) => x.shape,
    read: (x) => options.read(x),
    normalizeRows(a, eps) {
      const [unit, norms] = record("normalizeRows", [a], { eps });
      return { unit: unit as TraceTensor, norms: norms as TraceTensor };
    },
    normalizeRowsGrad(g, unit, norms, eps) {
      // The backward pass of exact-mode MMA: the pair gradient is tangent by construction,
      // so both fold into one lowering (ops/pairAngles.ts) that never writes the unit-row gradient.
      const pa = g.node;
      if (eps === null && pa.op === "pairAngles" && g.output === 1 && pa.inputs[0] === unit) {
        return one("pairAnglesGrad", [unit, pa.inputs[1] as TraceTensor, norms]);
      }
      return one("normalizeRowsGrad", [g, unit, norms], { eps });
    },
    gram: (a) => one("gram", [a]),
    matmul: (a, b) => one("matmul", [a, b]),
    sqDist: (a, b) => one("sqDist", [a, b]),
    rowDot: (a, b) => one("rowDot", [a, b]),
    rowMax(c, rule) {
      const [value, index] = record("rowMax", [c], { rule });
      return { value: value as TraceTensor, index: index as TraceTensor };
    },
    gatherRows: (a, index) => one("gatherRows", [a, index]),
    scatterAddRows: (a, index, rows) => one("scatterAddRows", [a, index], { rows }),
    selfMask: (index) => one("selfMask", [index]),
    unary: (op, a) => one("unary", [a], { op }),
    binary: (op, a, b) => (typeof b === "number" ? one("binary", [a], { op, scalar: b }) : one("binary", [a, b], { op })),
    rowSum: (a) => one("rowSum", [a]),
    sum: (a) => one("sum", [a]),
    addDiagonal: (a, value) => one("addDiagonal", [a], { value }),
    fillDiagonal: (a, value) => one("fillDiagonal", [a], { value }),
    nearestNeighbors(unit, rule) {
      const [value, index] = record("nearestNeighbors", [unit], { rule });
      return { value: value as TraceTensor, index: index as TraceTensor };
    },
    ...(options.pairAngles === false
      ? {}
      : {
          pairAngles(unit: TraceTensor, index: TraceTensor) {
            const [theta, grad] = record("pairAngles", [unit, index]);
            return { theta: theta as TraceTensor, grad: grad as TraceTensor };
          },
        }),
    pairEnergy(unit, kernel) {
      const [energy, grad] = record("pairEnergy", [unit], { s: kernel.s, halfSpace: kernel.halfSpace });
      return { energy: energy as TraceTensor, grad: grad as TraceTensor };
    },
  };
}
