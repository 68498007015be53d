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

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

function fail(message: string, offset: number, file: string): never {
  throw new MMARegError("PARSE", `${file}: ${message} (byte offset ${offset}); expected a NumPy .npy file of float32/float64 in C order`, {
    offset,
  });
}

/**
 * Parse a `.npy` file (format versions 1-3) holding float32 or float64 data in C order,
 * either byte order.
 *
 * @throws {@link MMARegError} `PARSE` with the byte offset of the problem.
 */
export function parseNpy(bytes: Uint8Array, file = "input"): NpyArray {
  if (bytes.length < 10 || MAGIC.some((m, i) => bytes[i] !== m)) fail("missing the \\x93NUMPY magic string", 0, file);
  const major = bytes[6];
  if (major !== 1 && major !== 2 && major !== 3) fail(`unsupported .npy format version ${major}`, 6, file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const dataOffset = headerStart + headerLen;
  if (dataOffset > bytes.length) fail(`header length ${headerLen} runs past the end of the file`, 8, file);
  const header = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(bytes.subarray(headerStart, dataOffset));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) fail(`malformed header ${JSON.stringify(header.trim())}`, headerStart, file);
  if (fortran === "True") fail("fortran_order is True; save the array with np.ascontiguousarray first", headerStart, file);
  const shape = shapeText
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(Number);
  if (shape.some((s) => !Number.isInteger(s) || s < 0)) fail(`bad shape (${shapeText})`, headerStart, file);
  const m = /^([<>|=])f([48])$/.exec(descr);
  if (!m) fail(`dtype ${descr} is not float32 or float64`, headerStart, file);
  const itemSize = Number(m[2]);
  const little = m[1] !== ">";
  const count = shape.reduce((p, s) => p * s, 1);
  if (dataOffset + count * itemSize !== bytes.length) {
    fail(`shape (${shape.join(", ")}) needs ${count * itemSize} data bytes, the file has ${bytes.length - dataOffset}`, dataOffset, file);
  }
  const data = itemSize === 8 ? new Float64Array(count) : new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const at = dataOffset + i * itemSize;
    data[i] = itemSize === 8 ? view.getFloat64(at, little) : view.getFloat32(at, little);
  }
  return { data, shape, dataOffset, itemSize };
}

/** Encode a float array as a version-1 `.npy` file (little-endian, C order). */
export function encodeNpy(data: Float64Array | Float32Array, shape: readonly number[]): Uint8Array {
  const descr = data instanceof Float64Array ? "<f8" : "<f4";
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const unpadded = 10 + header.length + 1;
  header += " ".repeat((64 - (unpadded % 64)) % 64) + "\n";
  const out = new Uint8Array(10 + header.length + data.byteLength);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  const view = new DataView(out.buffer, 10 + header.length);
  const size = data instanceof Float64Array ? 8 : 4;
  for (let i = 0; i < data.length; i++) {
    if (size === 8) view.setFloat64(i * 8, data[i], true);
    else view.setFloat32(i * 4, data[i], true);
  }
  return out;
}
