import { MMARegError } from "@mmareg/core";
import { closeSync, openSync, readSync, fstatSync } from "node:fs";
import { bfloat16ToFloat, halfToFloat, shapeSize, torchLayout } from "./files.js";
import type { LayerWeight, ModelReader } from "./types.js";

const ITEM: Record<string, number> = { F64: 8, F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, I16: 2, I8: 1, U8: 1, BOOL: 1, U16: 2, U32: 4, U64: 8, F8_E4M3: 1, F8_E5M2: 1 };

/** The header length of a `.safetensors` file, when the first bytes look like one. */
function headerLength(head: Uint8Array): number | null {
  if (head.length < 9) return null;
  const n = new DataView(head.buffer, head.byteOffset, head.byteLength).getBigUint64(0, true);
  return head[8] === 0x7b && n > 1n && n < 100_000_000n ? Number(n) : null;
}

/**
 * Hugging Face `.safetensors` files (an 8-byte header length, a JSON header of
 * `{name: {dtype, shape, data_offsets}}`, then the data): tensors of rank >= 2 in PyTorch
 * layouts, Linear `[out, in]` (`rows`) and Conv `[out, in, kh, kw]` (`conv-oihw`); F32, F64,
 * F16 and BF16 are read, integer tensors get a skipped row. Only the header is read to
 * decide; each tensor's bytes are read on their own.
 */
export const safetensorsReader: ModelReader = {
  format: "safetensors (.safetensors)",
  matches: ({ file, head }) => file.toLowerCase().endsWith(".safetensors") || headerLength(head) !== null,
  async read({ file }) {
    const fd = openSync(file, "r");
    try {
      const size = fstatSync(fd).size;
      const lenBuf = new Uint8Array(8);
      readSync(fd, lenBuf, 0, 8, 0);
      const len = Number(new DataView(lenBuf.buffer).getBigUint64(0, true));
      if (size < 8 || len + 8 > size) throw new MMARegError("PARSE", `${file}: safetensors header length ${len} runs past the end of the ${size}-byte file`, { offset: 0 });
      const hb = new Uint8Array(len);
      readSync(fd, hb, 0, len, 8);
      let header: unknown;
      try {
        header = JSON.parse(new TextDecoder().decode(hb));
      } catch (e) {
        throw new MMARegError("PARSE", `${file}: the safetensors header is not JSON: ${(e as Error).message}`, { offset: 8 });
      }
      if (!header || typeof header !== "object" || Array.isArray(header)) throw new MMARegError("PARSE", `${file}: the safetensors header must be a JSON object`, { offset: 8 });
      const base = 8 + len;
      const out: LayerWeight[] = [];
      for (const [name, spec] of Object.entries(header as Record<string, unknown>)) {
        if (name === "__metadata__") continue;
        const s = spec as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
        if (!s || typeof s !== "object") throw new MMARegError("PARSE", `${file}: tensor ${name} is ${JSON.stringify(spec)}, expected {dtype, shape, data_offsets}`);
        const count = shapeSize(s.shape, `${file}: tensor ${name}`);
        const shape = s.shape as number[];
        if (shape.filter((x) => x > 1).length < 2) continue;
        const t = torchLayout(name, shape);
        const row = { name, shape: [...shape], layout: t.layout, kind: t.kind };
        const dtype = String(s.dtype);
        const item = ITEM[dtype];
        const offs = s.data_offsets;
        if (!Array.isArray(offs) || offs.length !== 2 || !offs.every((o) => Number.isSafeInteger(o) && o >= 0) || offs[1] < offs[0] || base + offs[1] > size) {
          out.push({ ...row, data: new Float32Array(0), skipped: `data_offsets ${JSON.stringify(offs)} do not fit the file` });
          continue;
        }
        if (t.skipped) {
          out.push({ ...row, data: new Float32Array(0), skipped: t.skipped });
          continue;
        }
        if (!["F32", "F64", "F16", "BF16"].includes(dtype)) {
          out.push({ ...row, data: new Float32Array(0), skipped: `${dtype} tensor, not float weights` });
          continue;
        }
        if (item === undefined || (offs[1] as number) - (offs[0] as number) !== count * item) {
          out.push({ ...row, data: new Float32Array(0), skipped: `holds ${(offs[1] as number) - (offs[0] as number)} bytes, shape [${shape.join(", ")}] of ${dtype} needs ${count * (item ?? 0)}` });
          continue;
        }
        const bytes = new Uint8Array(count * item);
        readSync(fd, bytes, 0, bytes.length, base + (offs[0] as number));
        const v = new DataView(bytes.buffer);
        const data =
          dtype === "F64"
            ? Float64Array.from({ length: count }, (_, i) => v.getFloat64(8 * i, true))
            : dtype === "F32"
              ? Float32Array.from({ length: count }, (_, i) => v.getFloat32(4 * i, true))
              : Float32Array.from({ length: count }, (_, i) => (dtype === "F16" ? halfToFloat : bfloat16ToFloat)(v.getUint16(2 * i, true)));
        out.push({ ...row, data });
      }
      return out;
    } finally {
      closeSync(fd);
    }
  },
};
