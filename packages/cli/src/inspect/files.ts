import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, normalize } from "node:path";
import { MMARegError } from "@mmareg/core";

/** Read a file that a model names (weight shard, external data): it must lie next to or below the model. */
export function readBeside(model: string, path: unknown, what: string): Uint8Array {
  if (typeof path !== "string" || path === "") throw new MMARegError("PARSE", `${model}: a ${what} path is ${JSON.stringify(path)}, expected a file name`);
  const rel = normalize(path);
  if (isAbsolute(rel) || rel.startsWith("..")) throw new MMARegError("PARSE", `${model}: ${what} ${path} points outside the model's folder`);
  try {
    return readFileSync(join(dirname(model), rel));
  } catch (e) {
    throw new MMARegError("PARSE", `${model}: cannot read its ${what} ${path}: ${(e as Error).message}`);
  }
}

/** IEEE 754 half to float. */
export function halfToFloat(h: number): number {
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  const s = h & 0x8000 ? -1 : 1;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? Number.NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

/** bfloat16 to float. */
export function bfloat16ToFloat(h: number): number {
  const v = new DataView(new ArrayBuffer(4));
  v.setUint32(0, h << 16);
  return v.getFloat32(0);
}

/** The element count of a shape, or a PARSE error for a malformed one. */
export function shapeSize(shape: unknown, where: string): number {
  if (!Array.isArray(shape)) throw new MMARegError("PARSE", `${where}: shape is ${JSON.stringify(shape)}, expected an array of non-negative integers`);
  let p = 1;
  for (const s of shape) {
    if (typeof s !== "number" || !Number.isSafeInteger(s) || s < 0) {
      throw new MMARegError("PARSE", `${where}: shape [${shape.map((x) => JSON.stringify(x)).join(", ")}] has ${JSON.stringify(s)}, expected non-negative integers`);
    }
    p *= s;
  }
  if (!Number.isSafeInteger(p) || p > 2 ** 31) throw new MMARegError("PARSE", `${where}: shape [${shape.join(", ")}] has ${p} elements, more than mma reads`);
  return p;
}

/** Layout and kind of a PyTorch-convention tensor (`[out, in, ...]`), by rank and name. */
export function torchLayout(name: string, shape: readonly number[]): { layout: "rows" | "conv-oihw"; kind: string; skipped?: string } {
  if (/transpose|deconv/i.test(name)) return { layout: "conv-oihw", kind: "ConvTranspose (by name)", skipped: "a transposed conv ([in, out, ...]) is not measured" };
  if (shape.length === 2) return { layout: "rows", kind: /embed/i.test(name) ? "Embedding [n, d]" : "Linear [out, in]" };
  if (shape.length >= 3 && shape[1] === 1 && shape.length === 4) return { layout: "conv-oihw", kind: "depthwise conv (by shape)" };
  return { layout: "conv-oihw", kind: `conv${shape.length - 2}d [out, in, ...]` };
}
