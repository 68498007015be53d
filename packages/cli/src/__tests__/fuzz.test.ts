// Issue 18: every bad input gets one line and exit 2. Two layers:
// 1. ~50 malformed files and flags (every case the issue lists, plus neighbours), each run
//    as a real `mma` child process: exit 2, exactly one line on stderr, no stack trace,
//    under a second of CPU time, under a fixed heap cap and RSS cap.
// 2. the bulk in-process: seeded random malformed inputs and options for the library
//    (a typed MMARegError with a code, or a finite result) and random `mma loss` flags.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gaussianMatrix, isMMARegError, solveTammes, uniform, type MMARegErrorCode } from "@mmareg/core";
import { angles, createCpuBackend, loss } from "@mmareg/cpu";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleCli, HEAP_CAP_MB, pool, runProcess, type ProcessResult } from "./fuzzProcess.js";
import { runMma, tempDir } from "./helpers.js";

/** Peak RSS allowed to a child (KiB): the heap cap plus Node's own ~50 MB and typed arrays. */
const RSS_CAP_KIB = (HEAP_CAP_MB + 128) * 1024;
/** CPU time allowed to a child (ms): "under a second" from the issue, as CPU time, not wall time, which CI load inflates. */
const CPU_CAP_MS = 1000;

/** An array nested `depth` deep around one number, as JSON. */
function nestedJson(depth: number): string {
  return "[".repeat(depth) + "1" + "]".repeat(depth);
}

/** A `.npy` header for `descr` and `shape`, padded to 64 bytes, then `body`. */
function npy(descr: string, shape: number[], body: Uint8Array, headerLength?: number): Uint8Array {
  let h = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(", ")}${shape.length === 1 ? "," : ""}), }`;
  h = h.padEnd(64 - 10 - 1, " ") + "\n";
  const head = new Uint8Array(10 + h.length);
  head.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(head.buffer).setUint16(8, headerLength ?? h.length, true);
  head.set(new TextEncoder().encode(h), 10);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

/** A tiny tfjs model.json with one Dense kernel [3, 2] and its weights file. */
function writeModel(dir: string): string {
  writeFileSync(join(dir, "w.bin"), new Uint8Array(new Float32Array([1, 0, 0.6, 0.8, 0, 1]).buffer));
  const model = {
    format: "layers-model",
    modelTopology: { class_name: "Sequential", config: { name: "s", layers: [{ class_name: "Dense", config: { name: "fc", units: 2 } }] } },
    weightsManifest: [{ paths: ["w.bin"], weights: [{ name: "fc/kernel", shape: [3, 2], dtype: "float32" }] }],
  };
  writeFileSync(join(dir, "model.json"), JSON.stringify(model));
  return "model.json";
}

const FILES: Record<string, string | Uint8Array> = {
  "deep8000.json": nestedJson(8000),
  "deep6000.json": nestedJson(6000),
  "bool.json": JSON.stringify({ data: [1, 0, true, 1], shape: [2, 2] }),
  "string.json": JSON.stringify({ data: [1, "0.5", 0, 1], shape: [2, 2] }),
  "null.json": JSON.stringify({ data: [1, 0, null, 1], shape: [2, 2] }),
  "negshape.json": JSON.stringify({ data: [1, 0, 0, 1], shape: [2, -2] }),
  "strshape.json": JSON.stringify({ data: [1, 0, 0, 1], shape: ["2", 2] }),
  "bigshape.json": JSON.stringify({ data: [], shape: [1e9, 1e9] }),
  "ragged.json": "[[1, 2], [3]]",
  "nested-string.json": '[[1, 2], [3, "x"]]',
  "empty.json": "",
  "truncated.json": "[[1, 2], [3",
  "null-top.json": "null",
  "number.json": "5",
  "noshape.json": JSON.stringify({ data: [1, 2] }),
  "inf.json": "[[1, 0], [1e999, 1]]",
  "zerorow.json": "[[1, 0], [0, 0], [0.6, 0.8]]",
  "dup.json": "[[1, 2], [0, 1], [2, 4]]",
  "antipodal.json": "[[1, 2], [0, 1], [-2, -4]]",
  "tiny.json": JSON.stringify([[1, 0.5], [0.2, 1], [-1, 0.3]].map((r) => r.map((x) => x * 1e-162))),
  "onerow3d.json": "[[[1, 2]]]",
  "junk.npy": new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  "short-body.npy": npy("<f8", [3, 2], new Uint8Array(16)),
  "long-header.npy": npy("<f8", [2, 2], new Uint8Array(32), 60000),
  "bad-descr.npy": npy("<c16", [2, 2], new Uint8Array(64)),
  "hugeshape.npy": npy("<f8", [1000000000, 1000000000], new Uint8Array(32)),
};

/** [label, argv]: every one must exit 2 with one line on stderr. */
const CASES: [string, string[]][] = [
  // item 10: the convention for a missing command
  ["mma alone", []],
  ["unknown command", ["bogus"]],
  // item 1: hostile nesting
  ["JSON nested 8000 deep", ["loss", "deep8000.json"]],
  ["JSON nested 6000 deep (short line)", ["loss", "deep6000.json"]],
  // item 9: no silent coercion
  ["{data} with a boolean", ["loss", "bool.json"]],
  ["{data} with a numeric string", ["loss", "string.json"]],
  ["{data} with null", ["loss", "null.json"]],
  ["negative dimension", ["loss", "negshape.json"]],
  ["string dimension", ["loss", "strshape.json"]],
  ["shape [1e9, 1e9] without data", ["loss", "bigshape.json"]],
  ["ragged nesting", ["loss", "ragged.json"]],
  ["a string in nested arrays", ["loss", "nested-string.json"]],
  ["empty file", ["loss", "empty.json"]],
  ["truncated JSON", ["loss", "truncated.json"]],
  ["JSON null", ["loss", "null-top.json"]],
  ["JSON number", ["loss", "number.json"]],
  ["{data} without shape", ["loss", "noshape.json"]],
  ["an infinite weight", ["loss", "inf.json"]],
  ["a zero row in exact mode", ["loss", "zerorow.json"]],
  ["3-D input with layout rows", ["loss", "onerow3d.json"]],
  ["missing file", ["loss", "nope.json"]],
  ["a folder as input", ["loss", "."]],
  ["two inputs", ["loss", "dup.json", "dup.json"]],
  ["no input", ["loss"]],
  ["corrupt .npy", ["loss", "junk.npy"]],
  ["npy body too short", ["loss", "short-body.npy"]],
  ["npy header length past the end", ["loss", "long-header.npy"]],
  ["npy complex dtype", ["loss", "bad-descr.npy"]],
  ["npy shape 1e9 x 1e9", ["loss", "hugeshape.npy"]],
  // item 8: MHE diagnoses
  ["MHE on duplicate rows", ["loss", "dup.json", "--loss", "mhe"]],
  ["half-space MHE on antipodal rows", ["loss", "antipodal.json", "--loss", "mhe", "--half-space"]],
  ["MHE on rows of norm 1e-162", ["loss", "tiny.json", "--loss", "mhe"]],
  // bad flags
  ["unknown loss", ["loss", "dup.json", "--loss", "los"]],
  ["unknown mode", ["loss", "dup.json", "--mode", "fast"]],
  ["unknown layout", ["loss", "dup.json", "--layout", "nchw"]],
  ["s not a number", ["loss", "dup.json", "--loss", "mhe", "--s", "two"]],
  ["negative s", ["loss", "dup.json", "--loss", "mhe", "--s", "-1"]],
  ["unknown backend", ["loss", "dup.json", "--backend", "cuda"]],
  ["unknown dtype", ["loss", "dup.json", "--dtype", "float16"]],
  ["unknown flag", ["loss", "dup.json", "--foo"]],
  ["inspect --threshold 2", ["inspect", "model.json", "--threshold", "2"]],
  ["inspect --threshold -0.5", ["inspect", "model.json", "--threshold", "-0.5"]],
  // items 4, 5, 7: tammes
  ["tammes --points 1e9", ["tammes", "--dim", "3", "--points", "1000000000"]],
  ["tammes --dim 1e9", ["tammes", "--dim", "1000000000", "--points", "30"]],
  ["tammes --dim 1e9 on the simplex path", ["tammes", "--dim", "1000000000", "--points", "3"]],
  ["tammes --out into a missing folder", ["tammes", "--dim", "3", "--points", "8", "--iterations", "5", "--out", "missing/dir/p.json"]],
  ["tammes --svg into a missing folder", ["tammes", "--dim", "3", "--points", "8", "--iterations", "5", "--svg", "missing/dir/p.svg"]],
  ["tammes --lr 1e300", ["tammes", "--dim", "3", "--points", "12", "--iterations", "40", "--lr", "1e300"]],
  ["tammes --points -5", ["tammes", "--dim", "3", "--points", "-5"]],
  ["tammes --momentum 2", ["tammes", "--dim", "3", "--points", "8", "--momentum", "2"]],
  // item 3: export-onnx
  ["export-onnx --cols 1e9", ["export-onnx", "--cols", "1e9", "-o", "x.onnx"]],
  ["export-onnx --cols 0", ["export-onnx", "--cols", "0", "-o", "x.onnx"]],
  ["export-onnx --cols 2.5", ["export-onnx", "--cols", "2.5", "-o", "x.onnx"]],
  ["export-onnx into a missing folder", ["export-onnx", "--cols", "8", "-o", "missing/dir/x.onnx"]],
  ["plot an unknown figure", ["plot", "bogus"]],
  ["bench --sizes 100000x100000", ["bench", "--sizes", "100000x100000", "--backends", "cpu"]],
  ["table1 --rows 3x1000000000", ["table1", "--rows", "3x1000000000"]],
];

/** What stderr must look like: one line, no stack frame, no "unexpected failure". */
function checkOneLine(label: string, r: ProcessResult): void {
  const where = `${label}: code ${String(r.code)} ${String(r.signal)}, stderr ${JSON.stringify(r.err.slice(0, 400))}`;
  expect(r.code, where).toBe(2);
  expect(r.err.endsWith("\n"), where).toBe(true);
  expect(r.err.slice(0, -1), where).not.toContain("\n");
  expect(r.err, where).toMatch(/^mma( [a-z0-9-]+)?: error/);
  expect(r.err, where).not.toMatch(/\n\s+at |unexpected failure|RangeError|TypeError/);
  expect(r.err.length, where).toBeLessThan(600);
}

describe("mma on malformed files and flags (child processes)", () => {
  let runner = "";
  let bundleDir = "";
  let cwd = "";
  const results = new Map<string, ProcessResult>();
  beforeAll(async () => {
    ({ runner, dir: bundleDir } = await bundleCli());
    cwd = tempDir();
    for (const [name, content] of Object.entries(FILES)) writeFileSync(join(cwd, name), content);
    writeModel(cwd);
    mkdirSync(join(cwd, "out"));
    const runs = await pool(
      CASES.map(([, argv]) => () => runProcess(runner, argv, cwd)),
      3,
    );
    CASES.forEach(([label], i) => results.set(label, runs[i] as ProcessResult));
  }, 240_000);
  afterAll(() => {
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  it("every case: exit 2, one line on stderr, no stack trace, CPU < 1 s, memory under the cap", () => {
    expect(CASES.length).toBeLessThanOrEqual(60);
    const worst = (f: (r: ProcessResult) => number): string => {
      const [label, r] = [...results].reduce((a, b) => (f(b[1]) > f(a[1]) ? b : a));
      return `${f(r).toFixed(0)} (${label})`;
    };
    console.log(`fuzz: ${CASES.length} processes; most CPU ms ${worst((r) => r.cpuMs ?? 0)}; most RSS KiB ${worst((r) => r.maxRSSKiB ?? 0)}; most wall ms ${worst((r) => r.wallMs)}`);
    for (const [label] of CASES) {
      const r = results.get(label) as ProcessResult;
      checkOneLine(label, r);
      expect(r.cpuMs, label).not.toBeNull();
      expect(r.cpuMs as number, `${label}: CPU time`).toBeLessThan(CPU_CAP_MS);
      expect(r.maxRSSKiB as number, `${label}: peak RSS`).toBeLessThan(RSS_CAP_KIB);
    }
  });

  it("says the right thing for the cases of the issue", () => {
    const err = (label: string): string => (results.get(label) as ProcessResult).err;
    expect(err("mma alone")).toMatch(/no command given: run "mma --help"/);
    expect(err("JSON nested 8000 deep")).toMatch(/\[BAD_SHAPE\].*nested more than 32 deep/);
    expect(err("{data} with a boolean")).toMatch(/data\[2\] is (boolean \()?true/);
    expect(err("{data} with null")).toMatch(/data\[2\] is null/);
    expect(err("half-space MHE on antipodal rows")).toMatch(/\[COINCIDENT_ROWS\].*rows 0 and 2 point in exactly opposite directions/);
    expect(err("MHE on rows of norm 1e-162")).toMatch(/row 0 has norm 1.1\de-162/);
    expect(err("tammes --points 1e9")).toMatch(/needs about 358 GiB/);
    expect(err("tammes --out into a missing folder")).toMatch(/cannot write missing\/dir\/p.json: the folder missing\/dir does not exist/);
    expect(err("tammes --svg into a missing folder")).toMatch(/cannot write missing\/dir\/p.svg/);
    expect(err("tammes --lr 1e300")).toMatch(/diverged.*smaller learning rate/);
    expect(err("export-onnx --cols 1e9")).toMatch(/about 14\.9 GiB to run .* at most 4 GiB/);
    expect(err("export-onnx into a missing folder")).toMatch(/cannot write/);
    expect(err("table1 --rows 3x1000000000")).toMatch(/--rows 3x1000000000 needs about 358 GiB/);
    expect(err("bench --sizes 100000x100000")).toMatch(/needs about [\d.]+ GiB \(the n x n Gram product/);
    expect(err("inspect --threshold 2")).toMatch(/threshold is a cosine in \[0, 1\)/);
  });
});

/**
 * Issue 18 items 1 (a model.json topology nested 20000 deep) and 2 (a malformed
 * weightsManifest) live in the `mma inspect` readers (src/inspect), fixed on another
 * branch: these run with the same checks once that branch is merged.
 */
const INSPECT_MODELS: [string, unknown][] = [
  ["a manifest group without paths", { weightsManifest: [{ weights: [{ name: "fc/kernel", shape: [3, 2], dtype: "float32" }] }] }],
  ["a manifest group without weights", { weightsManifest: [{ paths: ["w.bin"] }] }],
  ["a null manifest group", { weightsManifest: [null] }],
  ["a weight spec without shape", { weightsManifest: [{ paths: ["w.bin"], weights: [{ name: "fc/kernel", dtype: "float32" }] }] }],
  ["a negative dimension", { weightsManifest: [{ paths: ["w.bin"], weights: [{ name: "fc/kernel", shape: [3, -2], dtype: "float32" }] }] }],
];

describe("mma inspect on malformed model.json", () => {
  it("every case: exit 2, one line on stderr, no stack trace, CPU < 1 s, memory under the cap", async () => {
    const { runner, dir: bundleDir } = await bundleCli();
    const cwd = tempDir();
    try {
      writeFileSync(join(cwd, "w.bin"), new Uint8Array(24));
      // written as text: JSON.stringify itself recurses and overflows at this depth
      const deep = '{"class_name":"Sequential","config":{"layers":['.repeat(20000) + '{"class_name":"Dense","config":{"name":"fc"}}' + "]}}".repeat(20000);
      const models: [string, string][] = [
        ...INSPECT_MODELS.map(([label, body]): [string, string] =>
          [label, JSON.stringify({ format: "layers-model", modelTopology: { class_name: "Sequential", config: { layers: [] } }, ...(body as object) })]),
        ["a topology nested 20000 deep", `{"format":"layers-model","modelTopology":${deep},"weightsManifest":[]}`],
      ];
      for (const [label, text] of models) {
        writeFileSync(join(cwd, "m.json"), text);
        const r = await runProcess(runner, ["inspect", "m.json"], cwd);
        checkOneLine(label, r);
        expect(r.cpuMs as number, label).toBeLessThan(CPU_CAP_MS);
        expect(r.maxRSSKiB as number, label).toBeLessThan(RSS_CAP_KIB);
      }
    } finally {
      rmSync(bundleDir, { recursive: true, force: true });
    }
  });
});

describe("mma help convention", () => {
  it("help only when asked for, on stdout with exit 0; a missing command is one line on stderr, exit 2", async () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["loss", "--help"], ["tammes", "-h"], ["export-onnx", "--help"]]) {
      const r = await runMma(argv);
      expect(r.code, argv.join(" ")).toBe(0);
      expect(r.out, argv.join(" ")).toMatch(/Usage: mma/);
      expect(r.err).toBe("");
    }
    for (const argv of [[], ["loss"], ["inspect"], ["tammes"], ["export-onnx"]]) {
      const r = await runMma(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trimEnd().split("\n"), argv.join(" ")).toHaveLength(1);
    }
  });
});

/** Codes a library call may throw on bad input. */
const CODES = new Set<MMARegErrorCode>(["NON_FINITE", "ZERO_ROW", "COINCIDENT_ROWS", "NON_FINITE_RESULT", "BAD_SHAPE", "EMPTY", "UNKNOWN_LOSS", "BAD_OPTION"]);

describe("library calls on generated malformed input (in-process)", () => {
  const rand = uniform(18);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const junk: unknown[] = [true, false, null, undefined, "1", "", "x", Number.NaN, Infinity, -Infinity, 1e308, -0, 5e-324, 1e-162, 1e155, [], [1], {}, () => 1, Symbol("s"), 10n];
  const goodOptions: Record<string, unknown[]> = {
    loss: ["mma", "cosine", "mhe", "orthogonal"],
    mode: ["exact", "reference"],
    s: [0, 1, 2],
    halfSpace: [true, false],
    fused: [true, false],
    layout: ["rows", "dense", "conv-oihw"],
  };
  const keys = [...Object.keys(goodOptions), "los", "Loss", "halfspace", "batch", "layer", "allowNonFinite", "dtype"];

  function randomMatrix(): unknown {
    const n = 1 + Math.floor(rand() * 4);
    const d = 1 + Math.floor(rand() * 3);
    const data: unknown[] = Array.from(gaussianMatrix(n, d, Math.floor(rand() * 1000)));
    // corrupt one entry, one dimension, or the structure
    const r = rand();
    if (r < 0.4) data[Math.floor(rand() * data.length)] = pick(junk);
    if (r < 0.6) return { data, shape: [n, d] };
    if (r < 0.7) return { data, shape: [pick(junk), d] };
    if (r < 0.8) return pick(junk);
    const rows = Array.from({ length: n }, (_, i) => data.slice(i * d, (i + 1) * d));
    if (r < 0.9) (rows[Math.floor(rand() * n)] as unknown[]).push(pick(junk));
    return rows;
  }

  function randomOptions(): unknown {
    if (rand() < 0.1) return pick(junk);
    const o: Record<string, unknown> = {};
    const k = Math.floor(rand() * 4);
    for (let i = 0; i < k; i++) {
      const key = pick(keys);
      o[key] = key in goodOptions && rand() < 0.7 ? pick(goodOptions[key] as unknown[]) : pick(junk);
    }
    return o;
  }

  it("600 calls: each returns finite values or throws MMARegError with a known code and a one-line message", () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 600; i++) {
      const input = randomMatrix();
      const options = randomOptions();
      try {
        const r = loss(input as never, options as never);
        expect(Number.isFinite(r.loss) || (options as { allowNonFinite?: boolean }).allowNonFinite === true).toBe(true);
        seen.set("ok", (seen.get("ok") ?? 0) + 1);
      } catch (e) {
        const what = `call ${i}: ${String(e)}`;
        expect(isMMARegError(e), what).toBe(true);
        const err = e as { code: MMARegErrorCode; message: string };
        expect(CODES.has(err.code), what).toBe(true);
        expect(err.message, what).not.toContain("\n");
        expect(err.message.length, what).toBeLessThan(400);
        seen.set(err.code, (seen.get(err.code) ?? 0) + 1);
      }
    }
    // the generator reaches the main rules
    for (const code of ["ok", "BAD_SHAPE", "BAD_OPTION", "NON_FINITE"]) expect(seen.get(code) ?? 0, code).toBeGreaterThan(5);
  });

  it("angle reports and the Tammes solver refuse bad options with a code", async () => {
    for (const options of [{ threshold: 2 }, { threshold: -0.5 }, { treshold: 0.1 }, { absolute: "yes" }, "rows"]) {
      let e: unknown;
      try {
        angles([[1, 0], [0, 1]], options as never);
      } catch (err) {
        e = err;
      }
      expect(isMMARegError(e, "BAD_OPTION"), JSON.stringify(options)).toBe(true);
    }
    const backend = createCpuBackend();
    for (const bad of [{ dim: 0, points: 3 }, { dim: 3, points: 1.5 }, { dim: 3, points: 8, lr: 1e300, iterations: 30 }]) {
      const got = await solveTammes({ backend, ...bad }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(isMMARegError(got), JSON.stringify(bad)).toBe(true);
    }
  });
});

describe("mma loss with generated flags (in-process)", () => {
  it("120 random flag sets: exit 0, or exit 2 with one line on stderr", async () => {
    const dir = tempDir();
    const file = join(dir, "w.json");
    writeFileSync(file, JSON.stringify([[1, 0.2], [0.3, 1], [-1, 0.5]]));
    const rand = uniform(7);
    const values: Record<string, string[]> = {
      "--loss": ["mma", "mhe", "cosine", "orthogonal", "", "MMA", "mhe2"],
      "--mode": ["exact", "reference", "", "fast"],
      "--s": ["0", "2", "-1", "x", "1e999", "", "NaN"],
      "--layout": ["rows", "dense", "conv-oihw", "conv-hwio", "depthwise-hwcm", "bogus"],
      "--dtype": ["float64", "float32", "int8"],
      "--backend": ["cpu", "nope"],
    };
    const switches = ["--half-space", "--json", "--bogus"];
    for (let i = 0; i < 120; i++) {
      const argv = ["loss", file];
      for (const [flag, vs] of Object.entries(values)) if (rand() < 0.5) argv.push(flag, vs[Math.floor(rand() * vs.length)] as string);
      for (const s of switches) if (rand() < 0.2) argv.push(s);
      const r = await runMma(argv);
      const what = `${argv.slice(2).join(" ")} -> ${r.code}: ${r.err}`;
      expect([0, 2], what).toContain(r.code);
      if (r.code === 2) {
        expect(r.err.trimEnd().split("\n"), what).toHaveLength(1);
        expect(r.err, what).not.toMatch(/\n\s+at |unexpected failure/);
      } else {
        expect(r.err, what).toBe("");
      }
    }
  });
});

describe("mma loss --mode reference with zero rows (item 6)", () => {
  it("reports the loss and the angles of the non-zero rows, and says how many zero rows it left out", async () => {
    const dir = tempDir();
    const file = join(dir, "zerorow.json");
    writeFileSync(file, "[[1, 0], [0, 0], [0.6, 0.8]]");
    const text = await runMma(["loss", file, "--mode", "reference"]);
    expect(text.code).toBe(0);
    expect(text.err).toBe("");
    expect(text.out).toMatch(/min angle {3}53\.1301 deg \(over the 2 non-zero rows; 1 zero row has no direction\)/);
    expect(text.out).toMatch(/\|cos\|>0\.2 {3}1 of 1 pairs/);
    const json = JSON.parse((await runMma(["loss", file, "--mode", "reference", "--json"])).out) as { minAngleDeg: number; zeroRows: number; loss: number };
    expect(json.zeroRows).toBe(1);
    expect(json.minAngleDeg).toBeCloseTo(53.13010235415598, 10);
    expect(json.loss).toBe(loss([[1, 0], [0, 0], [0.6, 0.8]], { mode: "reference" }).loss);
    // every row zero: no angle, still a loss
    writeFileSync(file, "[[0, 0], [0, 0]]");
    const zero = JSON.parse((await runMma(["loss", file, "--mode", "reference", "--json"])).out) as { minAngleDeg: null; zeroRows: number };
    expect(zero).toMatchObject({ minAngleDeg: null, zeroRows: 2 });
    // exact mode still refuses the zero row, in one line
    const exact = await runMma(["loss", file]);
    expect(exact.code).toBe(2);
    expect(exact.err).toMatch(/\[ZERO_ROW\]/);
  });
});
