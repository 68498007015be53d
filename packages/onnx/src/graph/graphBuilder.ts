import { MMARegError } from "@mmareg/core";
import { DataType, type AttributeProto, type GraphProto, type NodeProto, type TensorProto, type ValueInfoProto } from "../proto.js";
import { doubleTensor, elemType, floatTensor, int64Tensor } from "./tensorProtos.js";
import type { TraceKind } from "../trace/traceTensor.js";
import { matchRowsForm, type RowsForm, type SymbolicRows } from "./symbolicRows.js";

/** A lowered value: its name in the graph, its static shape and what it holds. */
export interface LoweredValue {
  name: string;
  shape: readonly number[];
  kind: TraceKind;
}

/**
 * A node attribute: an integer (INT), integers (INTS), `{ float }` (FLOAT), `{ tensor }`
 * (TENSOR) or `{ graph }` (GRAPH, a subgraph such as a Scan body).
 */
export type AttrSpec = number | readonly number[] | { float: number } | { tensor: TensorProto } | { graph: GraphProto };

const AT = { FLOAT: 1, INT: 2, TENSOR: 4, GRAPH: 5, INTS: 7 } as const;

function attribute(name: string, v: AttrSpec): AttributeProto {
  if (typeof v === "number") return { name, type: AT.INT, i: v };
  if (Array.isArray(v)) return { name, type: AT.INTS, ints: [...(v as number[])] };
  const o = v as { float?: number; tensor?: TensorProto; graph?: GraphProto };
  if (o.float !== undefined) return { name, type: AT.FLOAT, f: o.float };
  if (o.tensor !== undefined) return { name, type: AT.TENSOR, t: o.tensor };
  return { name, type: AT.GRAPH, g: o.graph ?? null };
}

/**
 * Above this many elements of an `[n, m, d]` difference tensor, `sqDist` and `pairEnergy`
 * work through the rows in blocks (a `Scan`) instead of broadcasting all differences at
 * once. A symbolic row count always takes the `Scan`.
 */
export const BROADCAST_LIMIT = 1 << 22;

/**
 * The most cosines the nearest-neighbour and statistics graphs hold at once: above
 * `n^2` of this, they work through blocks of `floor(BLOCK_ELEMENTS / n)` rows in a `Loop`
 * (16 MB of float32 per block), so no graph holds the `n x n` matrix.
 */
export const BLOCK_ELEMENTS = 1 << 22;

/** How a graph is written (besides its ops). */
export interface GraphBuilderOptions {
  /** Where the row count is symbolic (export only). */
  symbolic?: SymbolicRows;
  /**
   * Write the forms that ONNX Runtime Web's WebGPU execution provider computes correctly
   * (README, "WebGPU"): no `ArgMax`, float reductions over a leading unit axis, and blocks
   * of rows rather than single rows per `Scan` iteration. Default `false`.
   */
  webgpu?: boolean;
  /** Largest `[n, m, d]` difference tensor built at once (default {@link BROADCAST_LIMIT}). */
  broadcastLimit?: number;
  /**
   * Rows per block of the nearest-neighbour and statistics `Loop` (default: `n` while
   * `n^2 <= BLOCK_ELEMENTS`, one block without a `Loop`; else `floor(BLOCK_ELEMENTS / n)`).
   */
  blockRows?: number;
  /**
   * The graph runs on one intra-op thread: from {@link PAIR_BLOCKS_FROM} rows the
   * nearest-neighbour search takes blocks of {@link PAIR_BLOCK_ROWS} rows even when the
   * `n x n` product fits, so each pair is computed once (with several threads the one
   * product parallelizes better). Default `false`.
   */
  singleThread?: boolean;
}

/** Rows from which a single-threaded graph takes row blocks (see {@link GraphBuilderOptions.singleThread}). */
export const PAIR_BLOCKS_FROM = 512;
/** Rows per block of a single-threaded graph below the {@link BLOCK_ELEMENTS} budget. */
export const PAIR_BLOCK_ROWS = 128;

interface Shared {
  used: Map<string, number>;
  memo: Map<string, unknown>;
  initializers: TensorProto[];
  constants: Map<string, string>;
  prefix: string;
  symbolic: SymbolicRows | undefined;
  webgpu: boolean;
  broadcastLimit: number;
  blockRows: number | undefined;
  singleThread: boolean;
  root?: GraphBuilder;
}

/**
 * Builds one ONNX graph: nodes with readable, unique, scoped names (`mma/rowMax/argmax`),
 * shared constants, inputs and outputs. The lowering of each contract op writes its nodes
 * through this class; {@link GraphBuilder.sub} gives a builder for a subgraph (a Scan
 * body) that shares names and constants with its parent.
 */
export class GraphBuilder {
  readonly nodes: NodeProto[] = [];
  readonly inputs: ValueInfoProto[] = [];
  readonly outputs: ValueInfoProto[] = [];
  private readonly shared: Shared;
  private readonly scopes: string[] = [];

  /**
   * @param prefix - the first component of every name, for example the loss name.
   * @param options - symbolic row count, WebGPU forms, broadcast limit.
   */
  constructor(prefix: string, options: GraphBuilderOptions = {}, shared?: Shared) {
    this.shared = shared ?? {
      used: new Map(),
      memo: new Map(),
      initializers: [],
      constants: new Map(),
      prefix,
      symbolic: options.symbolic,
      webgpu: options.webgpu ?? false,
      broadcastLimit: options.broadcastLimit ?? BROADCAST_LIMIT,
      blockRows: options.blockRows,
      singleThread: options.singleThread ?? false,
    };
    this.shared.root ??= this;
  }

  /** The initializers (constants) of the root graph. */
  get initializers(): readonly TensorProto[] {
    return this.shared.initializers;
  }

  /** The symbolic-row setting, if the row count is symbolic. */
  get symbolic(): SymbolicRows | undefined {
    return this.shared.symbolic;
  }

  /** True when writing the forms ONNX Runtime's WebGPU execution provider computes correctly. */
  get webgpu(): boolean {
    return this.shared.webgpu;
  }

  /** Largest `[n, m, d]` difference tensor built at once. */
  get broadcastLimit(): number {
    return this.shared.broadcastLimit;
  }

  /** Whether the graph is written for one intra-op thread ({@link GraphBuilderOptions.singleThread}). */
  get singleThread(): boolean {
    return this.shared.singleThread;
  }

  /** Rows per block of the nearest-neighbour and statistics `Loop`, when set explicitly. */
  get blockRows(): number | undefined {
    return this.shared.blockRows;
  }

  /** A builder for a subgraph whose nodes may read this graph's values by name. */
  sub(): GraphBuilder {
    const b = new GraphBuilder(this.shared.prefix, {}, this.shared);
    b.scopes.push(...this.scopes);
    return b;
  }

  /**
   * The value `make` returns, made once per `key` and graph: lowerings that share
   * intermediate results (the partner rows and chords of `pairAngles` and
   * `pairAnglesGrad`) write their nodes once.
   */
  memo<R>(key: string, make: () => R): R {
    if (this.shared.memo.has(key)) return this.shared.memo.get(key) as R;
    const made = make();
    this.shared.memo.set(key, made);
    return made;
  }

  /**
   * An `If` node: `cond` (a bool scalar) picks which branch computes the outputs. Each
   * branch writes its nodes through a sub-builder (it may read this graph's values by name)
   * and returns one value per output; `outputs` gives each output's local name, kind and shape.
   */
  ifElse(
    cond: string,
    outputs: readonly { local: string; kind: TraceKind; shape: readonly number[] }[],
    thenBranch: (b: GraphBuilder) => string[],
    elseBranch: (b: GraphBuilder) => string[],
  ): string[] {
    // The If's outputs get the plain names; values inside the branches are numbered after them.
    const names = outputs.map((o) => this.fresh(o.local));
    const branch = (write: (b: GraphBuilder) => string[], label: string): GraphProto => {
      const b = this.sub();
      const values = write(b);
      // A branch output must be made in the branch: an outer value passes through an Identity.
      values.forEach((v, i) => {
        const own = b.nodes.some((node) => node.output?.includes(v));
        const out = own ? v : b.op("Identity", [v], {}, `${label}_${outputs[i]!.local}`);
        b.outputs.push(b.valueInfo(out, outputs[i]!.kind, outputs[i]!.shape));
      });
      return b.graph(label, "", false);
    };
    const attrs = { then_branch: { graph: branch(thenBranch, "then") }, else_branch: { graph: branch(elseBranch, "else") } };
    this.nodes.push({ name: names[0] as string, opType: "If", input: [cond], output: names, attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)) });
    return names;
  }

  /** A name not used before, under the current scope. */
  fresh(local: string): string {
    const base = [this.shared.prefix, ...this.scopes, local].join("/");
    const k = this.shared.used.get(base) ?? 0;
    this.shared.used.set(base, k + 1);
    return k === 0 ? base : `${base}_${k}`;
  }

  /** Run `fn` with `name` (made unique) appended to the scope of every name it creates. */
  scope<R>(name: string, fn: () => R): R {
    const full = this.fresh(name);
    this.scopes.push(full.slice(full.lastIndexOf("/") + 1));
    try {
      return fn();
    } finally {
      this.scopes.pop();
    }
  }

  /** Append a node with one output named `local` (default: the op type, lower case). */
  op(opType: string, inputs: readonly string[], attrs: Record<string, AttrSpec> = {}, local?: string): string {
    return this.opN(opType, inputs, [local ?? opType.toLowerCase()], attrs)[0] as string;
  }

  /** Append a node with several outputs, named by `locals`. */
  opN(opType: string, inputs: readonly string[], locals: readonly string[], attrs: Record<string, AttrSpec> = {}): string[] {
    const output = locals.map((l) => this.fresh(l));
    this.nodes.push({
      name: output[0] as string,
      opType,
      input: [...inputs],
      output,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return output;
  }

  private constant(key: string, make: (name: string) => TensorProto): string {
    const have = this.shared.constants.get(key);
    if (have !== undefined) return have;
    const name = `${this.shared.prefix}/const/${key}`;
    this.shared.initializers.push(make(name));
    this.shared.constants.set(key, name);
    return name;
  }

  /**
   * A float scalar. With a symbolic row count, a value that is a function of the traced
   * row count (`-1/n`, `1/(n(n-1))`, ...) is computed from the runtime row count instead.
   */
  f32(value: number): string {
    const sym = this.shared.symbolic;
    const form = sym ? matchRowsForm(value, sym.sentinel) : null;
    if (form) return this.rowsExpression(form);
    return this.constant(`f32_${String(value)}`, (name) => floatTensor(name, [value], []));
  }

  /** A double scalar (never symbolic: float64 constants are eps values, not row counts). */
  f64(value: number): string {
    return this.constant(`f64_${String(value)}`, (name) => doubleTensor(name, [value], []));
  }

  /** An int64 constant (scalar when `dims` is `[]`). */
  i64(values: readonly number[], dims: readonly number[] = [values.length]): string {
    return this.constant(`i64_${values.join("_")}${dims.length === 0 ? "_scalar" : ""}`, (name) => int64Tensor(name, values, dims));
  }

  /** A float constant filled with zeros. */
  f32Zeros(dims: readonly number[]): string {
    const size = dims.reduce((p, s) => p * s, 1);
    return this.constant(`f32_zeros_${dims.join("x")}`, (name) => floatTensor(name, new Float32Array(size), dims));
  }

  /**
   * A float constant `[n, width]` (static; `width` defaults to `n`) that is `diagonal` at
   * `(i, i)` and 0 elsewhere: added to a matrix of cosines (or passed as a `Gemm`'s `C`)
   * it masks each row's own entry in one node, with no index tensors.
   */
  f32Diagonal(n: number, diagonal: number, width = n): string {
    const key = width === n ? `f32_diagonal_${n}_${String(diagonal)}` : `f32_diagonal_${n}x${width}_${String(diagonal)}`;
    return this.constant(key, (name) => {
      const values = new Float32Array(n * width);
      for (let i = 0; i < Math.min(n, width); i++) values[i * width + i] = diagonal;
      return floatTensor(name, values, [n, width]);
    });
  }

  /** A double constant filled with zeros. */
  f64Zeros(dims: readonly number[]): string {
    const size = dims.reduce((p, s) => p * s, 1);
    return this.constant(`f64_zeros_${dims.join("x")}`, (name) => doubleTensor(name, new Float64Array(size), dims));
  }

  /** True unless `dim` is the symbolic row count. */
  isStatic(dim: number): boolean {
    return this.shared.symbolic?.sentinel !== dim;
  }

  /** An int64 `[1]` tensor holding `dim` (the runtime row count when it is symbolic). */
  dim(dim: number): string {
    return this.isStatic(dim) ? this.i64([dim]) : this.rowsDim();
  }

  /** A shape dimension for a value-info: a number, or the symbolic dimension's name. */
  dimProto(dim: number): { dimValue: number } | { dimParam: string } {
    const sym = this.shared.symbolic;
    return sym && sym.sentinel === dim ? { dimParam: sym.param } : { dimValue: dim };
  }

  private rowsDim(): string {
    const key = "rows/dim";
    const have = this.shared.constants.get(key);
    if (have !== undefined) return have;
    const sym = this.shared.symbolic as SymbolicRows;
    const shape = this.rootOp("Shape", [sym.input], "rows/shape");
    const name = this.rootOp("Gather", [shape, this.i64([0])], "rows/N", { axis: 0 });
    this.shared.constants.set(key, name);
    return name;
  }

  private rowsExpression(form: RowsForm): string {
    const key = `rows/${form.form}*${form.factor}`;
    const have = this.shared.constants.get(key);
    if (have !== undefined) return have;
    let n = this.shared.constants.get("rows/N_float");
    if (n === undefined) {
      const scalar = this.rootOp("Squeeze", [this.rowsDim(), this.i64([0])], "rows/N_scalar");
      n = this.rootOp("Cast", [scalar], "rows/N_float", { to: DataType.FLOAT });
      this.shared.constants.set("rows/N_float", n);
    }
    let v: string;
    if (form.form === "n") v = n;
    else if (form.form === "1/n") v = this.rootOp("Reciprocal", [n], "rows/inv_N");
    else v = this.rootOp("Reciprocal", [this.rootOp("Mul", [n, this.rootOp("Sub", [n, this.f32(1)], "rows/N_minus_1")], "rows/pairs")], "rows/inv_pairs");
    if (form.factor !== 1) v = this.rootOp("Mul", [v, this.f32(form.factor)], `rows/${form.factor}_times`);
    this.shared.constants.set(key, v);
    return v;
  }

  /** A node outside any scope (row-count expressions are shared by the whole graph). */
  private rootOp(opType: string, inputs: readonly string[], local: string, attrs: Record<string, AttrSpec> = {}): string {
    const root = this.shared.root as GraphBuilder;
    const saved = root.scopes.splice(0);
    try {
      return root.op(opType, inputs, attrs, local);
    } finally {
      root.scopes.push(...saved);
    }
  }

  /** Declare a graph input. */
  addInput(name: string, kind: TraceKind, shape: readonly number[]): void {
    this.inputs.push(this.valueInfo(name, kind, shape));
  }

  /** Declare a graph output. */
  addOutput(name: string, kind: TraceKind, shape: readonly number[]): void {
    this.outputs.push(this.valueInfo(name, kind, shape));
  }

  /** A value-info (name, element type, shape) for a graph input or output. */
  valueInfo(name: string, kind: TraceKind, shape: readonly number[]): ValueInfoProto {
    return { name, type: { tensorType: { elemType: elemType(kind), shape: { dim: shape.map((d) => this.dimProto(d)) } } } };
  }

  /** The finished graph (a subgraph builder's graph carries no initializers of its own). */
  graph(name: string, docString = "", root = true): GraphProto {
    if (root && this.nodes.length === 0) throw new MMARegError("BACKEND", "internal: an ONNX graph without nodes");
    return {
      name,
      docString,
      node: this.nodes,
      input: this.inputs,
      output: this.outputs,
      initializer: root ? [...this.shared.initializers] : [],
    };
  }
}
