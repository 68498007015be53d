/**
 * The ONNX messages this package writes and reads, as plain objects (the field names of
 * `onnx.proto3` in camelCase; int64 fields as JS numbers), with the hand-written codec in
 * `protobuf.ts`, and the few constants the graph writer and the weight reader share.
 *
 * @module
 */

/** An ONNX tensor (initializer or attribute value). */
export interface TensorProto {
  name?: string;
  dataType?: number;
  dims?: number[];
  rawData?: Uint8Array;
  floatData?: number[];
  int32Data?: number[];
  int64Data?: number[];
  doubleData?: number[];
  uint64Data?: number[];
  externalData?: { key?: string; value?: string }[];
  dataLocation?: number;
}

/** An ONNX node attribute (`type`: 1 FLOAT, 2 INT, 3 STRING, 4 TENSOR, 5 GRAPH, 7 INTS). */
export interface AttributeProto {
  name?: string;
  type?: number;
  f?: number;
  i?: number;
  s?: Uint8Array;
  t?: TensorProto | null;
  g?: GraphProto | null;
  ints?: number[];
}

/** One dimension of a tensor shape: a size or a symbolic name. */
export interface DimProto {
  dimValue?: number;
  dimParam?: string;
}

/** An ONNX value's name and tensor type. */
export interface ValueInfoProto {
  name?: string;
  type?: { tensorType?: { elemType?: number; shape?: { dim?: DimProto[] } } };
}

/** An ONNX node. */
export interface NodeProto {
  name?: string;
  opType?: string;
  domain?: string;
  input?: string[];
  output?: string[];
  attribute?: AttributeProto[];
}

/** An ONNX graph. */
export interface GraphProto {
  name?: string;
  docString?: string;
  node?: NodeProto[];
  initializer?: TensorProto[];
  input?: ValueInfoProto[];
  output?: ValueInfoProto[];
}

/** An ONNX model. */
export interface ModelProto {
  irVersion?: number;
  producerName?: string;
  docString?: string;
  graph?: GraphProto;
  opsetImport?: { domain?: string; version?: number }[];
  metadataProps?: { key?: string; value?: string }[];
}

/** ONNX element types used here (`TensorProto.DataType`). */
export const DataType = {
  FLOAT: 1,
  INT32: 6,
  INT64: 7,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  BFLOAT16: 16,
} as const;

/** An int64 as a number, or as the `Long`-like object other protobuf libraries decode to. */
export type Int64Like = number | { toNumber(): number } | null | undefined;

/** A decoded int64 as a JS number (0 for a missing field). */
export function toNumber(v: Int64Like): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "number" ? v : v.toNumber();
}

/** The ONNX opset every graph of this package is written for. */
export const OPSET = 13;

/** The IR version matching opset 13 (ONNX 1.8). */
export const IR_VERSION = 7;
