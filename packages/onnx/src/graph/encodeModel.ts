import { encodeModelProto } from "../protobuf.js";
import { IR_VERSION, OPSET, type GraphProto } from "../proto.js";

/** Options of {@link encodeModel}. */
export interface ModelMeta {
  /** The model's doc string. */
  docString?: string;
  /** Key-value metadata (`metadata_props`). */
  metadata?: Record<string, string>;
}

/**
 * Wrap a graph in an opset-13 model and serialize it to `.onnx` bytes.
 *
 * @example
 * ```ts
 * const bytes = encodeModel(graph, { docString: "my model" });
 * ```
 */
export function encodeModel(graph: GraphProto, meta: ModelMeta = {}): Uint8Array {
  return encodeModelProto({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: "", version: OPSET }],
    producerName: "@mmareg/onnx",
    docString: meta.docString ?? "",
    graph,
    metadataProps: Object.entries(meta.metadata ?? {}).map(([key, value]) => ({ key, value })),
  });
}
