import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isMMARegError, MMARegError } from "../errors.js";

type Core = typeof import("../index.js");

const entry = fileURLToPath(new URL("../index.ts", import.meta.url));
let dir = "";
let esm: Core;
let cjs: Core;

// Both builds of core, made as `pnpm build` makes them (tsup, ESM + CJS), loaded side by
// side in this one process: what an app gets when one dependency imports @mmareg/core and
// another requires it.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mmareg-core-builds-"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  await build({ entry: { index: entry }, format: ["esm", "cjs"], outDir: dir, target: "es2022", silent: true, config: false, dts: false });
  esm = (await import(pathToFileURL(join(dir, "index.js")).href)) as Core;
  cjs = createRequire(import.meta.url)(join(dir, "index.cjs")) as Core;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("MMARegError across the ESM and CJS builds", () => {
  it("the two builds are two different classes", () => {
    expect(esm.MMARegError).not.toBe(cjs.MMARegError);
    // the plain prototype chain does not connect them: the brand is what the checks use
    expect(Object.getPrototypeOf(new cjs.MMARegError("EMPTY", "x")) === esm.MMARegError.prototype).toBe(false);
  });

  it("isMMARegError of either build recognizes an error thrown by the other", () => {
    const fromCjs = new cjs.MMARegError("ZERO_ROW", "row 1 is all zeros", { row: 1 });
    const fromEsm = new esm.MMARegError("NON_FINITE", "NaN at row 0", { row: 0 });
    expect(esm.isMMARegError(fromCjs)).toBe(true);
    expect(cjs.isMMARegError(fromEsm)).toBe(true);
    expect(esm.isMMARegError(fromCjs, "ZERO_ROW")).toBe(true);
    expect(esm.isMMARegError(fromCjs, "NON_FINITE")).toBe(false);
    expect(isMMARegError(fromEsm, "NON_FINITE")).toBe(true);
  });

  it("instanceof works across the builds", () => {
    expect(new cjs.MMARegError("EMPTY", "x") instanceof esm.MMARegError).toBe(true);
    expect(new esm.MMARegError("EMPTY", "x") instanceof cjs.MMARegError).toBe(true);
    expect(new esm.MMARegError("EMPTY", "x") instanceof MMARegError).toBe(true);
  });

  it("a real failure of one build is recognized by the other", () => {
    let caught: unknown;
    try {
      cjs.regularSimplex(5, 2); // needs d >= 4
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(esm.isMMARegError(caught, "BAD_OPTION")).toBe(true);
    expect(caught instanceof esm.MMARegError).toBe(true);
  });

  it("does not recognize look-alikes", () => {
    const plain = Object.assign(new Error("x"), { name: "MMARegError", code: "EMPTY", context: {} });
    for (const x of [plain, { code: "EMPTY" }, null, undefined, 1, "MMARegError"]) {
      expect(esm.isMMARegError(x)).toBe(false);
      expect(x instanceof esm.MMARegError).toBe(false);
    }
  });

  it("subclasses keep the ordinary instanceof", () => {
    class Sub extends esm.MMARegError {}
    expect(new Sub("EMPTY", "x") instanceof Sub).toBe(true);
    expect(new Sub("EMPTY", "x") instanceof esm.MMARegError).toBe(true);
    expect(new esm.MMARegError("EMPTY", "x") instanceof Sub).toBe(false);
  });

  it("withContext keeps the brand", () => {
    const e = new cjs.MMARegError("ZERO_ROW", "row 1", { row: 1 }).withContext({ layer: "dense" });
    expect(esm.isMMARegError(e, "ZERO_ROW")).toBe(true);
  });
});
