// Hostile and malformed input to the library's entry points (issue 18): every case must
// throw a typed MMARegError with a code and a short message, never a RangeError, a
// TypeError, a silent coercion or a NaN.
import { createCpuBackend } from "@mmareg/cpu";
import { describe, expect, it } from "vitest";
import { MMARegError } from "../errors.js";
import { evaluateLossSync, matrixData } from "../evaluate.js";
import { flattenNested, MAX_RANK } from "../layout.js";
import { angleReportSync } from "../metrics.js";
import { checkOptionKeys, closestName, findCoincidentLines, findCoincidentRows, findExtremeNormRow } from "../validate.js";
import type { MatrixInput } from "../types.js";

const cpu = createCpuBackend();

function caught(f: () => unknown): MMARegError {
  try {
    f();
  } catch (e) {
    if (e instanceof MMARegError) return e;
    throw new Error(`expected an MMARegError, got ${String(e)}`);
  }
  throw new Error("expected an MMARegError, nothing was thrown");
}

/** An array nested `depth` deep around one number. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

describe("flattenNested on hostile nesting", () => {
  it("refuses nesting deeper than MAX_RANK with a short BAD_SHAPE, at any depth", () => {
    for (const depth of [MAX_RANK + 1, 6000, 100_000]) {
      const e = caught(() => flattenNested(nested(depth)));
      expect(e.code).toBe("BAD_SHAPE");
      expect(e.message).toMatch(/nested more than 32 deep/);
      expect(e.message.length).toBeLessThan(200);
    }
  });
  it("still flattens MAX_RANK levels", () => {
    expect(flattenNested(nested(MAX_RANK)).shape).toEqual(new Array(MAX_RANK).fill(1));
  });
  it("walks in row-major order and names ragged or non-numeric elements by path", () => {
    const r = flattenNested([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]);
    expect(Array.from(r.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.shape).toEqual([2, 2, 2]);
    expect(caught(() => flattenNested([[[1, 2], [3, 4]], [[5, 6], [7]]])).message).toMatch(/ragged array at \[1, 1\]: expected 2 entries/);
    expect(caught(() => flattenNested([[1, 2], 3])).message).toMatch(/ragged array at \[1\]: expected 2 entries like the first one, got number/);
    expect(caught(() => flattenNested([[1, 2], [3, [4]]])).message).toMatch(/element at \[1, 1\] is an array/);
    expect(caught(() => flattenNested([[1, null]])).message).toMatch(/element at \[0, 1\] is null/);
    expect(caught(() => flattenNested([[1, true]])).message).toMatch(/element at \[0, 1\] is boolean \(true\)/);
    expect(caught(() => flattenNested([[1, "2"]])).message).toMatch(/element at \[0, 1\] is string \("2"\)/);
  });
  it("flattens empty and zero-length arrays to an empty shape", () => {
    expect(flattenNested([]).shape).toEqual([0]);
    expect(flattenNested([[], []]).shape).toEqual([2, 0]);
    expect(caught(() => flattenNested([[], [1]])).code).toBe("BAD_SHAPE");
  });
  it("keeps an 18 KB path out of the message: evaluateLoss on a 6000-deep input is one short line", () => {
    const e = caught(() => evaluateLossSync(cpu, nested(6000) as MatrixInput));
    expect(e.code).toBe("BAD_SHAPE");
    expect(e.message.length).toBeLessThan(250);
  });
});

describe("{ data, shape } input is held to the nested-array rules", () => {
  const cases: [string, unknown, RegExp][] = [
    ["boolean", { data: [1, 0, true, 1], shape: [2, 2] }, /data\[2\] is boolean \(true\)/],
    ["false", { data: [1, 0, 0, false], shape: [2, 2] }, /data\[3\] is boolean \(false\)/],
    ["numeric string", { data: [1, "0.5", 0, 1], shape: [2, 2] }, /data\[1\] is string \("0.5"\)/],
    ["null", { data: [1, 0, null, 1], shape: [2, 2] }, /data\[2\] is null/],
    ["hole", { data: [1, 0, , 1], shape: [2, 2] }, /data\[2\] is undefined/],
    ["string data", { data: "1234", shape: [2, 2] }, /data is string/],
    ["object data", { data: { length: 4 }, shape: [2, 2] }, /data is object/],
    ["bigint array", { data: new BigInt64Array(4), shape: [2, 2] }, /data is object/],
    ["string dimension", { data: [1, 0, 0, 1], shape: ["2", 2] }, /shape\[0\] is string/],
    ["fractional dimension", { data: [1, 0, 0, 1], shape: [1.5, 2] }, /shape\[0\] is 1.5/],
    ["negative dimension", { data: [1, 0, 0, 1], shape: [2, -2] }, /shape\[1\] is -2/],
    ["too many axes", { data: [1], shape: new Array(40).fill(1) }, /40 dimensions/],
  ];
  for (const [label, input, message] of cases) {
    it(`refuses ${label} with BAD_SHAPE naming the index`, () => {
      const e = caught(() => evaluateLossSync(cpu, input as MatrixInput));
      expect(e.code).toBe("BAD_SHAPE");
      expect(e.message).toMatch(message);
    });
  }
  it("accepts numbers, typed arrays and NaN (reported as NON_FINITE with its row and column)", () => {
    expect(matrixData({ data: new Float32Array([1, 0, 0, 1]), shape: [2, 2] }).shape).toEqual([2, 2]);
    expect(evaluateLossSync(cpu, { data: [1, 0, 0, 1], shape: [2, 2] }).loss).toBeCloseTo(-Math.PI / 2, 12);
    const e = caught(() => evaluateLossSync(cpu, { data: [1, 0, Number.NaN, 1], shape: [2, 2] }));
    expect(e.code).toBe("NON_FINITE");
    expect(e.context).toMatchObject({ row: 1, column: 0 });
  });
});

describe("option checks", () => {
  const w = [
    [1, 0],
    [0.6, 0.8],
    [0, 1],
  ];
  it("names an unknown key with the closest known one", () => {
    const e = caught(() => evaluateLossSync(cpu, w, { los: "mhe" } as never));
    expect(e.code).toBe("BAD_OPTION");
    expect(e.message).toMatch(/unknown option "los" of evaluateLoss: did you mean "loss"\?/);
    expect(caught(() => evaluateLossSync(cpu, w, { halfspace: true } as never)).message).toMatch(/did you mean "halfSpace"/);
    expect(caught(() => evaluateLossSync(cpu, w, { zzzzzz: 1 } as never)).message).toMatch(/use loss, mode, fused/);
  });
  it("refuses a string, null or an array in place of the options object", () => {
    for (const bad of ["mhe", null, ["mhe"], 3]) {
      const e = caught(() => evaluateLossSync(cpu, w, bad as never));
      expect(e.code).toBe("BAD_OPTION");
      expect(e.message).toMatch(/must be an object/);
    }
  });
  it("refuses non-boolean flags naming the option", () => {
    for (const key of ["halfSpace", "fused", "allowNonFinite"]) {
      const e = caught(() => evaluateLossSync(cpu, w, { loss: "mhe", [key]: "yes" } as never));
      expect(e.code).toBe("BAD_OPTION");
      expect(e.message).toMatch(new RegExp(`option ${key} must be true or false, got "yes"`));
    }
    expect(caught(() => evaluateLossSync(cpu, w, { layer: 3 } as never)).message).toMatch(/layer must be a string/);
    expect(caught(() => evaluateLossSync(cpu, w, { loss: "mhe", batch: { sise: 2 } } as never)).message).toMatch(/did you mean "size"/);
  });
  it("checks flags in computeLoss too (the path adapters use)", async () => {
    const { computeLoss } = await import("../losses/index.js");
    const t = cpu.tensor([1, 0, 0, 1], [2, 2]);
    expect(caught(() => computeLoss(cpu, t, { loss: "mhe", halfSpace: 1 } as never)).code).toBe("BAD_OPTION");
    expect(caught(() => computeLoss(cpu, t, "mhe" as never)).message).toMatch(/must be an object/);
    expect(caught(() => computeLoss(cpu, t, { loss: "mhe", batch: 3 } as never)).message).toMatch(/batch must be an object/);
  });
  it("keeps the valid options working", () => {
    const r = evaluateLossSync(cpu, w, { loss: "mhe", s: 0, halfSpace: true, fused: false, layout: "rows", layer: "fc", mode: "exact", allowNonFinite: false });
    expect(Number.isFinite(r.loss)).toBe(true);
  });
  it("closestName only suggests near names", () => {
    expect(closestName("los", ["loss", "mode"])).toBe("loss");
    expect(closestName("MODE", ["loss", "mode"])).toBe("mode");
    expect(closestName("xyz", ["loss", "mode"])).toBeNull();
    expect(() => checkOptionKeys(undefined, ["a"], "f")).not.toThrow();
  });
  it("angleReport refuses a threshold a cosine cannot cross, and unknown keys", () => {
    for (const threshold of [2, -0.5, 1, Number.NaN]) {
      const e = caught(() => angleReportSync(cpu, w, { threshold }));
      expect(e.code).toBe("BAD_OPTION");
      expect(e.message).toMatch(/threshold must be a cosine in \[0, 1\)/);
    }
    expect(angleReportSync(cpu, w, { threshold: -0.5, absolute: false }).pairsAbove).toBe(3);
    expect(caught(() => angleReportSync(cpu, w, { treshold: 0.5 } as never)).message).toMatch(/did you mean "threshold"/);
    expect(caught(() => angleReportSync(cpu, w, { absolute: "no" } as never)).message).toMatch(/absolute must be true or false/);
  });
});

describe("MHE diagnoses", () => {
  it("half-space MHE with antipodal rows is COINCIDENT_ROWS naming both rows, checked before computing", () => {
    const e = caught(() => evaluateLossSync(cpu, [[1, 2], [0, 1], [-2, -4]], { loss: "mhe", halfSpace: true }));
    expect(e.code).toBe("COINCIDENT_ROWS");
    expect(e.context).toMatchObject({ row: 0, otherRow: 2 });
    expect(e.message).toMatch(/exactly opposite directions, so the half-space MHE energy .* is infinite/);
    // the same rows are fine for plain MHE (|u_i - u_j| = 2) and for the other losses
    expect(Number.isFinite(evaluateLossSync(cpu, [[1, 2], [0, 1], [-2, -4]], { loss: "mhe" }).loss)).toBe(true);
    // duplicates are still reported as such under halfSpace
    expect(caught(() => evaluateLossSync(cpu, [[1, 2], [3, 6]], { loss: "mhe", halfSpace: true })).message).toMatch(/exactly the same direction/);
  });
  it("findCoincidentLines tells same from opposite direction", () => {
    expect(findCoincidentLines([1, 0, 0, 1, -2, 0], 3, 2, true)).toEqual({ rows: [0, 2], antipodal: true });
    expect(findCoincidentLines([1, 0, 0, 1, -2, 0], 3, 2, false)).toBeNull();
    expect(findCoincidentLines([-1, 0, 0, 1, -2, 0], 3, 2, true)).toEqual({ rows: [0, 2], antipodal: false });
    expect(findCoincidentLines([0, -1, 0, 1], 2, 2, true)).toEqual({ rows: [0, 1], antipodal: true });
  });
  it("compares rows of extreme norm by direction (no false coincidence from an overflowing or underflowing norm)", () => {
    for (const scale of [1e155, 1e300, 1e-162, 1e-300, 5e-324]) {
      const data = [1, 0.5, 0.2, 1, -1, 0.3].map((x) => x * scale);
      if (scale === 5e-324) {
        // subnormal: only 0 and 1 ulp survive; rows (1, 0), (0, 1), (-1, 0) in units of 5e-324
        expect(findCoincidentRows([scale, 0, 0, scale, -scale, 0], 3, 2)).toBeNull();
        expect(findCoincidentRows([scale, 0, 0, scale, 2 * scale, 0], 3, 2)).toEqual([0, 2]);
        continue;
      }
      expect(findCoincidentRows(data, 3, 2)).toBeNull();
      expect(findCoincidentRows([...data, 2 * data[2]!, 2 * data[3]!], 4, 2)).toEqual([1, 3]);
    }
    // the normal range keeps the bits of x / |x| (scaling by a power of two is exact)
    expect(findCoincidentRows([3, 4, 0.3, 0.4], 2, 2)).toEqual([0, 1]);
  });
  it("MHE on rows of norm 1e155 runs (no false COINCIDENT_ROWS) and matches the unscaled loss", () => {
    const base = [[1, 0.5], [0.2, 1], [-1, 0.3]];
    const want = evaluateLossSync(cpu, base, { loss: "mhe" }).loss;
    const got = evaluateLossSync(cpu, base.map((r) => r.map((x) => x * 1e155)), { loss: "mhe" }).loss;
    expect(got).toBeCloseTo(want, 12);
  });
  it("a non-finite result from rows of norm 1e-162 names the row and the norm", () => {
    const w = [[1, 0.5], [0.2, 1], [-1, 0.3]].map((r) => r.map((x) => x * 1e-162));
    for (const loss of ["mma", "mhe", "cosine", "orthogonal"] as const) {
      let e: MMARegError;
      try {
        const r = evaluateLossSync(cpu, w, { loss });
        // a backend that copes with the scale returns a finite, correct value: also fine
        expect(Number.isFinite(r.loss)).toBe(true);
        continue;
      } catch (err) {
        e = err as MMARegError;
      }
      expect(e).toBeInstanceOf(MMARegError);
      expect(e.code).toBe("NON_FINITE_RESULT");
      expect(e.context.row).toBe(0);
      expect(e.message).toMatch(/row 0 has norm 1.1\de-162, whose square underflows float64 arithmetic; rescale the weights/);
    }
  });
  it("findExtremeNormRow uses the dtype's limits", () => {
    expect(findExtremeNormRow([1, 0, 1e-200, 0], 2, 2)).toEqual({ row: 1, norm: 1e-200 });
    expect(findExtremeNormRow([1, 0, 1e20, 0], 2, 2)).toBeNull();
    expect(findExtremeNormRow([1, 0, 1e20, 0], 2, 2, "float32")).toEqual({ row: 1, norm: 1e20 });
    expect(findExtremeNormRow([1, 0, 0, 0], 2, 2)).toBeNull();
  });
});

describe("solveTammes with a learning rate that diverges", () => {
  it("says the run diverged and to use a smaller learning rate", async () => {
    const { solveTammes } = await import("../tammes/solveTammes.js");
    for (const loss of ["mma", "mhe"] as const) {
      let e: unknown = null;
      try {
        await solveTammes({ dim: 3, points: 12, backend: cpu, loss, lr: 1e300, iterations: 30 });
      } catch (err) {
        e = err;
      }
      expect(e).toBeInstanceOf(MMARegError);
      expect((e as MMARegError).code).toBe("NON_FINITE_RESULT");
      expect((e as MMARegError).message).toMatch(/the SGD run diverged: .* use a smaller learning rate \(lr is 1e\+300/);
    }
  });
});
