import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodeNpy, parseNpy } from "../io/npy.js";
import { loss as cpuLoss } from "@mmareg/cpu";
import { runMma, tempFile } from "./helpers.js";

const sample = fileURLToPath(new URL("../../../../examples/data/sample-conv.json", import.meta.url));

describe("mma loss", () => {
  it("--json prints the contract fields, the gradient in the input's order", async () => {
    const { code, out, err } = await runMma(["loss", sample, "--layout", "conv-oihw", "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const r = JSON.parse(out);
    const file = JSON.parse(readFileSync(sample, "utf8"));
    const want = cpuLoss({ data: file.data, shape: file.shape }, { layout: "conv-oihw" });
    expect(r).toMatchObject({ loss_name: "mma", mode: "exact", backend: "cpu", dtype: "float64", shape: [16, 3, 3, 3], n: 16, d: 27 });
    expect(r.loss).toBe(want.loss);
    expect(r.grad).toEqual(Array.from(want.grad));
    expect(r.minAngleDeg).toBeGreaterThan(0.4);
    expect(r.minAngleDeg).toBeLessThan(0.6);
  });
  it("reads .npy and nested JSON, and every loss / layout flag", async () => {
    const w = Float32Array.from([1, 0.1, 0, 0.2, 1, 0.3, -1, 0.5, 1, 0.7, 0.7, 0.1]); // dense [in=3, out=4]
    const npy = tempFile("w.npy", encodeNpy(w, [3, 4]));
    const nested = tempFile("w.json", JSON.stringify([[1, 0.1, 0, 0.2], [1, 0.3, -1, 0.5], [1, 0.7, 0.7, 0.1]]));
    for (const extra of [[], ["--loss", "cosine"], ["--loss", "mhe", "--s", "0"], ["--loss", "mhe", "--half-space"], ["--loss", "orthogonal", "--mode", "reference"]]) {
      const a = JSON.parse((await runMma(["loss", npy, "--layout", "dense", "--json", ...extra])).out);
      const b = JSON.parse((await runMma(["loss", nested, "--layout", "dense", "--json", ...extra])).out);
      expect(a.n).toBe(4);
      expect(a.d).toBe(3);
      expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-6 * Math.max(1, Math.abs(b.loss)));
      expect(a.grad.length).toBe(12);
    }
  });
  it("the human summary names the loss, angle and backend", async () => {
    const { code, out } = await runMma(["loss", sample, "--layout", "conv-oihw", "--dtype", "float32"]);
    expect(code).toBe(0);
    expect(out).toMatch(/16 rows of 27/);
    expect(out).toMatch(/min angle\s+0\.\d+ deg/);
    expect(out).toMatch(/backend\s+cpu-float32 \(float32\)/);
  });
  it("bad input: one line on stderr that says what and where, exit code 2", async () => {
    const cases: [string[], RegExp][] = [
      [["loss", tempFile("nan.json", '{"shape":[2,2],"data":[1,2,3,"NaN"]}')], /data\[3\] is "NaN"/],
      [["loss", tempFile("zero.json", "[[1,2],[0,0]]")], /ZERO_ROW.*row 1 is all zeros/],
      [["loss", tempFile("empty.json", '{"shape":[0,3],"data":[]}')], /EMPTY/],
      [["loss", tempFile("bad.json", "{not json")], /PARSE.*neither a \.npy file nor valid JSON/],
      [["loss", tempFile("c.json", '{"shape":[2,2,2],"data":[1,2,3,4,5,6,7,8]}')], /BAD_SHAPE.*layout rows needs a 2-D/],
      [["loss", sample, "--loss", "nope"], /--loss must be one of mma, cosine, mhe, orthogonal/],
      [["loss", sample, "--frobnicate"], /Unknown option '--frobnicate'/],
      [["loss", sample, "--s", "two"], /--s expects a number/],
      [["loss", sample, "--backend", "tpu"], /unknown backend "tpu"/],
      [["loss", sample, "--layout", "conv-oihw", "--dtype", "float16"], /unknown dtype/],
      [["loss"], /exactly one input file/],
      [["nonsense"], /unknown command "nonsense"/],
    ];
    for (const [argv, re] of cases) {
      const { code, out, err } = await runMma(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(out).toBe("");
      expect(err.trim().split("\n")).toHaveLength(1);
      expect(err).toMatch(re);
    }
  });
  it("a non-finite weight in a .npy file is reported with its byte offset", async () => {
    const w = Float64Array.from([1, 2, 3, Number.POSITIVE_INFINITY, 5, 6]);
    const bytes = encodeNpy(w, [2, 3]);
    const offset = parseNpy(bytes).dataOffset + 3 * 8;
    const { code, err } = await runMma(["loss", tempFile("inf.npy", bytes)]);
    expect(code).toBe(2);
    expect(err).toContain(`[NON_FINITE]`);
    expect(err).toContain(`element 3 of the file's data, byte offset ${offset} is not finite (row 1, column 0`);
    const dense = await runMma(["loss", tempFile("inf2.npy", encodeNpy(w, [2, 3])), "--layout", "dense"]);
    expect(dense.err).toMatch(/element 3 .*row 0, column 1/);
  });
});

describe("mma help", () => {
  it("lists every command and explains every flag of loss", async () => {
    const top = await runMma(["--help"]);
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/loss\s+a loss and its gradient/);
    const help = await runMma(["loss", "--help"]);
    for (const flag of ["--loss", "--s", "--mode", "--backend", "--dtype", "--layout", "--json", "--half-space"]) expect(help.out).toContain(flag);
    expect((await runMma([])).code).toBe(2);
    expect((await runMma(["--version"])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
