import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// The CPU reference backend is the natural backend for core's own solver tests; it
// resolves through the workspace root (core itself never depends on it).
import { createCpuBackend } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import { withoutFused } from "../backend.js";
import { isMMARegError } from "../errors.js";
import { gaussianMatrix } from "../random.js";
import { regularSimplex, simplexAngle } from "../simplex.js";
import { annealSoftMax } from "../tammes/anneal.js";
import { BEST_KNOWN_DEG, bestKnownAngleDeg } from "../tammes/bestKnown.js";
import { closestPair, minimalAngleDeg, nearestAnglesDeg, normalizeRowsInPlace } from "../tammes/geometry.js";
import { PAPER_TABLE1 } from "../tammes/paperTable1.js";
import { refineTammes } from "../tammes/refine.js";
import { solveTammes } from "../tammes/solveTammes.js";

const DEG = 180 / Math.PI;
const cpu = createCpuBackend();
const SHARED = fileURLToPath(new URL("../../../../../shared/data/tammes-best-known.json", import.meta.url));

function rowNorms(p: Float64Array, n: number, d: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.hypot(...p.subarray(i * d, (i + 1) * d)));
}

describe("best-known angles", () => {
  it.skipIf(!existsSync(SHARED))("the TS copy equals the shared data file", () => {
    const file = JSON.parse(readFileSync(SHARED, "utf8")) as { best_known_deg: Record<string, Record<string, number>> };
    const fromFile = Object.fromEntries(Object.entries(file.best_known_deg).map(([d, rows]) => [d, Object.fromEntries(Object.entries(rows))]));
    const fromTs = Object.fromEntries(Object.entries(BEST_KNOWN_DEG).map(([d, rows]) => [d, Object.fromEntries(Object.entries(rows))]));
    expect(fromTs).toEqual(fromFile);
  });

  it("is the simplex angle for d >= n - 1, the table otherwise, null when unknown", () => {
    expect(bestKnownAngleDeg(3, 4)).toBeCloseTo(Math.acos(-1 / 3) * DEG, 12);
    expect(bestKnownAngleDeg(10, 5)).toBeCloseTo(Math.acos(-1 / 4) * DEG, 12);
    expect(bestKnownAngleDeg(3, 130)).toBe(18.5104);
    expect(bestKnownAngleDeg(2, 7)).toBeCloseTo(360 / 7, 12);
    expect(bestKnownAngleDeg(7, 500)).toBeNull();
    expect(() => bestKnownAngleDeg(3, 1)).toThrow(/n >= 2/);
  });

  it("covers every row of the paper's Table 1 within its one-decimal optimal column", () => {
    for (const r of PAPER_TABLE1) expect(Math.abs((bestKnownAngleDeg(r.d, r.n) as number) - r.optimal)).toBeLessThanOrEqual(0.05 + 1e-9);
  });
});

describe("solveTammes", () => {
  it.each([
    [3, 4],
    [4, 5],
    [5, 6],
    [10, 5],
    [3, 2],
  ])("returns the regular simplex for d=%i, n=%i, to 1e-6 degree", async (d, n) => {
    const r = await solveTammes({ dim: d, points: n, backend: cpu });
    expect(r.method).toBe("simplex");
    expect(Math.abs((r.minAngleDeg as number) - simplexAngle(n) * DEG)).toBeLessThan(1e-6);
    expect(rowNorms(r.points, n, d).every((x) => Math.abs(x - 1) < 1e-12)).toBe(true);
    expect(r.ratio).toBeCloseTo(1, 9);
  });

  it.each([
    [3, 4],
    [4, 5],
    [5, 6],
  ])("plain SGD on MMA gets close to the simplex for d=%i, n=%i (paper, Table 1)", async (d, n) => {
    const r = await solveTammes({ dim: d, points: n, backend: cpu, useSimplex: false, seed: 3 });
    expect(r.method).toBe("sgd");
    expect(r.iterations).toBe(10000);
    expect(simplexAngle(n) * DEG - (r.minAngleDeg as number)).toBeLessThan(0.05);
  });

  it("is deterministic for a seed and differs across seeds", async () => {
    const run = (seed: number) => solveTammes({ dim: 3, points: 12, backend: cpu, iterations: 300, seed });
    const [a, b, c] = await Promise.all([run(7), run(7), run(8)]);
    expect(Array.from(a.points)).toEqual(Array.from(b.points));
    expect(Array.from(a.points)).not.toEqual(Array.from(c.points));
  });

  it.each([
    ["mma", 2, "exact"],
    ["mma", 2, "reference"],
    ["cosine", 2, "exact"],
    ["mhe", 2, "exact"],
    ["mhe", 0, "reference"],
    ["orthogonal", 2, "exact"],
  ] as const)("spreads points with loss %s (s=%i, %s mode)", async (loss, s, mode) => {
    const start = normalizeRowsInPlace(gaussianMatrix(16, 3, 5), 16, 3);
    const r = await solveTammes({ dim: 3, points: 16, backend: cpu, loss, s, mode, iterations: 400, seed: 5 });
    expect(r.finalLoss).not.toBeNull();
    expect(Number.isFinite(r.finalLoss)).toBe(true);
    expect(r.minAngleDeg as number).toBeGreaterThan((minimalAngleDeg(start, 16, 3) as number) + 5);
  });

  it("runs on any backend: fused and composed paths and float32 agree on a short run", async () => {
    const opts = { dim: 4, points: 20, iterations: 20, seed: 2, schedule: { kind: "constant" } } as const;
    const fused = await solveTammes({ ...opts, backend: cpu });
    const composed = await solveTammes({ ...opts, backend: withoutFused(cpu) });
    const f32 = await solveTammes({ ...opts, backend: createCpuBackend({ dtype: "float32" }) });
    for (let i = 0; i < fused.points.length; i++) {
      expect(composed.points[i]).toBeCloseTo(fused.points[i] as number, 9);
      expect(f32.points[i]).toBeCloseTo(fused.points[i] as number, 3);
    }
  });

  it("cuts the learning rate on a plateau and reports progress", async () => {
    const phases: string[] = [];
    let lastStep = 0;
    const r = await solveTammes({
      dim: 3,
      points: 8,
      backend: cpu,
      iterations: 2000,
      schedule: { kind: "plateau", patience: 50 },
      onProgress: (p) => {
        if (!phases.includes(p.phase)) phases.push(p.phase);
        if (p.phase === "sgd") {
          expect(p.step).toBeGreaterThan(lastStep);
          lastStep = p.step;
        }
      },
    });
    expect(phases).toEqual(["sgd", "done"]);
    expect(lastStep).toBe(2000);
    expect(r.lrReductions).toBeGreaterThan(0);
    expect(r.finalLr).toBeCloseTo(0.1 * 0.2 ** r.lrReductions, 15);
  });

  it("refines the MMA solution of d=3, n=30 to the best-known angle", async () => {
    const r = await solveTammes({ dim: 3, points: 30, backend: cpu, iterations: 1000, seed: 1, refine: { restarts: 10 } });
    expect(r.method).toBe("sgd+refine");
    expect(r.refine?.startDeg).toBeCloseTo(r.sgdMinAngleDeg as number, 9);
    expect(r.minAngleDeg as number).toBeGreaterThan(38.5971 - 0.05);
    expect(r.refine?.reachedTarget).toBe(true);
    expect(r.refine?.runs).toBe((r.refine?.restarts ?? -1) + 1);
    expect(rowNorms(r.points, 30, 3).every((x) => Math.abs(x - 1) < 1e-12)).toBe(true);
    expect(closestPair(r.points, 30, 3)?.angleDeg).toBe(r.minAngleDeg);
  });

  it("rejects bad options with typed errors", async () => {
    const bad = async (o: object, code: string) => {
      const e = await solveTammes({ dim: 3, points: 5, backend: cpu, ...o } as never).catch((x: unknown) => x);
      expect(isMMARegError(e, code as never)).toBe(true);
    };
    await bad({ backend: undefined }, "BAD_OPTION");
    await bad({ dim: 0 }, "BAD_OPTION");
    await bad({ points: 2.5 }, "BAD_OPTION");
    await bad({ loss: "nope" }, "UNKNOWN_LOSS");
    await bad({ momentum: 1 }, "BAD_OPTION");
    await bad({ lr: -1 }, "BAD_OPTION");
    await bad({ schedule: { kind: "plateau", factor: 2 } }, "BAD_OPTION");
  });
});

describe("refineTammes and its parts", () => {
  it("stops at the target, keeps the input, and reports every run", () => {
    const start = gaussianMatrix(12, 3, 4);
    const copy = start.slice();
    const { points, report } = refineTammes(start, 12, 3, { targetDeg: 63.4349, restarts: 6, seed: 1 });
    expect(Array.from(start)).toEqual(Array.from(copy));
    expect(report.finalDeg).toBeGreaterThan(63.4349 - 0.05); // the icosahedron
    expect(report.runDeg).toHaveLength(report.runs);
    expect(Math.max(...report.runDeg)).toBe(report.finalDeg);
    expect(minimalAngleDeg(points, 12, 3)).toBeCloseTo(report.finalDeg, 12);
  });

  it("is deterministic and runs every restart without a target", () => {
    const a = refineTammes(gaussianMatrix(10, 4, 1), 10, 4, { restarts: 3, iterations: 300, polishIterations: 100, seed: 9 });
    const b = refineTammes(gaussianMatrix(10, 4, 1), 10, 4, { restarts: 3, iterations: 300, polishIterations: 100, seed: 9 });
    expect(a.report.runs).toBe(4);
    expect(Array.from(a.points)).toEqual(Array.from(b.points));
  });

  it("rejects bad input", () => {
    expect(() => refineTammes([1, 0, 0], 2, 2)).toThrow(/n >= 2/);
    expect(() => refineTammes([1, 0, 0, 0], 2, 2)).toThrow(/zero vector/);
    expect(() => refineTammes([1, 0, 0, 1], 2, 2, { restarts: -1 })).toThrow(/restarts/);
  });

  it("annealing alone reaches the octahedron for 6 points in R^3", () => {
    const u = normalizeRowsInPlace(gaussianMatrix(6, 3, 11), 6, 3);
    annealSoftMax(u, 6, 3, { iterations: 1500, tau: [3, 1e4], lr: [1e-2, 1e-6], optimizer: "adam" });
    expect(minimalAngleDeg(u, 6, 3)).toBeGreaterThan(90 - 1e-3);
  });

  it("measures angles exactly, also for nearly equal points", () => {
    const t = 1e-9;
    const p = new Float64Array([1, 0, Math.cos(t), Math.sin(t), -1, 0]);
    expect(closestPair(p, 3, 2)).toMatchObject({ i: 0, j: 1 });
    expect((closestPair(p, 3, 2)?.angle as number) / t).toBeCloseTo(1, 6);
    expect(Array.from(nearestAnglesDeg(regularSimplex(4, 3), 4, 3)).every((a) => Math.abs(a - simplexAngle(4) * DEG) < 1e-9)).toBe(true);
    expect(minimalAngleDeg(new Float64Array([1, 0]), 1, 2)).toBeNull();
  });
});

describe("solveTammes progress hooks", () => {
  it("reports normalized points when asked, waits for async progress, and stops on abort", async () => {
    const { createCpuBackend } = await import("@mmareg/cpu");
    const { solveTammes } = await import("../tammes/index.js");
    const seen: number[] = [];
    const controller = new AbortController();
    const r = await solveTammes({
      dim: 3,
      points: 12,
      backend: createCpuBackend(),
      iterations: 1000,
      progressEvery: 50,
      progressPoints: true,
      signal: controller.signal,
      onProgress: async (p) => {
        if (p.phase !== "sgd") return;
        expect(p.points).toBeInstanceOf(Float64Array);
        for (let i = 0; i < 12; i++) {
          const r2 = p.points![i * 3] ** 2 + p.points![i * 3 + 1] ** 2 + p.points![i * 3 + 2] ** 2;
          expect(Math.abs(r2 - 1)).toBeLessThan(1e-12);
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
        seen.push(p.step);
        if (p.step >= 200) controller.abort();
      },
    });
    expect(seen).toEqual([50, 100, 150, 200]);
    expect(r.iterations).toBe(200);
    expect(r.minAngleDeg).toBeGreaterThan(0);
  });
});
