import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { experiments, planRuns, PROFILES } from "../plan.mjs";
import { lineChart } from "../svg.mjs";
import { parseXml } from "./xml.js";

const run = promisify(execFile);
const main = fileURLToPath(new URL("../main.mjs", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "paper-experiments-"));
let firstLog = "";

/** The Markdown table right after a heading: its header cells and rows. */
function tableAfter(md: string, heading: string): { header: string[]; rows: string[][] } {
  const start = md.indexOf(heading);
  expect(start, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const lines = md.slice(start).split("\n").slice(1);
  const first = lines.findIndex((l) => l.startsWith("|"));
  const block: string[] = [];
  for (const l of lines.slice(first)) {
    if (!l.startsWith("|")) break;
    block.push(l);
  }
  const cells = (l: string) => l.slice(1, -1).split("|").map((c) => c.trim());
  expect(cells(block[1]!).every((c) => c === "---")).toBe(true);
  return { header: cells(block[0]!), rows: block.slice(2).map(cells) };
}

const pm = /^-?\d+(\.\d+)? ± \d+(\.\d+)?$/;

describe("the --quick suite, end to end (real digits, tfjs wasm)", () => {
  beforeAll(async () => {
    const { stdout } = await run(process.execPath, [main, "--quick", "--out", out], { maxBuffer: 1 << 24 });
    firstLog = stdout;
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("prints one progress line per run and stores one JSON file per run", () => {
    const plan = planRuns("quick");
    const progress = firstLog.split("\n").filter((l) => /^\[\s*\d+\/\d+\]/.test(l));
    expect(progress).toHaveLength(plan.length);
    expect(progress.some((l) => l.includes("timing · cnn"))).toBe(true);
    expect(progress.some((l) => /table7 · embed · ArcFace\+ · seed 2 → verification \d+\.\d+%/.test(l))).toBe(true);
    const files = readdirSync(join(out, "runs")).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(plan.map((r) => `${r.id}.json`).sort());
    for (const f of files) {
      const stored = JSON.parse(readFileSync(join(out, "runs", f), "utf8"));
      expect(stored.result).toBeTypeOf("object");
      expect(stored.result.leakedTensors).toBe(0);
    }
  });

  it("summary.json parses and holds every experiment, per seed", () => {
    const s = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    const seeds = PROFILES.quick.seeds.length;
    expect(s.profile).toBe("quick");
    expect(s.table2.map((r: { label: string }) => r.label)).toEqual(["baseline", "MMA hidden", "MMA"]);
    for (const r of s.table2) expect(r.accuracy.values).toHaveLength(seeds);
    expect(s.table3.layers.map((l: { layer: string }) => l.layer)).toEqual(["conv1", "conv2", "fc", "classify"]);
    for (const r of s.table3.rows) {
      expect(r.msPerBatch.values).toHaveLength(seeds);
      expect(r.peakMiB.mean).toBeGreaterThan(0);
      expect(r.minAngle).toHaveLength(4);
    }
    // MHE keeps an [n, n, d] tensor of pair differences: more step memory than MMA
    const mem = Object.fromEntries(s.table3.rows.map((r: { label: string; peakMiB: { mean: number } }) => [r.label, r.peakMiB.mean]));
    expect(mem["MHE (s=2)"]).toBeGreaterThan(mem.MMA);
    for (const r of s.fig1) {
      expect(r.pairs).toBe(120); // conv1: 16 filters
      expect(r.meanCounts.reduce((a: number, v: number) => a + v, 0)).toBeCloseTo(120, 6);
    }
    expect(s.fig3.map((p: { coefficient: number }) => p.coefficient)).toEqual(PROFILES.quick.grid);
    expect(s.fig4.map((p: { coefficient: number }) => p.coefficient)).toEqual(PROFILES.quick.grid);
    for (const r of s.table7) {
      expect(r.verification.values).toHaveLength(seeds);
      for (const v of r.verification.values) expect(v).toBeGreaterThan(0);
    }
  });

  it("tables.md has every table with its rows", () => {
    const md = readFileSync(join(out, "tables.md"), "utf8");
    const exps = experiments("quick");
    const t2 = tableAfter(md, "## Table 2");
    expect(t2.rows.map((r) => r[0])).toEqual(["baseline", "MMA hidden", "MMA hidden + output"]);
    t2.rows.forEach((r) => expect(r[1]).toMatch(pm));
    const t3 = tableAfter(md, "## Table 3");
    expect(t3.header).toContain("min angle conv1 (16×9)");
    expect(t3.rows.map((r) => r[0])).toEqual(exps.table3.rows.map((r) => r.label));
    t3.rows.forEach((r) => r.filter((_, i) => i !== 0 && i !== 5).forEach((c) => expect(c).toMatch(pm)));
    expect(tableAfter(md, "The paper's Table 3").rows).toHaveLength(5);
    expect(tableAfter(md, "## Fig. 1").rows.map((r) => r[0])).toEqual(["baseline", "orthogonal", "MHE (s=2)", "MMA"]);
    expect(tableAfter(md, "## Fig. 3").rows.map((r) => Number(r[0]))).toEqual(PROFILES.quick.grid);
    expect(tableAfter(md, "## Fig. 4").rows.map((r) => Number(r[0]))).toEqual(PROFILES.quick.grid);
    const t7 = tableAfter(md, "## Table 7");
    expect(t7.rows.map((r) => r[0])).toEqual(exps.table7.rows.map((r) => r.label));
    t7.rows.forEach((r) => expect(r[1]).toMatch(pm));
    expect(md).toMatch(/load average during the runs \d/);
  });

  it("the SVGs are well-formed XML with their bars, points and error bars", () => {
    const fig1 = parseXml(readFileSync(join(out, "fig1-cosine-histograms.svg"), "utf8"));
    expect(fig1.root).toBe("svg");
    expect(fig1.elements[0]!.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(fig1.elements.filter((e) => e.attrs.class === "panel")).toHaveLength(4);
    expect(fig1.elements.filter((e) => e.name === "rect" && e.attrs.class === "bar").length).toBeGreaterThan(4);
    for (const name of ["fig3-coefficient-cnn.svg", "fig4-coefficient-resnet.svg"]) {
      const fig = parseXml(readFileSync(join(out, name), "utf8"));
      expect(fig.root).toBe("svg");
      expect(fig.elements.filter((e) => e.name === "circle" && e.attrs.class === "point")).toHaveLength(PROFILES.quick.grid.length);
      expect(fig.elements.filter((e) => e.attrs.class === "errorbar")).toHaveLength(PROFILES.quick.grid.length);
      expect(fig.elements.filter((e) => e.attrs.class === "reference")).toHaveLength(1);
      for (const c of fig.elements.filter((e) => e.name === "circle")) expect(Number.isFinite(Number(c.attrs.cy))).toBe(true);
    }
  });

  it("resumes: a second invocation loads every run and trains none", async () => {
    const { stdout } = await run(process.execPath, [main, "--quick", "--out", out], { maxBuffer: 1 << 24 });
    const plan = planRuns("quick");
    expect(stdout).toContain(`${plan.length} runs, ${plan.length} loaded`);
    expect(stdout.split("\n").filter((l) => /^\[\s*\d+\/\d+\]/.test(l))).toHaveLength(0);
    expect(readFileSync(join(out, "tables.md"), "utf8")).toContain(`(0 runs trained, ${plan.length} loaded from earlier results)`);
  });
});

describe("the XML check itself", () => {
  it("rejects what is not well-formed, accepts the chart generator's escaping", () => {
    expect(() => parseXml("<svg><g></svg>")).toThrow();
    expect(() => parseXml('<svg a="1" a="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml("<svg>a & b</svg>")).toThrow(/&/);
    expect(() => parseXml("<svg/><svg/>")).toThrow(/second root/);
    const svg = lineChart({ title: "a < b & c", xLabels: ["0", "0.1"], series: [{ name: "x & y", means: [1, 2], stds: [0.1, 0.2] }], xLabel: "λ", yLabel: "%" });
    expect(parseXml(svg).root).toBe("svg");
  });
});
