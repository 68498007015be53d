/**
 * The symbolic tensors of the tracing backend: each is one output of a node in an
 * expression graph (a DAG) that records which contract op made it, from which inputs,
 * with which attributes. Nothing is computed when a node is recorded; the graph is
 * lowered to ONNX when a result is read (or exported).
 *
 * @module
 */

/** What a tensor holds: floats, or row numbers (int64 in ONNX). */
export type TraceKind = "float" | "index";

/** A node attribute: the JS values the contract passes (numbers, names, rules, `null` eps). */
export type TraceAttr = number | string | boolean | null;

/**
 * A recorded operation. `op` is a contract op name (`gram`, `binary`, ...) or one of the
 * two leaf kinds:
 * - `data`: a tensor uploaded with `Backend.tensor(data, shape)`; it becomes a graph
 *   input (so one graph serves every value of the data), fed when the graph runs.
 * - `placeholder`: a named graph input without data (the `W` of an exported model).
 */
export interface TraceNode {
  readonly op: string;
  readonly inputs: readonly TraceTensor[];
  readonly attrs: Readonly<Record<string, TraceAttr>>;
  /** Leaf data: float32 values, or int64 row numbers. */
  readonly data?: Float32Array | BigInt64Array;
  /** Placeholder name (the graph input's name). */
  readonly label?: string;
  /** Leaf shape (the graph input's shape). */
  readonly shape?: readonly number[];
}

/** One output of a {@link TraceNode}: the opaque tensor type of the ONNX backend. */
export class TraceTensor {
  #node: TraceNode;
  #output: number;
  /** Static shape (`[n, d]`, `[n]` or `[]`). */
  readonly shape: readonly number[];
  readonly kind: TraceKind;

  constructor(node: TraceNode, output: number, shape: readonly number[], kind: TraceKind) {
    this.#node = node;
    this.#output = output;
    this.shape = shape;
    this.kind = kind;
  }

  /** The node this tensor is an output of (a `data` leaf once {@link TraceTensor.settle}d). */
  get node(): TraceNode {
    return this.#node;
  }

  /** Which output of the node. */
  get output(): number {
    return this.#output;
  }

  /**
   * Replace this tensor's history by its computed value: from now on it is a `data` leaf
   * (output 0) holding `data`, so graphs that use it feed it as an input instead of
   * recomputing it. Other outputs of the same node keep their history.
   */
  settle(data: Float32Array | BigInt64Array): void {
    this.#node = { op: "data", inputs: [], attrs: {}, data, shape: this.shape };
    this.#output = 0;
  }

  /** True for a tensor uploaded with data or a placeholder (a graph input). */
  get isLeaf(): boolean {
    return this.node.op === "data" || this.node.op === "placeholder";
  }
}

/** Shape and kind of one output, as an op's shape rule returns them. */
export interface OutputSpec {
  shape: readonly number[];
  kind: TraceKind;
}
