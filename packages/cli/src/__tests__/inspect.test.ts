import { describe, expect, it } from "vitest";
import { angles } from "@mmareg/cpu";
import { normal12Matrix } from "@mmareg/core/internal";
import { formatInspectTable, inspectWeights } from "../commands/inspect.js";
import { runMma, tempFile } from "./helpers.js";

describe("mma inspect (format-independent part)", () => {
  it("computes per-layer statistics with each weight's layout", async () => {
    const conv = normal12Matrix(3 * 3 * 4, 8, 1); // [3, 3, 4, 8] channels-last
    const dense = normal12Matrix(10, 6, 2); // [in=10, out=6]
    const rows = await inspectWeights([
      { name: "conv", data: conv, shape: [3, 3, 4, 8], layout: "conv-hwio", kind: "Conv2D" },
      { name: "fc", data: dense, shape: [10, 6], layout: "dense", kind: "Dense" },
    ]);
    expect(rows.map((r) => [r.name, r.n, r.d, r.pairs])).toEqual([
      ["conv", 8, 36, 28],
      ["fc", 6, 10, 15],
    ]);
    const want = angles({ data: dense, shape: [10, 6] }, { layout: "dense" });
    expect(rows[1]!.minAngleDeg).toBe(want.minAngleDeg);
    expect(rows[1]!.pairsAbove).toBe(want.pairsAbove);
    const table = formatInspectTable(rows, 0.2);
    expect(table.split("\n")[0]).toMatch(/layer\s+kind\s+n\s+d\s+min angle\s+mean NN\s+optimum\s+\|cos\|>0.2\s+dead\s+near<0.01°/);
    expect(table).toMatch(/fc\s+Dense\s+6\s+10/);
  });
  it("refuses files no reader understands, and missing files", async () => {
    const junk = tempFile("junk.bin", new Uint8Array([1, 2, 3, 4]));
    const r = await runMma(["inspect", junk]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/PARSE.*not a model format mma inspect reads/);
    expect((await runMma(["inspect", "/nonexistent/model.json"])).err).toMatch(/cannot read/);
  });
});
