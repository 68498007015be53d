import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { endianness } from "node:os";
import { MMARegError } from "@mmareg/core";

/** A float array read from (or to be written to) a `.npy` file. */
export interface NpyArray {
  data: Float64Array | Float32Array;
  shape: number[];
  /** Byte offset of the first element in the file. */
  dataOffset: number;
  /** Bytes per element. */
  itemSize: number;
}

/** What the header of a `.npy` file says, before any data is read. */
export interface NpyHeader {
  shape: number[];
  /** Bytes per element: 4 (float32) or 8 (float64). */
  itemSize: 4 | 8;
  /** Whether the data is little-endian (`<` or `|`, `=` taken as little-endian). */
  littleEndian: boolean;
  /** Byte offset of the first element. */
  dataOffset: number;
  /** Number of elements (the product of the shape). */
  count: number;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** Whether this machine stores numbers little-endian (typed arrays use the host order). */
const HOST_LITTLE = endianness() === "LE";

/** Bytes read or written per system call: large files move in 64 MiB chunks. */
const CHUNK = 64 * 1024 * 1024;

function fail(message: string, offset: number, file: string): never {
  throw new MMARegError("PARSE", `${file}: ${message} (byte offset ${offset}); expected a NumPy .npy file of float32/float64 in C order`, {
    offset,
  });
}

/** The preamble length (magic, version, header length) of format version `major`. */
function preambleLength(major: number): number {
  return major === 1 ? 10 : 12;
}

/**
 * Parse the header of a `.npy` file (format versions 1-3) from its first bytes, which must
 * hold at least the whole header. `fileSize` (the full file's length) checks that the data
 * matches the shape.
 *
 * @throws {@link MMARegError} `PARSE` with the byte offset of the problem.
 * @example
 * ```ts
 * const h = parseNpyHeader(readFileSync("w.npy").subarray(0, 4096), "w.npy");
 * console.log(h.shape, h.itemSize, h.dataOffset);
 * ```
 */
export function parseNpyHeader(head: Uint8Array, file = "input", fileSize = head.length): NpyHeader {
  if (head.length < 10 || MAGIC.some((m, i) => head[i] !== m)) fail("missing the \\x93NUMPY magic string", 0, file);
  const major = head[6] as number;
  if (major !== 1 && major !== 2 && major !== 3) fail(`unsupported .npy format version ${major}`, 6, file);
  const start = preambleLength(major);
  if (head.length < start) fail("the file ends inside the header", head.length, file);
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const dataOffset = start + headerLen;
  if (dataOffset > fileSize || dataOffset > head.length) fail(`header length ${headerLen} runs past the end of the file`, 8, file);
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(head.subarray(start, dataOffset));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) fail(`malformed header ${JSON.stringify(header.trim())}`, start, file);
  if (fortran === "True") fail("fortran_order is True; save the array with np.ascontiguousarray first", start, file);
  const shape = shapeText
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(Number);
  if (shape.some((s) => !Number.isInteger(s) || s < 0)) fail(`bad shape (${shapeText})`, start, file);
  const m = /^([<>|=])f([48])$/.exec(descr);
  if (!m) fail(`dtype ${descr} is not float32 or float64`, start, file);
  const itemSize = Number(m[2]) as 4 | 8;
  const count = shape.reduce((p, s) => p * s, 1);
  if (dataOffset + count * itemSize !== fileSize) {
    fail(`shape (${shape.join(", ")}) needs ${count * itemSize} data bytes, the file has ${fileSize - dataOffset}`, dataOffset, file);
  }
  if (count > 2 ** 32 - 1) fail(`shape (${shape.join(", ")}) has ${count} elements, more than one typed array holds (2^32 - 1)`, start, file);
  return { shape, itemSize, littleEndian: m[1] !== ">", dataOffset, count };
}

/** Reverse the bytes of every `size`-byte element in place (a byte-order change). */
function swapBytes(bytes: Uint8Array, size: number): void {
  for (let i = 0; i + size <= bytes.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = bytes[a] as number;
      bytes[a] = bytes[b] as number;
      bytes[b] = t;
    }
  }
}

/** An empty typed array of the header's element type. */
function allocate(h: NpyHeader): Float64Array | Float32Array {
  return h.itemSize === 8 ? new Float64Array(h.count) : new Float32Array(h.count);
}

/** The bytes of a typed array, as a view (no copy). */
function bytesOf(data: Float64Array | Float32Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Parse a `.npy` file held in memory (format versions 1-3) of float32 or float64 data in
 * C order, either byte order. The data is copied once (a block copy) into a typed array of
 * the file's own element type: float32 stays float32.
 *
 * @throws {@link MMARegError} `PARSE` with the byte offset of the problem.
 * @example
 * ```ts
 * const { data, shape } = parseNpy(readFileSync("w.npy"), "w.npy");
 * ```
 */
export function parseNpy(bytes: Uint8Array, file = "input"): NpyArray {
  const h = parseNpyHeader(bytes, file);
  const data = allocate(h);
  const target = bytesOf(data);
  target.set(bytes.subarray(h.dataOffset, h.dataOffset + target.length));
  if (h.littleEndian !== HOST_LITTLE && h.itemSize > 1) swapBytes(target, h.itemSize);
  return { data, shape: h.shape, dataOffset: h.dataOffset, itemSize: h.itemSize };
}

/**
 * Read a `.npy` file from disk without holding it twice: the header is read first, then
 * the data goes straight from the file into the buffer of one typed array (float32 stays
 * float32), in 64 MiB reads. Peak memory is the array itself plus a few KiB.
 *
 * @throws {@link MMARegError} `PARSE` with the byte offset of the problem, or when the
 * file cannot be read.
 * @example
 * ```ts
 * const { data, shape } = readNpyFile("w.npy"); // Float32Array for a float32 file
 * ```
 */
export function readNpyFile(file: string): NpyArray {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    throw new MMARegError("PARSE", `cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    const size = fstatSync(fd).size;
    // the preamble says how long the header is; read exactly that much first
    const pre = new Uint8Array(12);
    const got = readSync(fd, pre, 0, Math.min(12, size), 0);
    const major = pre[6] as number;
    const headerLen = got >= 10 ? (major === 1 ? pre[8]! | (pre[9]! << 8) : got >= 12 ? new DataView(pre.buffer).getUint32(8, true) : 0) : 0;
    const headLength = Math.min(size, preambleLength(major) + headerLen);
    const head = new Uint8Array(Math.max(got, headLength));
    readSync(fd, head, 0, head.length, 0);
    const h = parseNpyHeader(head, file, size);
    const data = allocate(h);
    const target = bytesOf(data);
    for (let done = 0; done < target.length; ) {
      const n = readSync(fd, target, done, Math.min(CHUNK, target.length - done), h.dataOffset + done);
      if (n <= 0) fail(`the file ended after ${done} of ${target.length} data bytes`, h.dataOffset + done, file);
      done += n;
    }
    if (h.littleEndian !== HOST_LITTLE) swapBytes(target, h.itemSize);
    return { data, shape: h.shape, dataOffset: h.dataOffset, itemSize: h.itemSize };
  } finally {
    closeSync(fd);
  }
}

/**
 * The header of a version-1.0 `.npy` file as NumPy writes it: the magic string, version
 * 1.0, the header length, then the dict `{'descr': ..., 'fortran_order': False, 'shape':
 * (...), }` padded with spaces and a final newline so that the data starts at a multiple
 * of 64 bytes.
 *
 * @example
 * ```ts
 * encodeNpyHeader("<f4", [3, 4]).length % 64; // 0
 * ```
 */
export function encodeNpyHeader(descr: "<f4" | "<f8", shape: readonly number[]): Uint8Array {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  header += " ".repeat((64 - ((10 + header.length + 1) % 64)) % 64) + "\n";
  const out = new Uint8Array(10 + header.length);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  return out;
}

/** `count` elements of `data` from `start` as little-endian bytes (a view on a little-endian host). */
function littleEndianBytes(data: Float64Array | Float32Array, start: number, count: number): Uint8Array {
  const size = data.BYTES_PER_ELEMENT;
  const view = new Uint8Array(data.buffer, data.byteOffset + start * size, count * size);
  if (HOST_LITTLE) return view;
  const copy = view.slice();
  swapBytes(copy, size);
  return copy;
}

/**
 * Encode a float array as a version-1.0 `.npy` file in memory (little-endian, C order,
 * the data 64-byte aligned as NumPy writes it).
 *
 * @example
 * ```ts
 * writeFileSync("w.npy", encodeNpy(new Float32Array([1, 2, 3, 4]), [2, 2]));
 * ```
 */
export function encodeNpy(data: Float64Array | Float32Array, shape: readonly number[]): Uint8Array {
  const head = encodeNpyHeader(data instanceof Float64Array ? "<f8" : "<f4", shape);
  const out = new Uint8Array(head.length + data.byteLength);
  out.set(head, 0);
  out.set(littleEndianBytes(data, 0, data.length), head.length);
  return out;
}

/**
 * Write a float array to a `.npy` file (version 1.0, little-endian, C order) straight from
 * its buffer in 64 MiB writes, never building the whole file in memory. The element type
 * is the array's: `<f4` for a Float32Array, `<f8` for a Float64Array.
 *
 * @throws the file system's error (the caller turns it into a one-line message).
 * @example
 * ```ts
 * writeNpyFile("grad.npy", grad, [10575, 512]);
 * ```
 */
export function writeNpyFile(file: string, data: Float64Array | Float32Array, shape: readonly number[]): void {
  const count = shape.reduce((p, s) => p * s, 1);
  if (count !== data.length) throw new MMARegError("BAD_SHAPE", `writeNpyFile: shape (${shape.join(", ")}) has ${count} elements, the data ${data.length}`);
  const fd = openSync(file, "w");
  try {
    const head = encodeNpyHeader(data instanceof Float64Array ? "<f8" : "<f4", shape);
    writeSync(fd, head);
    const per = CHUNK / data.BYTES_PER_ELEMENT;
    for (let i = 0; i < data.length; i += per) {
      const bytes = littleEndianBytes(data, i, Math.min(per, data.length - i));
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    }
  } finally {
    closeSync(fd);
  }
}
