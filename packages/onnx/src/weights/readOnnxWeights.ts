import { MMARegError, type Layout } from "@mmareg/core";
import { decodeModelProto } from "../protobuf.js";
import { toNumber, type GraphProto, type ModelProto, type NodeProto, type TensorProto } from "../proto.js";
import { tensorValues, type ExternalReader } from "./tensorValues.js";

/** One weight matrix of an ONNX model and how it maps to rows (one row per neuron or filter). */
export interface OnnxWeight {
  /** The initializer's name (for example `conv1.weight`). */
  name: string;
  /** The node that uses it as its weight. */
  node: string;
  /** That node's op type: `Conv`, `Gemm` or `MatMul`. */
  opType: string;
  /** The initializer's shape. */
  shape: number[];
  /** Its values in file order. */
  data: Float32Array | Float64Array;
  /**
   * `conv-oihw` for Conv (`[out, in/groups, kh, kw]`), `rows` for a Gemm with `transB = 1`
   * (`[out, in]`) or a weight on the left of a MatMul, `dense` for a Gemm with
   * `transB = 0` or a MatMul weight on the right (`[in, out]`).
   */
  layout: Layout;
}

/** What {@link readOnnxWeights} found. */
export interface OnnxWeights {
  /** The weight matrices, in graph order, each initializer once. */
  weights: OnnxWeight[];
  /** Weights that were left out, with the reason (ConvTranspose, integer data, batched MatMul). */
  skipped: { name: string; reason: string }[];
  /** How many nodes the main graph has, and their op types (for messages). */
  nodeCount: number;
  opTypes: string[];
}

/** Options of {@link readOnnxWeights}. */
export interface ReadOnnxWeightsOptions {
  /** Reads an external-data file by the `location` an initializer gives (relative to the model). */
  readExternal?: ExternalReader;
}

function decode(bytes: Uint8Array): ModelProto {
  let model: ModelProto;
  try {
    model = decodeModelProto(bytes);
  } catch (e) {
    throw new MMARegError("PARSE", `not an ONNX model: the protobuf does not decode (${(e as Error).message})`);
  }
  if (!model.graph || (toNumber(model.irVersion) <= 0 && (model.opsetImport?.length ?? 0) === 0)) {
    throw new MMARegError("PARSE", "not an ONNX model: no graph, IR version or opset (is this an .onnx file?)");
  }
  return model;
}

function attrInt(node: NodeProto, name: string, fallback: number): number {
  const a = node.attribute?.find((x) => x.name === name);
  return a ? toNumber(a.i) : fallback;
}

function constants(graph: GraphProto): Map<string, TensorProto> {
  const out = new Map<string, TensorProto>();
  for (const t of graph.initializer ?? []) if (t.name) out.set(t.name, t);
  // Some exporters store weights as Constant nodes instead of initializers.
  for (const node of graph.node ?? []) {
    const value = node.opType === "Constant" ? node.attribute?.find((a) => a.name === "value")?.t : undefined;
    const name = node.output?.[0];
    if (value && name) out.set(name, { ...value, name });
  }
  return out;
}

/** The weight input of a node, and its layout, or null when the node has no weight. */
function weightOf(node: NodeProto, tensors: Map<string, TensorProto>): { input: string; layout: Layout; rank: number[] } | null {
  const [a = "", b = ""] = node.input ?? [];
  switch (node.opType) {
    case "Conv":
      return { input: b, layout: "conv-oihw", rank: [3, 4, 5] };
    case "Gemm":
      return { input: b, layout: attrInt(node, "transB", 0) === 1 ? "rows" : "dense", rank: [2] };
    case "MatMul":
      if (tensors.has(b)) return { input: b, layout: "dense", rank: [2] };
      return { input: a, layout: "rows", rank: [2] };
    default:
      return null;
  }
}

/**
 * The weight matrices of an `.onnx` model: the float initializers (or Constant outputs)
 * that Conv, Gemm and MatMul nodes use as weights, each with the layout that maps it to
 * rows. Biases and other inputs are left out; each initializer is reported once.
 *
 * @example
 * ```ts
 * const { weights } = readOnnxWeights(readFileSync("model.onnx"));
 * for (const w of weights) console.log(w.name, w.opType, w.shape, w.layout);
 * ```
 * @throws {@link MMARegError} `PARSE` when the bytes are not an ONNX model or an
 *   initializer's data is inconsistent or external without a reader.
 */
export function readOnnxWeights(bytes: Uint8Array, options: ReadOnnxWeightsOptions = {}): OnnxWeights {
  const graph = decode(bytes).graph as GraphProto;
  const tensors = constants(graph);
  const weights: OnnxWeight[] = [];
  const skipped: { name: string; reason: string }[] = [];
  const seen = new Set<string>();
  const nodes = graph.node ?? [];
  for (const [i, node] of nodes.entries()) {
    const nodeName = node.name || `${node.opType}_${i}`;
    if (node.opType === "ConvTranspose" && tensors.has(node.input?.[1] ?? "")) {
      skipped.push({ name: node.input?.[1] as string, reason: "ConvTranspose weights ([in, out, kh, kw]) are not measured" });
      continue;
    }
    const w = weightOf(node, tensors);
    const t = w ? tensors.get(w.input) : undefined;
    if (!w || !t || seen.has(w.input)) continue;
    seen.add(w.input);
    const shape = (t.dims ?? []).map(toNumber);
    if (!w.rank.includes(shape.length)) {
      skipped.push({ name: w.input, reason: `${node.opType} weight of rank ${shape.length} (shape [${shape.join(", ")}])` });
      continue;
    }
    const data = tensorValues(t, shape, options.readExternal);
    if (!data) {
      skipped.push({ name: w.input, reason: `element type ${t.dataType} is not a float type` });
      continue;
    }
    weights.push({ name: w.input, node: nodeName, opType: node.opType as string, shape, data, layout: w.layout });
  }
  return { weights, skipped, nodeCount: nodes.length, opTypes: [...new Set(nodes.map((n) => n.opType as string))] };
}
