import { MMARegError } from "@mmareg/core";
import { DataType, toNumber, type TensorProto } from "../proto.js";

/** How an initializer's external data file is read: its `location`, as the model names it. */
export type ExternalReader = (location: string) => Uint8Array;

const DATA_LOCATION_EXTERNAL = 1;

function externalBytes(t: TensorProto, readExternal: ExternalReader | undefined): Uint8Array {
  const entry = (key: string) => t.externalData?.find((e) => e.key === key)?.value ?? undefined;
  const location = entry("location");
  if (!location) throw new MMARegError("PARSE", `initializer ${t.name}: external data without a location`);
  if (!readExternal) {
    throw new MMARegError("PARSE", `initializer ${t.name} keeps its data in the external file ${location}: pass a reader for external data (the mma command reads it next to the model)`);
  }
  const file = readExternal(location);
  const offset = Number(entry("offset") ?? 0);
  const length = entry("length") !== undefined ? Number(entry("length")) : file.length - offset;
  if (!(offset >= 0 && length >= 0 && offset + length <= file.length)) {
    throw new MMARegError("PARSE", `initializer ${t.name}: bytes ${offset}..${offset + length} lie outside ${location} (${file.length} bytes)`);
  }
  return file.subarray(offset, offset + length);
}

function half(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? Number.NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function bfloat(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits << 16);
  return view.getFloat32(0);
}

/**
 * The values of a float tensor (FLOAT, DOUBLE, FLOAT16, BFLOAT16) from `raw_data`, the
 * typed fields or an external file, or `null` for another element type (integer and
 * quantized weights are not angle-measured).
 *
 * @throws {@link MMARegError} `PARSE` when the data does not fill the shape or the
 *   external data cannot be read.
 */
export function tensorValues(t: TensorProto, dims: readonly number[], readExternal?: ExternalReader): Float32Array | Float64Array | null {
  const size = dims.reduce((p, s) => p * s, 1);
  const type = t.dataType ?? 0;
  const width = { [DataType.FLOAT]: 4, [DataType.DOUBLE]: 8, [DataType.FLOAT16]: 2, [DataType.BFLOAT16]: 2 }[type];
  if (width === undefined) return null;
  const raw = t.dataLocation === DATA_LOCATION_EXTERNAL ? externalBytes(t, readExternal) : t.rawData && t.rawData.length > 0 ? t.rawData : null;
  const fail = (got: number) => new MMARegError("PARSE", `initializer ${t.name}: ${got} values for shape [${dims.join(", ")}] (${size} expected)`);
  if (raw) {
    if (raw.length !== size * width) throw fail(Math.floor(raw.length / width));
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    if (type === DataType.DOUBLE) return Float64Array.from({ length: size }, (_, i) => view.getFloat64(i * 8, true));
    if (type === DataType.FLOAT) return Float32Array.from({ length: size }, (_, i) => view.getFloat32(i * 4, true));
    const decode = type === DataType.FLOAT16 ? half : bfloat;
    return Float32Array.from({ length: size }, (_, i) => decode(view.getUint16(i * 2, true)));
  }
  const typed = type === DataType.DOUBLE ? t.doubleData : type === DataType.FLOAT ? t.floatData : t.int32Data;
  const values = typed ?? [];
  if (values.length !== size) throw fail(values.length);
  if (type === DataType.DOUBLE) return Float64Array.from(values);
  if (type === DataType.FLOAT) return Float32Array.from(values);
  const decode = type === DataType.FLOAT16 ? half : bfloat;
  return Float32Array.from(values, (v) => decode(toNumber(v) & 0xffff));
}
