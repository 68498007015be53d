import { describe, expect, it } from "vitest";
import { MMARegError } from "../errors.js";
import { findCoincidentRows, validateRows } from "../validate.js";

function caught(f: () => void): MMARegError {
  try {
    f();
  } catch (e) {
    if (e instanceof MMARegError) return e;
    throw e;
  }
  throw new Error("expected an MMARegError");
}

describe("validateRows", () => {
  it("accepts finite non-zero rows", () => {
    expect(() => validateRows([1, 0, 0, -2], 2, 2)).not.toThrow();
  });
  it("reports the first non-finite entry with its row and column", () => {
    const e = caught(() => validateRows([1, 2, 3, 4, Number.NaN, 6], 3, 2, { context: { layer: "conv1" } }));
    expect(e.code).toBe("NON_FINITE");
    expect(e.context).toMatchObject({ row: 2, column: 0, layer: "conv1" });
    expect(e.message).toMatch(/^\[layer conv1\] row 2, column 0 is NaN/);
  });
  it("reports a zero row unless allowed", () => {
    const e = caught(() => validateRows([1, 2, 0, 0], 2, 2));
    expect(e.code).toBe("ZERO_ROW");
    expect(e.context.row).toBe(1);
    expect(e.message).toMatch(/re-initialize or drop that neuron/);
    expect(() => validateRows([1, 2, 0, 0], 2, 2, { allowZeroRows: true })).not.toThrow();
  });
  it("reports an empty matrix", () => {
    expect(caught(() => validateRows([], 0, 3)).code).toBe("EMPTY");
  });
});

describe("findCoincidentRows", () => {
  it("finds rows with the same direction, whatever their length", () => {
    expect(findCoincidentRows([1, 2, 0, 1, 2, 4], 3, 2)).toEqual([0, 2]);
    expect(findCoincidentRows([1, 0, 0, 1, -1, 0], 3, 2)).toBeNull();
  });
});

describe("MMARegError", () => {
  it("keeps the first context and prefixes where it happened", () => {
    const e = new MMARegError("ZERO_ROW", "row 1 is zero", { row: 1 }).withContext({ backend: "cpu", loss: "mma", row: 7 });
    expect(e.context).toEqual({ backend: "cpu", loss: "mma", row: 1 });
    expect(e.message).toBe("[backend cpu, loss mma] row 1 is zero");
    expect(e.name).toBe("MMARegError");
    expect(e).toBeInstanceOf(Error);
  });
});
