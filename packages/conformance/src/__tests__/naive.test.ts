import { describe, expect, it } from "vitest";
import { check, ConformanceFailure, expectRelClose, relativeError } from "../compare.js";
import { createNaiveBackend } from "../naiveBackend.js";
import { expectedOpOutputs, OP_CASES } from "../opCases.js";
import { MUTANTS } from "../mutants.js";
import { runConformance, runConformanceChecks } from "../runConformance.js";
import { runMutationTest } from "../mutationTest.js";

const byName = (name: string) => {
  const c = OP_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return c;
};

describe("the per-op expected values (naive float64 implementation) match hand-computed ones", () => {
  it("rowMax ties go to the lowest index, under both rules", async () => {
    const ex = await expectedOpOutputs(byName("rowMax exclude: ties go to the lowest index"));
    expect(Array.from(ex.value!)).toEqual([2, 2, 1]);
    expect(Array.from(ex.index!)).toEqual([1, 0, 0]);
    const neg = await expectedOpOutputs(byName("rowMax negate: ties go to the lowest index, the negated diagonal competes"));
    // row 0: -1, 3, 3, 3 -> 3 at 1; row 1: -3, -3, 0, 0 -> 0 at 2; row 2: 0, -2, -5, 1 -> 1 at 3; row 3: -7, 2, 2, 7 -> 7 at 3
    expect(Array.from(neg.value!)).toEqual([3, 0, 1, 7]);
    expect(Array.from(neg.index!)).toEqual([1, 2, 3, 3]);
    const one = await expectedOpOutputs(byName("rowMax exclude on 1 x 1"));
    expect(Array.from(one.value!)).toEqual([-Infinity]);
    expect(Array.from(one.index!)).toEqual([0]);
  });
  it("nearest neighbours with ties and a zero row", async () => {
    const tie = await expectedOpOutputs(byName("nearestNeighbors exclude: ties go to the lowest index"));
    expect(Array.from(tie.index!)).toEqual([1, 0, 1]);
    expect(Array.from(tie.value!)).toEqual([0, 0, 0]);
    const zero = await expectedOpOutputs(byName("nearestNeighbors negate with a zero row"));
    expect(Array.from(zero.index!)).toEqual([0, 2, 1]);
  });
  it("selfMask, eq with ties, a zero row's eps rule", async () => {
    expect(Array.from((await expectedOpOutputs(byName("selfMask"))).out!)).toEqual([1, 0, 1, 0]);
    expect(Array.from((await expectedOpOutputs(byName("binary eq with exact ties"))).out!)).toEqual([1, 0, 1]);
    const z = await expectedOpOutputs(byName("normalizeRows eps with a zero row"));
    expect(Array.from(z.unit!)).toEqual([0, 0, 0.6, 0.8]);
    expect(Array.from(z.norms!)).toEqual([0, 5]);
  });
  it("scatterAddRows adds repeated indices and leaves other rows zero", async () => {
    const out = (await expectedOpOutputs(byName("scatterAddRows with repeated indices and empty rows"))).out!;
    expect(out.length).toBe(28);
    for (const row of [3, 4, 5]) expect(Array.from(out.subarray(row * 4, row * 4 + 4))).toEqual([0, 0, 0, 0]);
  });
  it("pairAngles of a right angle, pairEnergy of two orthogonal rows", async () => {
    const b = createNaiveBackend();
    const u = b.tensor([1, 0, 0, 1], [2, 2]);
    const pa = b.pairAngles!(u, b.tensor([1, 0], [2], "index"));
    expect(Array.from(b.readSync!(pa.theta))).toEqual([Math.PI / 2, Math.PI / 2]);
    // d theta / d u_0 from both pairs: -2 e_y (the tangent at u_0 towards u_1, twice)
    expect(Array.from(b.readSync!(pa.grad))).toEqual([0, -2, -2, 0]);
    const pe = b.pairEnergy!(u, { s: 2, halfSpace: false });
    // D^2 = 2 for both ordered pairs: energy 2 * (1/2); dE/du_0 = 2 * (-2) D^-4 (u_0 - u_1) = -(u_0 - u_1)
    expect(b.readSync!(pe.energy)[0]).toBeCloseTo(1, 15);
    expect(Array.from(b.readSync!(pe.grad)).map((x) => +x.toFixed(14))).toEqual([-1, 1, 1, -1]);
  });
});

describe("relative comparisons", () => {
  it("have no floor: a 1e-4 scale of small entries fails at 1e-5", () => {
    const want = [1e-3, -0.2, 0.05];
    expect(relativeError(want.map((x) => x * (1 + 1e-4)), want)).toBeCloseTo(1e-4, 12);
    expect(() => expectRelClose(want.map((x) => x * (1 + 1e-4)), want, 1e-5, "scaled")).toThrow(ConformanceFailure);
    expect(() => expectRelClose(want.map((x) => x * (1 + 1e-6)), want, 1e-5, "scaled")).not.toThrow();
  });
  it("compare an all-zero expectation absolutely, non-finite entries exactly", () => {
    expect(relativeError([1e-7, 0], [0, 0])).toBe(1e-7);
    expect(relativeError([NaN, 1], [NaN, 1])).toBe(0);
    expect(relativeError([Infinity], [-Infinity])).toBe(Infinity);
    expect(relativeError([1, 2], [1])).toBe(Infinity);
    expect(() => check(false, "boom")).toThrow("boom");
  });
});

describe("skips and tolerances of single checks", () => {
  const naive = () => createNaiveBackend();
  it("without a reference, agreement is reported skipped with the reason", async () => {
    const r = await runConformanceChecks({ name: "naive", createBackend: naive }, { dtype: "float64", groups: ["agreement"] });
    expect(r.results.length).toBe(24);
    expect(r.results.every((x) => x.status === "skipped" && /no reference backend given/.test(x.message ?? ""))).toBe(true);
  });
  it("skipCases skips the matching checks only, with their reason", async () => {
    const r = await runConformanceChecks(
      { name: "naive", createBackend: naive, skipCases: [{ match: /^ops > binary \w+ row broadcast$/, reason: "not yet" }] },
      { dtype: "float64", groups: ["ops"] },
    );
    const skipped = r.results.filter((x) => x.status === "skipped");
    expect(skipped.map((x) => x.id)).toContain("ops > binary div row broadcast");
    expect(skipped.filter((x) => x.message === "not yet").length).toBe(12);
    // the one other skip: the naive implementation has no fused mmaExact (not applicable)
    expect(skipped.filter((x) => x.message !== "not yet").map((x) => x.id)).toEqual(["ops > mmaExact searched and given partners"]);
    expect(r.failures).toEqual([]);
  });
  it("caseTolerance loosens the matching checks only: a 1e-4 gradient error then passes agreement but not golden", async () => {
    const wrong = () => MUTANTS.find((m) => m.name === "grad-scale")!.wrap(createNaiveBackend());
    const options = {
      name: "naive x (1 + 1e-4)",
      createBackend: wrong,
      reference: naive,
      caseTolerance: [{ match: "agreement > ", tolerance: { float64: 1e-4 }, reason: "test" }],
      skip: { large: "kept small" },
    };
    const agreement = await runConformanceChecks(options, { dtype: "float64", groups: ["agreement"] });
    expect(agreement.failures).toEqual([]);
    const golden = await runConformanceChecks(options, { dtype: "float64", groups: ["golden"], stopAtFirstFailure: true });
    expect(golden.failures.length).toBe(1);
  });
});

// The naive float64 implementation is itself a backend: the whole suite must pass on it,
// and every mutant of it must fail the suite.
runConformance({
  name: "naive float64 implementation",
  createBackend: () => createNaiveBackend(),
  dtypes: ["float64"],
  reference: () => createNaiveBackend(),
  skip: { large: "the naive implementation is quadratic without blocking: the 512 x 64 cases cost seconds (the adapters run them)" },
});
runMutationTest({
  name: "naive float64 implementation",
  createBackend: () => createNaiveBackend(),
  dtypes: ["float64"],
  reference: () => createNaiveBackend(),
});
