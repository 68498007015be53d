import { MMARegError } from "@mmareg/core";
import { inflateRawSync } from "node:zlib";

/** One member of a zip archive. */
export interface ZipEntry {
  name: string;
  /** Its bytes, decompressed on demand (stored or deflate). */
  read(): Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The members of a zip archive (as `numpy.savez` writes `.npz` files): the central
 * directory is read from the end-of-central-directory record, ZIP64 sizes and offsets
 * included; members are stored or deflated (decompressed with node:zlib).
 *
 * @throws MMARegError `PARSE` with the byte offset when the archive is malformed.
 */
export function readZip(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (what: string, offset: number): never => {
    throw new MMARegError("PARSE", `${file}: ${what} (byte offset ${offset}); expected a zip archive (.npz)`, { offset });
  };
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 65535); p--) {
    if (view.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) fail("no end-of-central-directory record", Math.max(0, bytes.length - 22));
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z64 = Number(view.getBigUint64(eocd - 12, true));
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== 0x06064b50) fail("bad ZIP64 end-of-central-directory record", z64);
    count = Number(view.getBigUint64(z64 + 32, true));
    cdOffset = Number(view.getBigUint64(z64 + 48, true));
  }
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) fail(`central directory entry ${k} is missing`, p);
    const method = view.getUint16(p + 10, true);
    let csize = view.getUint32(p + 20, true);
    let usize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let local = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extra field (id 1): the 0xffffffff sizes and offset, in this order
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        if (usize === 0xffffffff) (usize = Number(view.getBigUint64(q, true))), (q += 8);
        if (csize === 0xffffffff) (csize = Number(view.getBigUint64(q, true))), (q += 8);
        if (local === 0xffffffff) local = Number(view.getBigUint64(q, true));
      }
      e += 4 + len;
    }
    p = end + commentLen;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) fail(`member ${name} has no local header`, local);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + csize > bytes.length) fail(`member ${name} runs past the end of the archive`, start);
    const at = start;
    const size = csize;
    const expect = usize;
    out.push({
      name,
      read() {
        const raw = bytes.subarray(at, at + size);
        if (method === 0) return raw;
        if (method !== 8) fail(`member ${name} uses compression method ${method} (only stored and deflate are read)`, local + 8);
        let data: Uint8Array;
        try {
          data = inflateRawSync(raw);
        } catch (err) {
          return fail(`member ${name} does not inflate: ${(err as Error).message}`, at);
        }
        if (data.length !== expect) fail(`member ${name} inflates to ${data.length} bytes, the directory says ${expect}`, at);
        return data;
      },
    });
  }
  return out;
}
