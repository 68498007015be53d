// Writers for small model files of every format `mma inspect` reads, independent of the
// readers (their own protobuf, zip and header code), so a test can fail on a reader bug.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { gaussianMatrix } from "@mmareg/cpu";
import { encodeNpy } from "../io/npy.js";

/** Seeded float32 values. */
export function values(count: number, seed: number): Float32Array {
  return Float32Array.from(gaussianMatrix(1, count, seed));
}

/** Zero the rows `rows` of a weight whose neurons are on the FIRST axis (`[out, ...]`). */
export function zeroFirstAxis(v: Float32Array, out: number, rows: number[]): Float32Array {
  const per = v.length / out;
  for (const r of rows) v.fill(0, r * per, (r + 1) * per);
  return v;
}
/** Zero the neurons `rows` of a weight whose neurons are on the LAST axis (`[..., out]`). */
export function zeroLastAxis(v: Float32Array, out: number, rows: number[]): Float32Array {
  for (let k = 0; k < v.length; k++) if (rows.includes(k % out)) v[k] = 0;
  return v;
}

// ---- protobuf / ONNX ----------------------------------------------------------------

type Field = [number, number | string | Uint8Array | Field[]];
function varint(v: number): number[] {
  const out: number[] = [];
  while (v > 127) {
    out.push((v % 128) | 128);
    v = Math.floor(v / 128);
  }
  return [...out, v];
}
function message(fields: Field[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [no, v] of fields) {
    if (typeof v === "number") parts.push(Uint8Array.from([...varint(no * 8), ...varint(v)]));
    else {
      const body = typeof v === "string" ? new TextEncoder().encode(v) : v instanceof Uint8Array ? v : message(v);
      parts.push(Uint8Array.from([...varint(no * 8 + 2), ...varint(body.length)]), body);
    }
  }
  return Buffer.concat(parts);
}

/** An ONNX tensor: float32 raw data, float16 raw, float32 in float_data, int64, or external. */
export interface OnnxTensor {
  name: string;
  dims: number[];
  data: Float32Array;
  as?: "raw" | "float16" | "float_data" | "int64" | "external";
}
export interface OnnxNode {
  op: string;
  inputs: string[];
  output?: string;
  group?: number;
  transB?: number;
  /** Constant node: its value. */
  value?: OnnxTensor;
}

function f16(x: number): number {
  const v = new DataView(new ArrayBuffer(4));
  v.setFloat32(0, x);
  const b = v.getUint32(0);
  const sign = (b >>> 16) & 0x8000;
  const e = ((b >>> 23) & 0xff) - 127 + 15;
  const m = b & 0x7fffff;
  if (e <= 0) return sign;
  if (e >= 31) return sign | 0x7c00;
  return sign | (e << 10) | Math.round(m / 8192);
}

function tensorFields(t: OnnxTensor, dir: string, externals: { name: string; bytes: Uint8Array }[]): Field[] {
  const head: Field[] = [...t.dims.map((d): Field => [1, d]), [8, t.name]];
  switch (t.as ?? "raw") {
    case "float16": {
      const h = Uint16Array.from(t.data, f16);
      return [...head, [2, 10], [9, new Uint8Array(h.buffer)]];
    }
    case "float_data":
      return [...head, [2, 1], [4, new Uint8Array(t.data.buffer.slice(0))]];
    case "int64":
      return [...head, [2, 7], [9, new Uint8Array(new BigInt64Array(Array.from(t.data, (x) => BigInt(Math.round(x)))).buffer)]];
    case "external": {
      const bytes = new Uint8Array(t.data.buffer.slice(0));
      const file = `${t.name}.bin`;
      externals.push({ name: join(dir, file), bytes: Buffer.concat([new Uint8Array(16), bytes]) });
      return [...head, [2, 1], [13, [[1, "location"], [2, file]]], [13, [[1, "offset"], [2, "16"]]], [13, [[1, "length"], [2, String(bytes.length)]]], [14, 1]];
    }
    default:
      return [...head, [2, 1], [9, new Uint8Array(t.data.buffer.slice(0))]];
  }
}

/** Write an `.onnx` model (and any external data files) and return its path. */
export function writeOnnx(dir: string, name: string, nodes: OnnxNode[], inits: OnnxTensor[]): string {
  const externals: { name: string; bytes: Uint8Array }[] = [];
  const node = (n: OnnxNode, i: number): Field[] => [
    ...n.inputs.map((x): Field => [1, x]),
    [2, n.output ?? `out_${i}`],
    [3, `${n.op.toLowerCase()}_${i}`],
    [4, n.op],
    ...(n.group === undefined ? [] : [[5, [[1, "group"], [3, n.group], [20, 2]]] as Field]),
    ...(n.transB === undefined ? [] : [[5, [[1, "transB"], [3, n.transB], [20, 2]]] as Field]),
    ...(n.value ? [[5, [[1, "value"], [5, tensorFields(n.value, dir, externals)], [20, 4]]] as Field] : []),
  ];
  const graph: Field[] = [...nodes.map((n, i): Field => [1, node(n, i)]), [2, "g"], ...inits.map((t): Field => [5, tensorFields(t, dir, externals)]), [11, [[1, "X"]]], [12, [[1, "Y"]]]];
  const path = join(dir, name);
  writeFileSync(path, message([[1, 8], [8, [[1, ""], [2, 17]]], [7, graph]]));
  for (const e of externals) writeFileSync(e.name, e.bytes);
  return path;
}

// ---- tfjs ----------------------------------------------------------------------------

export interface TfjsSpec {
  name: string;
  shape: number[];
  data: Float32Array;
  quantization?: "uint8" | "uint16" | "float16";
  dtype?: "float32" | "int32";
}

/** Encode tfjs weight specs + one .bin; quantized tensors come back dequantized in `decoded`. */
export function tfjsWeights(specs: TfjsSpec[]): { manifestSpecs: unknown[]; bin: Uint8Array; decoded: Map<string, Float32Array> } {
  const parts: Uint8Array[] = [];
  const manifestSpecs: unknown[] = [];
  const decoded = new Map<string, Float32Array>();
  for (const s of specs) {
    if (s.dtype === "int32") {
      parts.push(new Uint8Array(Int32Array.from(s.data, Math.round).buffer));
      manifestSpecs.push({ name: s.name, shape: s.shape, dtype: "int32" });
      continue;
    }
    if (!s.quantization) {
      parts.push(new Uint8Array(s.data.buffer.slice(0)));
      manifestSpecs.push({ name: s.name, shape: s.shape, dtype: "float32" });
      decoded.set(s.name, s.data);
    } else if (s.quantization === "float16") {
      const h = Uint16Array.from(s.data, f16);
      parts.push(new Uint8Array(h.buffer));
      manifestSpecs.push({ name: s.name, shape: s.shape, dtype: "float32", quantization: { dtype: "float16" } });
      // decode independently: float16 -> float32 through a DataView-free formula
      decoded.set(
        s.name,
        Float32Array.from(h, (x) => {
          const e = (x >> 10) & 31;
          const m = x & 1023;
          const sign = x & 0x8000 ? -1 : 1;
          return e === 0 ? sign * m * 2 ** -24 : sign * 2 ** (e - 15) * (1 + m / 1024);
        }),
      );
    } else {
      const levels = s.quantization === "uint8" ? 255 : 65535;
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of s.data) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
      const scale = (hi - lo) / levels;
      const q = s.data.map(() => 0);
      const ints = Array.from(s.data, (v) => Math.round((v - lo) / scale));
      const arr = s.quantization === "uint8" ? Uint8Array.from(ints) : Uint16Array.from(ints);
      parts.push(new Uint8Array(arr.buffer));
      manifestSpecs.push({ name: s.name, shape: s.shape, dtype: "float32", quantization: { dtype: s.quantization, scale, min: lo } });
      decoded.set(s.name, Float32Array.from(ints, (k) => lo + scale * k));
      void q;
    }
  }
  return { manifestSpecs, bin: Buffer.concat(parts), decoded };
}

// ---- safetensors, npy, npz -------------------------------------------------------------

export interface SafeTensor {
  name: string;
  shape: number[];
  data: Float32Array;
  dtype?: "F32" | "F16" | "I64";
}
export function writeSafetensors(path: string, tensors: SafeTensor[]): void {
  const header: Record<string, unknown> = { __metadata__: { format: "pt" } };
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const t of tensors) {
    const bytes =
      t.dtype === "F16"
        ? new Uint8Array(Uint16Array.from(t.data, f16).buffer)
        : t.dtype === "I64"
          ? new Uint8Array(new BigInt64Array(Array.from(t.data, (x) => BigInt(Math.round(x)))).buffer)
          : new Uint8Array(t.data.buffer.slice(0));
    header[t.name] = { dtype: t.dtype ?? "F32", shape: t.shape, data_offsets: [at, at + bytes.length] };
    parts.push(bytes);
    at += bytes.length;
  }
  let text = JSON.stringify(header);
  text += " ".repeat((8 - (text.length % 8)) % 8);
  const len = new Uint8Array(8);
  new DataView(len.buffer).setBigUint64(0, BigInt(text.length), true);
  writeFileSync(path, Buffer.concat([len, new TextEncoder().encode(text), ...parts]));
}

function crc32(b: Uint8Array): number {
  let c = ~0;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A zip archive of named members, stored or deflated, optionally with ZIP64 extra fields (as numpy writes). */
export function zip(members: { name: string; bytes: Uint8Array; deflate?: boolean; zip64?: boolean }[]): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = new TextEncoder().encode(m.name);
    const body = m.deflate ? deflateRawSync(m.bytes) : m.bytes;
    const crc = crc32(m.bytes);
    const extra = new Uint8Array(m.zip64 ? 20 : 0);
    if (m.zip64) {
      const v = new DataView(extra.buffer);
      v.setUint16(0, 1, true);
      v.setUint16(2, 16, true);
      v.setBigUint64(4, BigInt(m.bytes.length), true);
      v.setBigUint64(12, BigInt(body.length), true);
    }
    const lh = new Uint8Array(30);
    const l = new DataView(lh.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, m.deflate ? 8 : 0, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, m.zip64 ? 0xffffffff : body.length, true);
    l.setUint32(22, m.zip64 ? 0xffffffff : m.bytes.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, extra.length, true);
    local.push(lh, name, extra, body);
    const ch = new Uint8Array(46);
    const c = new DataView(ch.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, m.deflate ? 8 : 0, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, m.zip64 ? 0xffffffff : body.length, true);
    c.setUint32(24, m.zip64 ? 0xffffffff : m.bytes.length, true);
    c.setUint16(28, name.length, true);
    c.setUint16(30, extra.length, true);
    c.setUint32(42, offset, true);
    central.push(ch, name, extra);
    offset += 30 + name.length + extra.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, members.length, true);
  e.setUint16(10, members.length, true);
  e.setUint32(12, cd.length, true);
  e.setUint32(16, offset, true);
  return Buffer.concat([...local, cd, end]);
}

export function npy(data: Float32Array | Float64Array, shape: number[]): Uint8Array {
  return encodeNpy(data, shape);
}
