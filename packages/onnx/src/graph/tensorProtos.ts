/** Tensor protos (initializers) in ONNX's little-endian raw layout. */
import type { TraceKind } from "../trace/traceTensor.js";
import { DataType, type TensorProto } from "../proto.js";

function rawBytes(n: number, bytes: number, write: (view: DataView, i: number) => void): Uint8Array {
  const out = new Uint8Array(n * bytes);
  const view = new DataView(out.buffer);
  for (let i = 0; i < n; i++) write(view, i);
  return out;
}

/** A little-endian FLOAT tensor proto. */
export function floatTensor(name: string, values: ArrayLike<number>, dims: readonly number[]): TensorProto {
  const rawData = rawBytes(values.length, 4, (v, i) => v.setFloat32(i * 4, values[i] as number, true));
  return { name, dataType: DataType.FLOAT, dims: [...dims], rawData };
}

/** A little-endian DOUBLE tensor proto. */
export function doubleTensor(name: string, values: ArrayLike<number>, dims: readonly number[]): TensorProto {
  const rawData = rawBytes(values.length, 8, (v, i) => v.setFloat64(i * 8, values[i] as number, true));
  return { name, dataType: DataType.DOUBLE, dims: [...dims], rawData };
}

/** A little-endian INT64 tensor proto. */
export function int64Tensor(name: string, values: ArrayLike<number>, dims: readonly number[]): TensorProto {
  const rawData = rawBytes(values.length, 8, (v, i) => v.setBigInt64(i * 8, BigInt(values[i] as number), true));
  return { name, dataType: DataType.INT64, dims: [...dims], rawData };
}

/** The ONNX element type of a trace kind. */
export function elemType(kind: TraceKind): number {
  return kind === "index" ? DataType.INT64 : DataType.FLOAT;
}

