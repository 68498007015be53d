import { release } from "@mmareg/core";
import { check, expectRelClose } from "../compare.js";
import { CheckNotApplicable, type CheckDefinition, type SuiteContext } from "../context.js";
import { expectedOpOutputs, OP_CASES, readOpOutputs, type AnyBackend } from "../opCases.js";

/**
 * Every op of the contract on small fixed data, against a naive float64 implementation, so
 * a new backend learns which op is wrong before any loss runs.
 *
 * Tolerance: each float output to the dtype's base tolerance, relatively (per output array).
 * float64: 1e-12, room for a different summation order over at most 30 terms (the naive
 * sums are sequential). float32: 1e-5, about 100 float32 ulps: the inputs are rounded to
 * float32 (6e-8), then a few roundings per op; the transcendental ops see arguments of at
 * most 4 here, so their outputs stay within a few ulps too. A 1e-4 error in one op is caught.
 * Index outputs and 0/1 comparisons must match exactly (the data has no near-ties, only
 * exact ones, which must go to the lowest index).
 */
export function opsSuite(_ctx: SuiteContext): CheckDefinition[] {
  return OP_CASES.map(
    (c): CheckDefinition => ({
      title: c.name,
      run: async (cx) => {
        const b = cx.backend() as AnyBackend;
        if (c.requires && typeof b[c.requires] !== "function") throw new CheckNotApplicable(`${b.name} has no fused ${c.requires}`);
        const outputs = c.run(b);
        let got: Record<string, Float64Array>;
        try {
          got = await readOpOutputs(b, outputs);
        } finally {
          release(b, ...Object.values(outputs));
        }
        const want = await expectedOpOutputs(c);
        check(
          Object.keys(got).join() === Object.keys(want).join(),
          () => `${c.name}: outputs ${Object.keys(got).join(", ")}, expected ${Object.keys(want).join(", ")}`,
        );
        for (const [k, w] of Object.entries(want)) {
          const tol = c.exact?.includes(k) ? 0 : cx.tol;
          expectRelClose(got[k] as Float64Array, w, tol, `${c.name}: output ${k}`);
        }
      },
    }),
  );
}
