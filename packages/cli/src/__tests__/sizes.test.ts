// Issue 18, items 3-5: sizes that cannot fit are refused before anything is allocated,
// outputs are checked before a long run, and a slow run shows its ETA.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTammesSize, createProgress, formatDuration } from "../commands/tammes.js";
import { CliError } from "../cliError.js";
import { checkWritable, writeOutput } from "../io/writeOutput.js";
import { runMma, tempDir } from "./helpers.js";

const GiB = 2 ** 30;

function refusal(f: () => void): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  throw new Error("expected a refusal");
}

describe("tammes size refusal", () => {
  it("refuses what does not fit in half the memory, saying what it costs", () => {
    expect(refusal(() => checkTammesSize(1e9, 3, 64 * GiB))).toMatch(/--points 1000000000 --dim 3 needs about 358 GiB \(16 float64 copies .*\), over half of this machine's 64 GiB: use fewer points/);
    // 2^32 coordinates do not fit one typed array, whatever the memory
    expect(refusal(() => checkTammesSize(30, 1e9, 1e6 * GiB))).toMatch(/more numbers than one array can hold/);
    // the boundary: 128 bytes per coordinate against half the memory
    expect(() => checkTammesSize(1000, 1000, 2 * 128e6)).not.toThrow();
    expect(() => checkTammesSize(1000, 1001, 2 * 128e6)).toThrow(CliError);
    expect(() => checkTammesSize(100_000, 3, 8 * GiB)).not.toThrow(); // slow, not too big: runs with an ETA
  });
  it("the CLI refuses before allocating (exit 2, one line), for the SGD and the simplex path", async () => {
    for (const argv of [
      ["tammes", "--dim", "3", "--points", "1000000000"],
      ["tammes", "--dim", "1000000000", "--points", "3"],
    ]) {
      const r = await runMma(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^mma tammes: error: --points \d+ --dim \d+ needs about [\d.]+ [GT]iB/);
      expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    }
  });
});

describe("export-onnx size refusal", () => {
  it("refuses, before building it, a model whose input alone cannot be held", async () => {
    const dir = tempDir();
    const r = await runMma(["export-onnx", "--cols", "1e9", "-o", join(dir, "x.onnx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--cols 1e9 would need about 14\.9 GiB to run \(W and its gradient in float32 for even 2 rows\); ONNX Runtime Web's memory holds at most 4 GiB/);
    expect(existsSync(join(dir, "x.onnx"))).toBe(false);
    const fixed = await runMma(["export-onnx", "--rows", "10575", "--cols", "512000", "-o", join(dir, "y.onnx")]);
    expect(fixed.code).toBe(2);
    expect(fixed.err).toMatch(/for 10575 rows/);
    // the graph itself has no per-column constants: a wide model is small
    const wide = await runMma(["export-onnx", "--cols", "1e7", "-o", join(dir, "m.onnx"), "--json"]);
    expect(wide.code).toBe(0);
    expect(JSON.parse(wide.out).bytes).toBeLessThan(256 * 1024);
  });
  it("refuses a row length that is not a positive integer", async () => {
    for (const cols of ["0", "-3", "2.5", "1e400"]) {
      const r = await runMma(["export-onnx", "--cols", cols, "-o", "x.onnx"]);
      expect(r.code, cols).toBe(2);
      expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    }
  });
});

describe("outputs are checked before the run", () => {
  it("a missing folder, a file in place of a folder, a folder in place of a file", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    expect(refusal(() => checkWritable(join(dir, "missing/p.json"), "out"))).toMatch(/cannot write .*missing\/p.json: the folder .*missing does not exist: create it first/);
    expect(refusal(() => checkWritable(join(dir, "sub"), "svg"))).toMatch(/it is a folder/);
    expect(() => checkWritable(join(dir, "sub/p.json"), "out")).not.toThrow();
    expect(refusal(() => writeOutput(join(dir, "nope/x.svg"), "<svg/>", "svg"))).toMatch(/^--svg .*: cannot write/);
  });
  it("tammes says so at once, without running", async () => {
    const r = await runMma(["tammes", "--dim", "3", "--points", "500", "--iterations", "100000", "--out", "missing/dir/p.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("mma tammes: error: --out missing/dir/p.json: cannot write missing/dir/p.json: the folder missing/dir does not exist: create it first (mkdir -p missing/dir)\n");
  });
});

describe("tammes progress", () => {
  it("off a terminal: the phase line waits a second, then the ETA, then a line every 30 s", () => {
    let t = 0;
    let err = "";
    const progress = createProgress({ out: () => {}, err: (s) => void (err += s), isTTY: false }, "tammes d=3 n=100000", () => t);
    t = 90_000; // one slow iteration
    progress({ phase: "sgd", step: 1, total: 10000, loss: -1, lr: 0.1 });
    expect(err.split("\n").filter(Boolean)).toEqual(["tammes d=3 n=100000: SGD, 10000 iterations", "tammes d=3 n=100000: sgd 1/10000 after 1.5 min, about 10 days left"]);
    t = 100_000;
    progress({ phase: "sgd", step: 2, total: 10000, loss: -1, lr: 0.1 });
    expect(err.split("\n").filter(Boolean)).toHaveLength(2); // under 30 s since the last line
    t = 180_000;
    progress({ phase: "sgd", step: 3, total: 10000, loss: -1, lr: 0.1 });
    expect(err.split("\n").filter(Boolean)[2]).toBe("tammes d=3 n=100000: sgd 3/10000 after 3.0 min, about 7 days left");
  });
  it("off a terminal: a fast phase prints its line when the next phase starts; a failed fast run prints none", () => {
    let t = 0;
    let err = "";
    const progress = createProgress({ out: () => {}, err: (s) => void (err += s), isTTY: false }, "tammes", () => t);
    for (let step = 1; step <= 50; step++) progress({ phase: "sgd", step, total: 50, loss: -1, lr: 0.1 });
    expect(err).toBe("");
    progress({ phase: "done", step: 1, total: 1 });
    expect(err).toBe("tammes: SGD, 50 iterations\n");
  });
  it("on a terminal: the bar carries an ETA", () => {
    let t = 0;
    let err = "";
    const progress = createProgress({ out: () => {}, err: (s) => void (err += s), isTTY: true, errColumns: 120 }, "tammes", () => t);
    t = 2000;
    progress({ phase: "sgd", step: 10, total: 100, loss: -1, lr: 0.1 });
    expect(err).toMatch(/\r\x1b\[Ktammes SGD \[##\.+\] 10% 2\.0 s, ETA 18\.0 s 10\/100 loss -1\.00000 lr 0\.10$/);
  });
  it("formats durations for people", () => {
    expect([45e3, 450e3, 5 * 3600e3, 10 * 86400e3].map(formatDuration)).toEqual(["45 s", "7.5 min", "5.0 h", "10 days"]);
  });
});
