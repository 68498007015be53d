import { MMARegError } from "@mmareg/core";
import { decodeModelProto } from "./protobuf.js";
import { toNumber, type ModelProto, type ValueInfoProto } from "./proto.js";

/** A graph input or output: name, element type name and shape (numbers or dimension names). */
export interface ValueSummary {
  name: string;
  type: string;
  shape: (number | string)[];
}

/** What {@link summarizeModel} reports about an `.onnx` file. */
export interface ModelSummary {
  inputs: ValueSummary[];
  outputs: ValueSummary[];
  nodeCount: number;
  /** Opset version of the default domain. */
  opset: number;
  docString: string;
  metadata: Record<string, string>;
}

const TYPE_NAMES: Record<number, string> = { 1: "float32", 6: "int32", 7: "int64", 9: "bool", 10: "float16", 11: "float64" };

function value(v: ValueInfoProto): ValueSummary {
  const t = v.type?.tensorType;
  return {
    name: v.name ?? "",
    type: TYPE_NAMES[t?.elemType ?? 0] ?? `type ${t?.elemType ?? "?"}`,
    shape: (t?.shape?.dim ?? []).map((d) => (d.dimParam ? d.dimParam : toNumber(d.dimValue))),
  };
}

/**
 * The interface of an ONNX model: its inputs and outputs with shapes, node count, opset,
 * doc string and metadata.
 *
 * @example
 * ```ts
 * summarizeModel(buildLossModel({ loss: "mma", rows: "N", cols: 9 })).inputs;
 * // [{ name: "W", type: "float32", shape: ["N", 9] }]
 * ```
 * @throws {@link MMARegError} `PARSE` when the bytes are not an ONNX model.
 */
export function summarizeModel(bytes: Uint8Array): ModelSummary {
  let model: ModelProto;
  try {
    model = decodeModelProto(bytes);
  } catch (e) {
    throw new MMARegError("PARSE", `not an ONNX model: the protobuf does not decode (${(e as Error).message})`);
  }
  const g = model.graph;
  if (!g) throw new MMARegError("PARSE", "not an ONNX model: no graph");
  return {
    inputs: (g.input ?? []).map(value),
    outputs: (g.output ?? []).map(value),
    nodeCount: (g.node ?? []).length,
    opset: toNumber((model.opsetImport ?? []).find((o) => !o.domain)?.version),
    docString: model.docString ?? "",
    metadata: Object.fromEntries((model.metadataProps ?? []).map((p) => [p.key ?? "", p.value ?? ""])),
  };
}
