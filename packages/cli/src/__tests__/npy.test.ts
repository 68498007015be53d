import { describe, expect, it } from "vitest";
import { MMARegError } from "@mmareg/core";
import { encodeNpy, parseNpy } from "../io/npy.js";

function header(text: string, version = 1): Uint8Array {
  const pad = (64 - ((version === 1 ? 10 : 12) + text.length + 1) % 64) % 64;
  const h = text + " ".repeat(pad) + "\n";
  const out = new Uint8Array((version === 1 ? 10 : 12) + h.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const dv = new DataView(out.buffer);
  if (version === 1) dv.setUint16(8, h.length, true);
  else dv.setUint32(8, h.length, true);
  for (let i = 0; i < h.length; i++) out[(version === 1 ? 10 : 12) + i] = h.charCodeAt(i);
  return out;
}

function concat(a: Uint8Array, b: ArrayBufferView): Uint8Array {
  const out = new Uint8Array(a.length + b.byteLength);
  out.set(a);
  out.set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), a.length);
  return out;
}

describe(".npy", () => {
  it("round-trips float64 and float32 through encodeNpy / parseNpy", () => {
    const a = Float64Array.from([1.5, -2, 3.25, 1e-300, 7, 8]);
    const r = parseNpy(encodeNpy(a, [2, 3]));
    expect(r.shape).toEqual([2, 3]);
    expect(r.data).toEqual(a);
    expect(r.dataOffset % 64).toBe(0);
    const f = Float32Array.from([0.1, 0.2, 0.3]);
    const r32 = parseNpy(encodeNpy(f, [3]));
    expect(r32.data).toBeInstanceOf(Float32Array);
    expect(r32.data).toEqual(f);
    expect(r32.itemSize).toBe(4);
  });
  it("reads big-endian and version 2 files as numpy writes them", () => {
    const be = new DataView(new ArrayBuffer(16));
    be.setFloat64(0, 1.25, false);
    be.setFloat64(8, -3, false);
    const file = concat(header("{'descr': '>f8', 'fortran_order': False, 'shape': (1, 2), }", 2), be);
    expect(Array.from(parseNpy(file).data)).toEqual([1.25, -3]);
  });
  it("says what is wrong and where", () => {
    const bad = (bytes: Uint8Array, re: RegExp) => {
      let err: unknown;
      try {
        parseNpy(bytes, "w.npy");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(MMARegError);
      expect((err as MMARegError).code).toBe("PARSE");
      expect((err as Error).message).toMatch(re);
    };
    bad(new TextEncoder().encode("not a numpy file at all"), /magic string.*byte offset 0/);
    bad(concat(header("{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }"), new Int32Array(2)), /dtype <i4 is not float32 or float64/);
    bad(concat(header("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 2), }"), new Float64Array(4)), /fortran_order is True/);
    const h = header("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }");
    bad(concat(h, new Float64Array(4)), new RegExp(`needs 48 data bytes, the file has 32 \\(byte offset ${h.length}\\)`));
  });
});
