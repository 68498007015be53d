import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CPU_FLOAT32_ABOVE, JSON_GRAD_LIMIT, largeFloat32OnCpu } from "../commands/loss.js";
import { encodeNpy, parseNpy, readNpyFile, writeNpyFile } from "../io/npy.js";
import { bundleCli, runProcess } from "./fuzzProcess.js";
import { runMma, tempDir, tempFile } from "./helpers.js";

/** A deterministic pseudo-random weight (no two rows parallel). */
function weight(count: number, seed = 1): Float64Array {
  const out = new Float64Array(count);
  let s = seed;
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = s / 2147483648 - 0.5;
  }
  return out;
}

/** Whether python3 with numpy runs here (numpy.load is the reference reader of .npy). */
const numpy = (() => {
  const r = spawnSync("python3", ["-c", "import numpy; print(numpy.__version__)"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
})();

/** Parse a version-1.0 .npy header by hand, byte by byte, as the NPY format spec lays it out. */
function specHeader(bytes: Uint8Array) {
  expect(Array.from(bytes.subarray(0, 6))).toEqual([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]); // \x93NUMPY
  expect([bytes[6], bytes[7]]).toEqual([1, 0]); // version 1.0
  const headerLen = (bytes[8] as number) | ((bytes[9] as number) << 8); // little-endian uint16
  const total = 10 + headerLen;
  expect(total % 64).toBe(0); // the data starts 64-byte aligned
  const text = String.fromCharCode(...bytes.subarray(10, total));
  expect(text.endsWith("\n")).toBe(true);
  expect(text.slice(0, -1)).toMatch(/^\{.*\} *$/); // a dict literal padded with spaces
  for (const ch of text) expect(ch.charCodeAt(0)).toBeLessThan(128); // ASCII
  const dict = text.trim();
  const keys = [...dict.matchAll(/'([a-z_]+)'\s*:/g)].map((m) => m[1]);
  expect(keys).toEqual(["descr", "fortran_order", "shape"]);
  return {
    total,
    descr: /'descr': '([^']+)'/.exec(dict)?.[1],
    fortran: /'fortran_order': (\w+)/.exec(dict)?.[1],
    shape: /'shape': \(([^)]*)\)/.exec(dict)?.[1],
  };
}

describe("mma loss --grad-out", () => {
  it("writes the gradient as .npy: equal to --json's, read back by the CLI's own reader", async () => {
    const w = weight(7 * 5);
    const input = tempFile("w.npy", encodeNpy(w, [7, 5]));
    const dir = tempDir();
    for (const [dtype, Ctor] of [["float64", Float64Array], ["float32", Float32Array]] as const) {
      const out = join(dir, `g-${dtype}.npy`);
      const json = JSON.parse((await runMma(["loss", input, "--layout", "dense", "--json", "--dtype", dtype])).out);
      const r = await runMma(["loss", input, "--layout", "dense", "--json", "--dtype", dtype, "--grad-out", out]);
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
      const j = JSON.parse(r.out);
      expect(j.grad).toBeNull();
      expect(j.gradFile).toBe(out);
      expect(j.gradNote).toMatch(new RegExp(`the gradient \\(35 numbers, ${dtype}\\) is in`));
      expect(j.loss).toBe(json.loss);
      const g = readNpyFile(out);
      expect(g.data).toBeInstanceOf(Ctor); // the backend's precision, not widened
      expect(g.shape).toEqual([7, 5]); // the input's shape (dense: [in, out] as given)
      expect(Array.from(g.data)).toEqual(json.grad); // same numbers, same (input) order
      expect(j.gradMaxAbs).toBe(Math.max(...json.grad.map(Math.abs)));
    }
  });
  it("follows the NPY 1.0 spec byte by byte", async () => {
    const input = tempFile("w.npy", encodeNpy(weight(12 * 4), [3, 4, 4]));
    const out = join(tempDir(), "g.npy");
    const r = await runMma(["loss", input, "--layout", "conv-oihw", "--grad-out", out, "--dtype", "float32"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/written to {2}.*g\.npy \(float32, shape \[3, 4, 4\]\)/);
    const bytes = readFileSync(out);
    const h = specHeader(bytes);
    expect(h).toMatchObject({ descr: "<f4", fortran: "False", shape: "3, 4, 4" });
    expect(bytes.length).toBe(h.total + 48 * 4);
    // one axis: NumPy writes a trailing comma, "(5,)"
    const one = join(tempDir(), "one.npy");
    writeNpyFile(one, Float64Array.from([1, 2, 3, 4, 5]), [5]);
    expect(specHeader(readFileSync(one))).toMatchObject({ descr: "<f8", shape: "5," });
  });
  // skipped, and named so in the report, where python3 with numpy is not installed
  it.skipIf(numpy === null)(`numpy.load reads it (${numpy !== null ? `numpy ${numpy}` : "SKIPPED: python3 -c 'import numpy' fails here"})`, async () => {
    const w = weight(6 * 9, 7);
    const input = tempFile("w.npy", encodeNpy(w, [6, 9]));
    const dir = tempDir();
    const out = join(dir, "g.npy");
    const json = JSON.parse((await runMma(["loss", input, "--json"])).out);
    expect((await runMma(["loss", input, "--grad-out", out])).code).toBe(0);
    const py = execFileSync("python3", ["-c", "import numpy, json, sys; a = numpy.load(sys.argv[1]); print(json.dumps({'dtype': str(a.dtype), 'shape': list(a.shape), 'c': bool(a.flags.c_contiguous), 'data': a.ravel().tolist()}))", out], { encoding: "utf8" });
    const a = JSON.parse(py);
    expect(a).toMatchObject({ dtype: "float64", shape: [6, 9], c: true });
    expect(a.data).toEqual(json.grad);
  });
  it("--json leaves out a gradient over the limit and says to use --grad-out", async () => {
    expect(JSON_GRAD_LIMIT).toBe(100_000);
    const n = 200;
    const d = 501; // 100,200 numbers, just over the limit
    const input = tempFile("big.npy", encodeNpy(Float32Array.from(weight(n * d, 3)), [n, d]));
    const r = await runMma(["loss", input, "--json", "--loss", "cosine"]);
    expect(r.code).toBe(0);
    expect(r.out.length).toBeLessThan(2000);
    const j = JSON.parse(r.out);
    expect(j.grad).toBeNull();
    expect(j.gradNote).toMatch(/100200 numbers, more than the 100000 that --json prints: .*--grad-out/);
    expect(j.gradNorm).toBeGreaterThan(0);
    expect(j.n).toBe(200);
  });
  it("on wasm the file is written straight from the backend's memory: equal to --json's gradient", async () => {
    const w = Float32Array.from(weight(9 * 6, 3));
    const input = tempFile("w32.npy", encodeNpy(w, [9, 6]));
    const out = join(tempDir(), "g-wasm.npy");
    const json = JSON.parse((await runMma(["loss", input, "--backend", "wasm", "--json"])).out);
    const r = await runMma(["loss", input, "--backend", "wasm", "--grad-out", out, "--json"]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.gradFile).toBe(out);
    expect(j.loss).toBe(json.loss);
    expect(j.gradNorm).toBe(json.gradNorm);
    const g = readNpyFile(out);
    expect(g.shape).toEqual([9, 6]);
    expect(g.data).toBeInstanceOf(Float32Array);
    expect(Array.from(g.data)).toEqual(json.grad);
  }, 60_000);

  it("runs a float32 input of more than 2^24 numbers on cpu in float32 unless --dtype is given", () => {
    const big = new Float32Array(CPU_FLOAT32_ABOVE + 1); // 67 MB, never written: no page is touched
    expect(largeFloat32OnCpu("cpu", undefined, big)).toBe(true);
    expect(largeFloat32OnCpu("cpu", "float64", big)).toBe(false);
    expect(largeFloat32OnCpu("wasm", undefined, big)).toBe(false);
    expect(largeFloat32OnCpu("cpu", undefined, big.subarray(0, CPU_FLOAT32_ABOVE))).toBe(false);
    expect(largeFloat32OnCpu("cpu", undefined, new Float64Array(4))).toBe(false);
  });

  it("refuses a --grad-out that is not .npy or cannot be written, before computing", async () => {
    const input = tempFile("w.npy", encodeNpy(weight(12), [3, 4]));
    const a = await runMma(["loss", input, "--grad-out", join(tempDir(), "g.json")]);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/--grad-out .*g\.json: the gradient is written as NumPy \.npy/);
    const b = await runMma(["loss", input, "--grad-out", "/nonexistent-dir/g.npy"]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/the folder \/nonexistent-dir does not exist/);
  });
});

describe("readNpyFile", () => {
  it("reads into one typed array of the file's type, either byte order, and checks the size", () => {
    const dir = tempDir();
    const f32 = Float32Array.from([1.5, -2.25, 3, 4e-30, 5, 6]);
    const a = join(dir, "a.npy");
    writeNpyFile(a, f32, [2, 3]);
    const r = readNpyFile(a);
    expect(r.data).toBeInstanceOf(Float32Array);
    expect(r.data).toEqual(f32);
    expect(r.data.byteOffset).toBe(0);
    expect(r.data.buffer.byteLength).toBe(24); // no larger buffer behind the view
    expect(r.dataOffset).toBe(128); // 10 + 60-character dict + newline, padded to 64

    expect(parseNpy(readFileSync(a)).data).toEqual(f32);
    // big-endian float64, version 2.0 header
    let text = "{'descr': '>f8', 'fortran_order': False, 'shape': (3,), }";
    text += " ".repeat((64 - ((12 + text.length + 1) % 64)) % 64) + "\n";
    const be = new Uint8Array(12 + text.length + 24);
    be.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 2, 0]);
    new DataView(be.buffer).setUint32(8, text.length, true);
    for (let i = 0; i < text.length; i++) be[12 + i] = text.charCodeAt(i);
    const dv = new DataView(be.buffer, 12 + text.length);
    [0.1, -7, 1e300].forEach((v, i) => dv.setFloat64(i * 8, v, false));
    const b = join(dir, "b.npy");
    writeFileSync(b, be);
    expect(Array.from(readNpyFile(b).data)).toEqual([0.1, -7, 1e300]);
    // truncated: the header promises more than the file has
    const c = join(dir, "c.npy");
    writeFileSync(c, readFileSync(a).subarray(0, 128 + 20));
    expect(() => readNpyFile(c)).toThrow(/needs 24 data bytes, the file has 20/);
    expect(() => readNpyFile(join(dir, "missing.npy"))).toThrow(/cannot read/);
    rmSync(dir, { recursive: true });
  });
});

describe("progress when piped", () => {
  let runner = "";
  let dir = "";
  beforeAll(async () => {
    ({ runner, dir } = await bundleCli());
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("mma loss / inspect / tammes write no escape codes or carriage returns into a pipe", async () => {
    const work = tempDir();
    const input = join(work, "w.npy");
    writeFileSync(input, encodeNpy(weight(40 * 8), [40, 8]));
    for (const argv of [
      ["loss", input, "--grad-out", join(work, "g.npy")],
      ["loss", input, "--json"],
      ["inspect", input],
      ["tammes", "--dim", "3", "--points", "6", "--iterations", "20"],
    ]) {
      const r = await runProcess(runner, argv, work, 60_000);
      expect(r.code, `${argv.join(" ")}: ${r.err}`).toBe(0);
      expect(r.out + r.err).not.toMatch(/[\r\x1b]/);
    }
  }, 180_000);
});
