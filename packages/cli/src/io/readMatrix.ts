import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { MMARegError } from "@mmareg/core";
import { flattenNested } from "@mmareg/core/internal";
import { probeFile, readerFor } from "../inspect/readModel.js";
import { readNpyFile } from "./npy.js";

/** A weight read from a file, with what is needed to point back into the file. */
export interface MatrixFile {
  file: string;
  format: "npy" | "json" | "model";
  data: Float64Array | Float32Array;
  shape: number[];
  /** `.npy` only: byte offset of element 0 and bytes per element. */
  dataOffset?: number;
  itemSize?: number;
}

/** Control bytes other than whitespace, or invalid UTF-8, in the first 4 KiB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, Math.max(0, head.length - 4)) : head);
  } catch {
    return true;
  }
  return false;
}

/** Keep an error message printable (no control characters or binary escapes from a file). */
function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, "?").slice(0, 300);
}

/** "an ONNX model (.onnx): ..." when a model reader recognizes the file, saying which command reads it. */
function modelHint(file: string): string | null {
  let reader;
  try {
    reader = readerFor(probeFile(file));
  } catch {
    return null;
  }
  if (!reader || reader.format.startsWith("NumPy array")) return null;
  return `a ${reader.format}: mma inspect ${file} measures it; mma loss ${file} --list names its weights and --weight NAME takes one`;
}

/** A `.npy` name, or a file starting with the `\x93N` of the NumPy magic string. */
function isNpyFile(file: string): boolean {
  if (file.toLowerCase().endsWith(".npy")) return true;
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const head = new Uint8Array(2);
    readSync(fd, head, 0, 2, 0);
    return head[0] === 0x93 && head[1] === 0x4e;
  } catch {
    return false; // the JSON path below reports why it cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Read a weight from `.npy` (float32/float64, C order) or JSON: `{"shape": [...],
 * "data": [flat row-major]}` or nested arrays.
 *
 * @throws {@link MMARegError} `PARSE` (with a byte offset) or `BAD_SHAPE`.
 */
export function readMatrixFile(file: string): MatrixFile {
  if (isNpyFile(file)) {
    // straight into one typed array: the file is never held twice
    const npy = readNpyFile(file);
    return { file, format: "npy", data: npy.data, shape: npy.shape, dataOffset: npy.dataOffset, itemSize: npy.itemSize };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new MMARegError("PARSE", `cannot read ${file}: ${(e as Error).message}`);
  }
  if (looksBinary(bytes)) throw new MMARegError("PARSE", `${file} is a binary file, ${modelHint(file) ?? "not a .npy or JSON matrix"}`);
  const text = new TextDecoder().decode(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = printable((e as Error).message);
    const pos = /position (\d+)/.exec(msg)?.[1];
    throw new MMARegError("PARSE", `${file} is neither a .npy file nor valid JSON: ${msg}`, pos !== undefined ? { offset: Number(pos) } : {});
  }
  if (value && typeof value === "object" && !Array.isArray(value) && !("data" in value && "shape" in value)) {
    const hint = modelHint(file);
    if (hint) throw new MMARegError("PARSE", `${file} is not a matrix but ${hint}`);
  }
  if (Array.isArray(value)) {
    const { data, shape } = flattenNested(value);
    return { file, format: "json", data, shape };
  }
  if (value && typeof value === "object" && "data" in value && "shape" in value) {
    const { data, shape } = value as { data: unknown; shape: unknown };
    if (!Array.isArray(shape) || !shape.every((s) => Number.isInteger(s) && s >= 0)) {
      throw new MMARegError("BAD_SHAPE", `${file}: "shape" must be an array of non-negative integers`);
    }
    if (!Array.isArray(data)) throw new MMARegError("BAD_SHAPE", `${file}: "data" must be a flat array of numbers`);
    const flat = new Float64Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const v = data[i] as unknown;
      if (typeof v !== "number") {
        throw new MMARegError("PARSE", `${file}: data[${i}] is ${JSON.stringify(v)}, expected a number (JSON has no NaN or Infinity)`);
      }
      flat[i] = v;
    }
    return { file, format: "json", data: flat, shape: shape as number[] };
  }
  throw new MMARegError("PARSE", `${file}: expected nested arrays or {"shape": [...], "data": [...]}`);
}
