import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMma as run, tempDir } from "./helpers.js";

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEG = 180 / Math.PI;

describe("mma tammes", () => {
  it("documents every option", async () => {
    const r = await run(["tammes", "--help"]);
    expect(r.code).toBe(0);
    for (const flag of ["--dim", "--points", "--loss", "--iterations", "--seed", "--refine", "--backend", "--json", "--out", "--svg"]) expect(r.out).toContain(flag);
  });

  it("answers d >= n - 1 with the simplex", async () => {
    const r = await run(["tammes", "--dim", "4", "--points", "5", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { method: string; minAngleDeg: number; bestKnownDeg: number; ratio: number; points: number[][] };
    expect(j.method).toBe("simplex");
    expect(Math.abs(j.minAngleDeg - Math.acos(-1 / 4) * DEG)).toBeLessThan(1e-6);
    expect(j.ratio).toBeCloseTo(1, 9);
    expect(j.points).toHaveLength(5);
  });

  it("solves, refines and writes points and a sphere picture for d = 3", async () => {
    const out = join(dir, "p.json");
    const svg = join(dir, "s.svg");
    const r = await run(["tammes", "--dim", "3", "--points", "12", "--iterations", "500", "--refine", "--restarts", "4", "--out", out, "--svg", svg]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/min angle\s+63\.4\d+ deg/); // the icosahedron, 63.4349
    expect(r.out).toMatch(/best known\s+63\.4349 deg/);
    expect(r.out).toMatch(/ratio\s+(0\.99|1\.00)/);
    expect(r.err).toContain("SGD, 500 iterations"); // a line per phase off a terminal
    const file = JSON.parse(readFileSync(out, "utf8")) as { points: number[][]; minAngleDeg: number };
    expect(file.points).toHaveLength(12);
    expect(file.minAngleDeg).toBeGreaterThan(63.38);
    const picture = readFileSync(svg, "utf8");
    expect(picture.startsWith("<svg")).toBe(true);
    expect(picture).toContain("minimal angle 63.4");
    expect(picture).toContain("upper hemisphere");
    expect(picture.match(/<circle [^>]*fill="#d62728"/g)).toHaveLength(2); // the closest pair
  });

  it("writes CSV and a nearest-angle histogram for d > 3, and shows a bar on a terminal", async () => {
    const csv = join(dir, "p.csv");
    const svg = join(dir, "h.svg");
    const r = await run(["tammes", "--dim", "5", "--points", "20", "--iterations", "300", "--loss", "mhe", "--s", "0", "--out", csv, "--svg", svg], true);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/\r\x1b\[Ktammes d=5 n=20 SGD \[#+\.*\] \d+% \d+\.\d s/);
    expect(r.err).toMatch(/\[#+\] 100% /); // the last step is drawn
    expect(r.err.endsWith("\r\x1b[K")).toBe(true); // and the line cleared
    const lines = readFileSync(csv, "utf8").trim().split("\n");
    expect(lines[0]).toBe("x1,x2,x3,x4,x5");
    expect(lines).toHaveLength(21);
    const picture = readFileSync(svg, "utf8");
    expect(picture).toContain("nearest-neighbour angle");
    expect((picture.match(/<rect x=/g) ?? []).length).toBeGreaterThan(0);
  });

  it("reports usage errors with exit code 2", async () => {
    expect((await run(["tammes", "--points", "5"])).err).toMatch(/--dim is required/);
    expect((await run(["tammes", "--dim", "3", "--points", "5", "--loss", "nope"])).code).toBe(2);
    const bad = await run(["tammes", "--dim", "3", "--points", "10", "--iterations", "5", "--out", join(dir, "x.txt")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/\.json or \.csv/);
  });
});

describe("mma table1", () => {
  it("--quick reproduces the simplex rows and refines d=3, n=30, with the paper beside ours", async () => {
    const r = await run(["table1", "--quick", "--json"]);
    expect(r.code).toBe(0);
    const { rows } = JSON.parse(r.out) as { rows: { d: number; n: number; optimal: number; paper: Record<string, number>; ours: Record<string, number> }[] };
    expect(rows.map((x) => `${x.d}x${x.n}`)).toEqual(["3x4", "3x30", "4x5", "5x6"]);
    for (const row of rows) {
      expect(Object.keys(row.paper)).toEqual(["mma", "cosine", "rf", "log"]);
      expect(Object.keys(row.ours).sort()).toEqual(["cosine", "log", "mma", "refined", "rf"]);
      if (row.n <= row.d + 1) expect(Math.abs(row.ours.refined! - Math.acos(-1 / (row.n - 1)) * DEG)).toBeLessThan(1e-6);
    }
    const r330 = rows.find((x) => x.n === 30)!;
    expect(r330.ours.refined).toBeGreaterThan(38.5971 - 0.1);
    expect(r.err.split("\n").filter((l) => l.startsWith("table1 ["))).toHaveLength(4);
  });

  it("prints a text table for chosen columns and rows, and rejects unknown columns", async () => {
    const r = await run(["table1", "--rows", "4x5", "--losses", "mma,mhe", "--iterations", "200"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(104\.5\)/);
    expect(r.out).toContain("RF s=2");
    expect((await run(["table1", "--losses", "mma,bogus"])).err).toMatch(/unknown column "bogus"/);
    expect((await run(["table1", "--rows", "3-30"])).code).toBe(2);
  });
});

describe("mma plot gradient-norms", () => {
  it("computes Fig. 2 from the losses' gradients, matching the paper's eqs. 7, 8, 10 and 12", async () => {
    const r = await run(["plot", "gradient-norms", "--json", "--samples", "17"]);
    expect(r.code).toBe(0);
    const { thetaDeg, series } = JSON.parse(r.out) as { thetaDeg: number[]; series: Record<string, number[]> };
    expect(thetaDeg).toHaveLength(17);
    thetaDeg.forEach((deg, k) => {
      const t = deg / DEG;
      const rf = (s: number) => (s * Math.cos(t / 2)) / (2 * Math.sin(t / 2)) ** (s + 1);
      expect(series.mma![k]).toBeCloseTo(1, 9);
      expect(series.cosine![k]).toBeCloseTo(Math.sin(t), 9);
      expect(series.rf1![k]! / rf(1)).toBeCloseTo(1, 9);
      expect(series.rf2![k]! / rf(2)).toBeCloseTo(1, 9);
      expect(series.log![k]! / (Math.cos(t / 2) / (2 * Math.sin(t / 2)))).toBeCloseTo(1, 9);
    });
  });

  it("draws the five curves as SVG, and needs a known figure name", async () => {
    const svg = join(dir, "g.svg");
    const r = await run(["plot", "gradient-norms", "--svg", svg, "--samples", "30"]);
    expect(r.code).toBe(0);
    const picture = readFileSync(svg, "utf8");
    expect(picture.match(/<path d="M/g)).toHaveLength(5);
    expect(picture).toContain("Riesz-Fisher s=2");
    expect((await run(["plot"])).code).toBe(2);
    expect((await run(["plot", "loss-landscape"])).err).toMatch(/gradient-norms/);
  });
});
