/**
 * The ONNX protobuf schema (from `onnx-proto`, a CommonJS module) and the few helpers the
 * graph writer and the weight reader share.
 *
 * @module
 */
import pkg from "onnx-proto";
import type { onnx as O } from "onnx-proto";

/** The `onnx` protobuf namespace: `ModelProto`, `GraphProto`, `TensorProto`, ... */
export const onnx: typeof O = pkg.onnx;

/** Plain-object shapes of the ONNX messages (what `create` / `encode` accept). */
export type NodeProto = O.INodeProto;
/** An ONNX graph. */
export type GraphProto = O.IGraphProto;
/** An ONNX tensor (initializer or attribute value). */
export type TensorProto = O.ITensorProto;
/** An ONNX node attribute. */
export type AttributeProto = O.IAttributeProto;
/** An ONNX value's name and type. */
export type ValueInfoProto = O.IValueInfoProto;
/** An ONNX model. */
export type ModelProto = O.IModelProto;

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

/** A protobuf int64 as decoded by protobufjs: a number or a `Long`-like object. */
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
