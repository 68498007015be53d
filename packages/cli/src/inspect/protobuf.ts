import { MMARegError } from "@mmareg/core";

/** One field of a protobuf message: its number, wire type and value (varint as number, bytes as a view). */
export interface PbField {
  field: number;
  wire: number;
  /** Varint (wire 0) and fixed32/64 raw values are numbers; length-delimited (wire 2) is bytes. */
  num: number;
  bytes: Uint8Array;
}

const EMPTY = new Uint8Array(0);

/**
 * Decode the top-level fields of a protobuf message (no schema; nested messages are
 * decoded on demand by calling this again on their bytes). Varints above 2^53 lose
 * precision (dimension sizes and offsets never get there).
 *
 * @throws MMARegError `PARSE` on truncated data or an unknown wire type.
 */
export function pbFields(buf: Uint8Array, what = "protobuf"): PbField[] {
  const out: PbField[] = [];
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (p >= buf.length) throw new MMARegError("PARSE", `${what}: truncated varint at byte ${p}`, { offset: p });
      const b = buf[p++]!;
      v += (b & 0x7f) * mul;
      mul *= 128;
      if (b < 0x80) return v;
    }
    throw new MMARegError("PARSE", `${what}: varint longer than 10 bytes at byte ${p}`, { offset: p });
  };
  while (p < buf.length) {
    const start = p;
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (field === 0) throw new MMARegError("PARSE", `${what}: field number 0 at byte ${start}`, { offset: start });
    if (wire === 0) {
      out.push({ field, wire, num: varint(), bytes: EMPTY });
    } else if (wire === 1) {
      if (p + 8 > buf.length) throw new MMARegError("PARSE", `${what}: truncated fixed64 at byte ${p}`, { offset: p });
      out.push({ field, wire, num: view.getFloat64(p, true), bytes: buf.subarray(p, p + 8) });
      p += 8;
    } else if (wire === 2) {
      const len = varint();
      if (p + len > buf.length) throw new MMARegError("PARSE", `${what}: field ${field} needs ${len} bytes at byte ${p} but only ${buf.length - p} are left`, { offset: p });
      out.push({ field, wire, num: len, bytes: buf.subarray(p, p + len) });
      p += len;
    } else if (wire === 5) {
      if (p + 4 > buf.length) throw new MMARegError("PARSE", `${what}: truncated fixed32 at byte ${p}`, { offset: p });
      out.push({ field, wire, num: view.getFloat32(p, true), bytes: buf.subarray(p, p + 4) });
      p += 4;
    } else {
      throw new MMARegError("PARSE", `${what}: wire type ${wire} at byte ${start} is not one protobuf uses`, { offset: start });
    }
  }
  return out;
}

/** A UTF-8 string field. */
export function pbString(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** A repeated integer field, packed (one bytes field) or not (several varints). */
export function pbInts(fields: PbField[], field: number): number[] {
  const out: number[] = [];
  for (const f of fields) {
    if (f.field !== field) continue;
    if (f.wire === 0) out.push(signed64(f.num));
    else if (f.wire === 2) {
      let p = 0;
      const b = f.bytes;
      while (p < b.length) {
        let v = 0;
        let mul = 1;
        for (;;) {
          const x = b[p++]!;
          v += (x & 0x7f) * mul;
          mul *= 128;
          if (x < 0x80 || p >= b.length) break;
        }
        out.push(signed64(v));
      }
    }
  }
  return out;
}

/** int64 varints of negative numbers come as 2^64 - |x|. */
function signed64(v: number): number {
  return v >= 2 ** 63 ? v - 2 ** 64 : v;
}
