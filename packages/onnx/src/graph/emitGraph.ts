import { MMARegError } from "@mmareg/core";
import { OPS } from "../ops/index.js";
import type { GraphProto } from "../proto.js";
import type { TraceAttr, TraceNode, TraceTensor } from "../trace/traceTensor.js";
import { GraphBuilder, type LoweredValue } from "./graphBuilder.js";
import type { SymbolicRows } from "./symbolicRows.js";

/** A graph output: its name and the traced tensor it returns. */
export interface GraphOutput {
  name: string;
  tensor: TraceTensor;
}

/** The nodes a set of outputs depends on, inputs first, and the graph inputs among them. */
export interface TracePlan {
  /** Every node reachable from the outputs, in topological order. */
  nodes: TraceNode[];
  /** The leaf nodes (uploaded data, placeholders) in order of first use. */
  leaves: TraceNode[];
  /** The graph-input name of each leaf. */
  inputNames: Map<TraceNode, string>;
  /**
   * A string that identifies the graph these outputs lower to: op names, attributes,
   * shapes, leaf kinds and wiring, but no data. Equal keys mean identical ONNX graphs.
   */
  key: string;
}

function attrText(attrs: Readonly<Record<string, TraceAttr>>): string {
  return Object.entries(attrs)
    .map(([k, v]) => `${k}=${typeof v === "number" ? String(v) : JSON.stringify(v)}`)
    .join(",");
}

/**
 * Order the trace behind `outputs` (post-order, iterative) and name its inputs: a
 * placeholder keeps its name; uploaded float data is `W`, `W_1`, ...; uploaded row
 * numbers are `index`, `index_1`, ...
 */
export function planTrace(outputs: readonly GraphOutput[]): TracePlan {
  const ids = new Map<TraceNode, number>();
  const nodes: TraceNode[] = [];
  const leaves: TraceNode[] = [];
  const inputNames = new Map<TraceNode, string>();
  const parts: string[] = [];
  const counts = { float: 0, index: 0 };
  for (const out of outputs) {
    const stack: [TraceNode, number][] = [[out.tensor.node, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [TraceNode, number];
      const [node, next] = top;
      if (ids.has(node)) {
        stack.pop();
        continue;
      }
      if (next < node.inputs.length) {
        top[1] = next + 1;
        const child = (node.inputs[next] as TraceTensor).node;
        if (!ids.has(child)) stack.push([child, 0]);
        continue;
      }
      stack.pop();
      const id = nodes.length;
      ids.set(node, id);
      nodes.push(node);
      if (node.op === "data" || node.op === "placeholder") {
        const kind = node.data instanceof BigInt64Array ? "index" : "float";
        let name = node.label;
        if (name === undefined) {
          const k = counts[kind]++;
          name = `${kind === "float" ? "W" : "index"}${k === 0 ? "" : `_${k}`}`;
        }
        leaves.push(node);
        inputNames.set(node, name);
        parts.push(`${id}=${node.op}:${name}`);
      } else {
        parts.push(`${id}=${node.op}(${node.inputs.map((t) => `${ids.get(t.node)}.${t.output}`).join(",")}){${attrText(node.attrs)}}`);
      }
    }
  }
  // Leaf shapes are part of the graph (its input types); outputs name what the graph returns.
  const shapes = leaves.map((l) => `${inputNames.get(l)}:${leafShape(l).join("x")}`);
  const outs = outputs.map((o) => `${o.name}<-${ids.get(o.tensor.node)}.${o.tensor.output}`);
  return { nodes, leaves, inputNames, key: `${parts.join(";")}|${shapes.join(";")}|${outs.join(";")}` };
}

function leafShape(node: TraceNode): readonly number[] {
  if (!node.shape) throw new MMARegError("BACKEND", "internal: a graph input without a shape", { backend: "onnx" });
  return node.shape;
}

/** Options of {@link emitGraph}. */
export interface EmitOptions {
  /** First component of every node name (for example the loss name). */
  prefix: string;
  /** The graph's name. */
  graphName: string;
  /** The graph's doc string. */
  docString?: string;
  /** A symbolic row count (export only). */
  symbolic?: SymbolicRows;
  /** Write the forms ONNX Runtime's WebGPU execution provider computes correctly (README, "WebGPU"). */
  webgpu?: boolean;
  /** Largest `[n, m, d]` difference tensor built at once (default `BROADCAST_LIMIT`, 2^22). */
  broadcastLimit?: number;
  /** Rows per block of the nearest-neighbour and statistics `Loop` (default: see `BLOCK_ELEMENTS`). */
  blockRows?: number;
  /** Written for one intra-op thread: row blocks from 512 rows (see `GraphBuilderOptions.singleThread`). */
  singleThread?: boolean;
}

/**
 * Lower a planned trace to an ONNX graph: each contract op's nodes under a scope named
 * after the op (`mma/rowMax/argmax`), one graph input per leaf, and an `Identity` per
 * output so each output has the requested name.
 *
 * @throws {@link MMARegError} `BACKEND` for an op without a lowering.
 */
export function emitGraph(plan: TracePlan, outputs: readonly GraphOutput[], options: EmitOptions): GraphProto {
  const g = new GraphBuilder(options.prefix, { symbolic: options.symbolic, webgpu: options.webgpu, broadcastLimit: options.broadcastLimit, blockRows: options.blockRows, singleThread: options.singleThread });
  const lowered = new Map<TraceNode, LoweredValue[]>();
  const valueOf = (t: TraceTensor): LoweredValue => {
    const v = lowered.get(t.node)?.[t.output];
    if (!v) throw new MMARegError("BACKEND", "internal: a node was lowered before its inputs", { backend: "onnx" });
    return v;
  };
  // Which outputs of each node the graph reads (an op may skip the nodes of the others).
  const used = new Map<TraceNode, Set<number>>();
  const readers = new Map<TraceNode, Map<number, string[]>>();
  const use = (t: TraceTensor, reader: string): void => {
    const set = used.get(t.node) ?? new Set<number>();
    set.add(t.output);
    used.set(t.node, set);
    const byOutput = readers.get(t.node) ?? new Map<number, string[]>();
    byOutput.set(t.output, [...(byOutput.get(t.output) ?? []), reader]);
    readers.set(t.node, byOutput);
  };
  for (const node of plan.nodes) node.inputs.forEach((t) => use(t, node.op));
  outputs.forEach((o) => use(o.tensor, "output"));
  for (const node of plan.nodes) {
    if (node.op === "data" || node.op === "placeholder") {
      const name = plan.inputNames.get(node) as string;
      const kind = node.data instanceof BigInt64Array ? "index" : "float";
      const shape = leafShape(node);
      g.addInput(name, kind, shape);
      lowered.set(node, [{ name, shape, kind }]);
      continue;
    }
    const def = OPS[node.op];
    if (!def) throw new MMARegError("BACKEND", `internal: no ONNX lowering for ${node.op}`, { backend: "onnx" });
    const inputs = node.inputs.map(valueOf);
    const specs = def.infer(node.inputs, node.attrs);
    const lower = () => def.lower(g, inputs, node.attrs, used.get(node) ?? new Set(), (i) => readers.get(node)?.get(i) ?? []);
    const names = def.unscoped ? lower() : g.scope(node.op, lower);
    lowered.set(
      node,
      names.map((name, i) => ({ name, shape: (specs[i] as { shape: readonly number[] }).shape, kind: (specs[i] as { kind: "float" | "index" }).kind })),
    );
  }
  for (const out of outputs) {
    const v = valueOf(out.tensor);
    g.nodes.push({ name: `${options.prefix}/output/${out.name}`, opType: "Identity", input: [v.name], output: [out.name] });
    g.addOutput(out.name, v.kind, v.shape);
  }
  return g.graph(options.graphName, options.docString ?? "");
}
