/**
 * A small protobuf reader and writer for the ONNX messages this package writes (the loss
 * graphs) and reads (weights and summaries of `.onnx` files), in place of a generated
 * schema and its runtime: the wire format is varints, fixed 32/64-bit words and
 * length-delimited fields; each message below lists the field numbers of `onnx.proto3`
 * (ONNX 1.8+) that it handles. Unknown fields are skipped when reading.
 *
 * @module
 */
import type { MMARegError } from "@mmareg/core";
import type { AttributeProto, GraphProto, ModelProto, NodeProto, TensorProto, ValueInfoProto } from "./proto.js";

// ---- writing ------------------------------------------------------------------------------

const utf8 = new TextEncoder();

/** A growable byte buffer with the protobuf primitives. */
class Writer {
  private buf = new Uint8Array(256);
  private pos = 0;

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** An unsigned varint of a non-negative safe integer. */
  private uvarint(v: number): void {
    this.reserve(10);
    while (v > 0x7f) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  /** A signed int64 as a varint (negative values take ten bytes, two's complement). */
  private varint(v: number): void {
    if (v >= 0) return this.uvarint(v);
    let lo = v % 0x100000000 >>> 0;
    let hi = Math.floor(v / 0x100000000) >>> 0;
    this.reserve(10);
    for (let i = 0; i < 9; i++) {
      this.buf[this.pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    this.buf[this.pos++] = lo & 0x01;
  }

  private tag(field: number, wire: number): void {
    this.uvarint(field * 8 + wire);
  }

  int(field: number, v: number | undefined | null, always = false): void {
    if (v === undefined || v === null || (v === 0 && !always)) return;
    this.tag(field, 0);
    this.varint(v);
  }

  float(field: number, v: number | undefined | null): void {
    if (v === undefined || v === null) return;
    this.tag(field, 5);
    this.reserve(4);
    new DataView(this.buf.buffer).setFloat32(this.pos, v, true);
    this.pos += 4;
  }

  bytes(field: number, v: Uint8Array | undefined | null, always = false): void {
    if (!v || (v.length === 0 && !always)) return;
    this.tag(field, 2);
    this.uvarint(v.length);
    this.reserve(v.length);
    this.buf.set(v, this.pos);
    this.pos += v.length;
  }

  string(field: number, v: string | undefined | null): void {
    if (v) this.bytes(field, utf8.encode(v));
  }

  /** A nested message, written by `write` into a fresh writer. */
  message<T>(field: number, v: T | undefined | null, write: (w: Writer, v: T) => void): void {
    if (v === undefined || v === null) return;
    const inner = new Writer();
    write(inner, v);
    this.tag(field, 2);
    const body = inner.finish();
    this.uvarint(body.length);
    this.reserve(body.length);
    this.buf.set(body, this.pos);
    this.pos += body.length;
  }

  /** Repeated integers, packed (proto3's default). */
  packed(field: number, vs: readonly number[] | undefined | null): void {
    if (!vs || vs.length === 0) return;
    const inner = new Writer();
    for (const v of vs) inner.varint(v);
    this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

function writeTensor(w: Writer, t: TensorProto): void {
  w.packed(1, t.dims);
  w.int(2, t.dataType);
  w.string(8, t.name);
  w.bytes(9, t.rawData);
}

function writeValueInfo(w: Writer, v: ValueInfoProto): void {
  w.string(1, v.name);
  w.message(2, v.type?.tensorType, (tw, tensorType) =>
    tw.message(1, tensorType, (ttw, tt) => {
      ttw.int(1, tt.elemType);
      ttw.message(2, tt.shape, (sw, shape) => {
        for (const d of shape.dim ?? []) {
          sw.message(1, d, (dw, dim) => {
            // a oneof member is written even when 0 (a dimension of size 0 is a size)
            if (dim.dimParam) dw.string(2, dim.dimParam);
            else dw.int(1, dim.dimValue ?? 0, true);
          });
        }
      });
    }),
  );
}

function writeAttribute(w: Writer, a: AttributeProto): void {
  w.string(1, a.name);
  if (a.type === 1) w.float(2, a.f ?? 0);
  w.int(3, a.i);
  w.message(5, a.t, writeTensor);
  w.message(6, a.g, writeGraph);
  w.packed(8, a.ints);
  w.int(20, a.type);
}

function writeNode(w: Writer, n: NodeProto): void {
  // repeated strings keep their empty entries (an omitted optional input is "")
  for (const x of n.input ?? []) w.bytes(1, utf8.encode(x), true);
  for (const x of n.output ?? []) w.bytes(2, utf8.encode(x), true);
  w.string(3, n.name);
  w.string(4, n.opType);
  for (const a of n.attribute ?? []) w.message(5, a, writeAttribute);
}

function writeGraph(w: Writer, g: GraphProto): void {
  for (const n of g.node ?? []) w.message(1, n, writeNode);
  w.string(2, g.name);
  for (const t of g.initializer ?? []) w.message(5, t, writeTensor);
  w.string(10, g.docString);
  for (const v of g.input ?? []) w.message(11, v, writeValueInfo);
  for (const v of g.output ?? []) w.message(12, v, writeValueInfo);
}

/**
 * The `.onnx` bytes of a model: IR version, opset imports, producer, doc string, graph and
 * metadata (the fields the graph writer fills).
 */
export function encodeModelProto(m: ModelProto): Uint8Array {
  const w = new Writer();
  w.int(1, m.irVersion);
  w.string(2, m.producerName);
  w.string(6, m.docString);
  w.message(7, m.graph, writeGraph);
  for (const o of m.opsetImport ?? []) {
    w.message(8, o, (ow, op) => {
      ow.string(1, op.domain);
      ow.int(2, op.version);
    });
  }
  for (const p of m.metadataProps ?? []) {
    w.message(14, p, (pw, kv) => {
      pw.string(1, kv.key);
      pw.string(2, kv.value);
    });
  }
  return w.finish();
}

// ---- reading ------------------------------------------------------------------------------

const text = new TextDecoder("utf-8", { fatal: false });

/** A malformed-protobuf error; callers wrap it in their `PARSE` error. */
function parseError(message: string): Error {
  return new Error(message);
}

/** A cursor over protobuf bytes. Length-delimited values are views, never copies. */
class Reader {
  pos: number;
  constructor(
    private readonly buf: Uint8Array,
    start = 0,
    readonly end = buf.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  private byte(): number {
    if (this.pos >= this.end) throw parseError("truncated protobuf");
    return this.buf[this.pos++] as number;
  }

  /** A varint as a JS number: exact up to 2^53; int64 two's complement negatives come back negative. */
  varint(): number {
    let lo = 0;
    let hi = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.byte();
      if (shift < 28) lo |= (b & 0x7f) << shift;
      else if (shift === 28) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >> 4;
      } else if (shift < 64) hi |= (b & 0x7f) << (shift - 32);
      else throw parseError("a varint longer than ten bytes");
      shift += 7;
    } while (b & 0x80);
    return (hi | 0) * 0x100000000 + (lo >>> 0);
  }

  bytes(): Uint8Array {
    const n = this.varint();
    if (n < 0 || this.pos + n > this.end) throw parseError("a length-delimited field runs past its message");
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(): string {
    return text.decode(this.bytes());
  }

  float(): number {
    if (this.pos + 4 > this.end) throw parseError("truncated protobuf");
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 4).getFloat32(0, true);
    this.pos += 4;
    return v;
  }

  /** A nested message's reader. */
  sub(): Reader {
    const body = this.bytes();
    return new Reader(body);
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.bytes();
    else if (wire === 5) this.pos += 4;
    else throw parseError(`wire type ${wire} is not used by ONNX`);
    if (this.pos > this.end) throw parseError("truncated protobuf");
  }

  /** Visit each field: `visit` returns false for a field it does not read (it is skipped). */
  fields(visit: (field: number, wire: number) => boolean): void {
    while (!this.done) {
      const key = this.varint();
      const field = Math.floor(key / 8);
      const wire = key & 7;
      if (field === 0) throw parseError("field number 0");
      if (!visit(field, wire)) this.skip(wire);
    }
  }

  /** Repeated integers, packed or not. */
  ints(wire: number, into: number[]): void {
    if (wire === 2) {
      const r = this.sub();
      while (!r.done) into.push(r.varint());
    } else into.push(this.varint());
  }

  /** Repeated fixed-size numbers (float_data, double_data), packed or not, as a copy. */
  fixed(wire: number, size: 4 | 8, into: number[]): void {
    if (wire === 2) {
      const body = this.bytes();
      const view = new DataView(body.buffer, body.byteOffset, body.length);
      for (let i = 0; i + size <= body.length; i += size) into.push(size === 4 ? view.getFloat32(i, true) : view.getFloat64(i, true));
    } else if (size === 4) into.push(this.float());
    else {
      if (this.pos + 8 > this.end) throw parseError("truncated protobuf");
      into.push(new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).getFloat64(0, true));
      this.pos += 8;
    }
  }
}

function readTensor(r: Reader): TensorProto {
  const t: TensorProto = { dims: [], floatData: [], int32Data: [], int64Data: [], doubleData: [], uint64Data: [], externalData: [] };
  r.fields((f, wire) => {
    if (f === 1) r.ints(wire, t.dims as number[]);
    else if (f === 2) t.dataType = r.varint();
    else if (f === 4) r.fixed(wire, 4, t.floatData as number[]);
    else if (f === 5) r.ints(wire, t.int32Data as number[]);
    else if (f === 7) r.ints(wire, t.int64Data as number[]);
    else if (f === 8) t.name = r.string();
    else if (f === 9) t.rawData = r.bytes();
    else if (f === 10) r.fixed(wire, 8, t.doubleData as number[]);
    else if (f === 11) r.ints(wire, t.uint64Data as number[]);
    else if (f === 13) t.externalData!.push(readPair(r.sub()));
    else if (f === 14) t.dataLocation = r.varint();
    else return false;
    return true;
  });
  return t;
}

function readPair(r: Reader): { key: string; value: string } {
  const kv = { key: "", value: "" };
  r.fields((f) => {
    if (f === 1) kv.key = r.string();
    else if (f === 2) kv.value = r.string();
    else return false;
    return true;
  });
  return kv;
}

type Dim = { dimValue?: number; dimParam?: string };

function readDim(r: Reader): Dim {
  const dim: Dim = {};
  r.fields((f) => {
    if (f === 1) dim.dimValue = r.varint();
    else if (f === 2) dim.dimParam = r.string();
    else return false;
    return true;
  });
  return dim;
}

function readTensorType(r: Reader): { elemType?: number; shape?: { dim: Dim[] } } {
  const tt: { elemType?: number; shape?: { dim: Dim[] } } = {};
  r.fields((f) => {
    if (f === 1) tt.elemType = r.varint();
    else if (f === 2) {
      const dims: Dim[] = [];
      const shape = r.sub();
      shape.fields((sf) => (sf === 1 ? (dims.push(readDim(shape.sub())), true) : false));
      tt.shape = { dim: dims };
    } else return false;
    return true;
  });
  return tt;
}

function readValueInfo(r: Reader): ValueInfoProto {
  const v: ValueInfoProto = { name: "" };
  r.fields((f) => {
    if (f === 1) v.name = r.string();
    else if (f === 2) {
      // TypeProto: tensor_type (1) only; sequence and map types are left out
      const type = r.sub();
      type.fields((tf) => (tf === 1 ? ((v.type = { tensorType: readTensorType(type.sub()) }), true) : false));
    } else return false;
    return true;
  });
  return v;
}

function readAttribute(r: Reader): AttributeProto {
  const a: AttributeProto = { name: "", ints: [] };
  r.fields((f, wire) => {
    if (f === 1) a.name = r.string();
    else if (f === 2) a.f = r.float();
    else if (f === 3) a.i = r.varint();
    else if (f === 4) a.s = r.bytes();
    else if (f === 5) a.t = readTensor(r.sub());
    else if (f === 6) a.g = readGraph(r.sub());
    else if (f === 8) r.ints(wire, a.ints as number[]);
    else if (f === 20) a.type = r.varint();
    else return false;
    return true;
  });
  return a;
}

function readNode(r: Reader): NodeProto {
  const n: NodeProto = { input: [], output: [], attribute: [], name: "", opType: "" };
  r.fields((f) => {
    if (f === 1) n.input!.push(r.string());
    else if (f === 2) n.output!.push(r.string());
    else if (f === 3) n.name = r.string();
    else if (f === 4) n.opType = r.string();
    else if (f === 5) n.attribute!.push(readAttribute(r.sub()));
    else if (f === 7) n.domain = r.string();
    else return false;
    return true;
  });
  return n;
}

function readGraph(r: Reader): GraphProto {
  const g: GraphProto = { node: [], initializer: [], input: [], output: [], name: "", docString: "" };
  r.fields((f) => {
    if (f === 1) g.node!.push(readNode(r.sub()));
    else if (f === 2) g.name = r.string();
    else if (f === 5) g.initializer!.push(readTensor(r.sub()));
    else if (f === 10) g.docString = r.string();
    else if (f === 11) g.input!.push(readValueInfo(r.sub()));
    else if (f === 12) g.output!.push(readValueInfo(r.sub()));
    else return false;
    return true;
  });
  return g;
}

/**
 * Decode `.onnx` bytes: the model's IR version, opset imports, producer, doc string,
 * metadata and graph (nodes, attributes, initializers, inputs and outputs; subgraphs of
 * `If`/`Loop`/`Scan` attributes too). Raw tensor data are views into `bytes`.
 *
 * @throws Error for bytes that are not a well-formed protobuf (the callers turn it into a
 *   `PARSE` {@link MMARegError}).
 */
export function decodeModelProto(bytes: Uint8Array): ModelProto {
  const r = new Reader(bytes);
  const m: ModelProto = { opsetImport: [], metadataProps: [] };
  r.fields((f) => {
    if (f === 1) m.irVersion = r.varint();
    else if (f === 2) m.producerName = r.string();
    else if (f === 6) m.docString = r.string();
    else if (f === 7) m.graph = readGraph(r.sub());
    else if (f === 8) {
      const o = { domain: "", version: 0 };
      const op = r.sub();
      op.fields((g) => {
        if (g === 1) o.domain = op.string();
        else if (g === 2) o.version = op.varint();
        else return false;
        return true;
      });
      m.opsetImport!.push(o);
    } else if (f === 14) m.metadataProps!.push(readPair(r.sub()));
    else return false;
    return true;
  });
  return m;
}
