import { evaluateLoss } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectClose, maxAbs } from "../compare.js";
import type { SuiteContext } from "../context.js";
import { exactAgreesWithReference, goldenCases, goldenInput, goldenLosses, goldenNumber } from "../golden.js";

/**
 * The PyTorch golden vectors. Reference mode must reproduce them: in float64 to the
 * tolerance (1e-12 relative by default), in float32 to the tolerance plus four times the
 * deviation PyTorch itself showed in float32 (which measures how ill-conditioned a case
 * is). Exact mode must agree with them wherever the clamp and the eps rule do not bite.
 */
export function goldenSuite(ctx: SuiteContext): void {
  const { skip = {} } = ctx.options;
  const largeSkipped = skip.large !== undefined;
  describe("golden vectors (PyTorch, reference mode)", () => {
    it("the input generator reproduces every stored input bit for bit", () => {
      for (const c of goldenCases) {
        const w = goldenInput(c);
        expect(Array.from(w.slice(0, 8)), c.name).toEqual(c.input_check.first8);
        let sum = 0;
        let sq = 0;
        for (const v of w) {
          sum += v;
          sq += v * v;
        }
        expect(sum, c.name).toBe(c.input_check.sum_sequential);
        expect(sq, c.name).toBe(c.input_check.sum_sq_sequential);
        if (c.input) expect(Array.from(w), c.name).toEqual(c.input);
      }
    });
    for (const gl of goldenLosses) {
      describe(gl.loss, () => {
        for (const c of goldenCases) {
          const r = gl.results[c.name];
          const expectedLoss = goldenNumber(r.loss);
          const nonFinite = !Number.isFinite(expectedLoss) || (r.grad?.some((v) => typeof v === "string") ?? false);
          const title = `${c.name} (${r.conformance})`;
          if (nonFinite && skip["golden-nonfinite"]) {
            it.skip(`${title} — skipped: ${skip["golden-nonfinite"]}`, () => {});
            continue;
          }
          if (c.n * c.d > 10000 && largeSkipped) {
            it.skip(`${title} — skipped: ${skip.large}`, () => {});
            continue;
          }
          it(title, async () => {
            const b = ctx.backend();
            const res = await evaluateLoss(b, { data: goldenInput(c), shape: c.shape }, {
              ...gl.options,
              layout: c.shape.length > 2 ? "conv-oihw" : "rows",
              allowNonFinite: true,
            });
            if (r.conformance === "implementation_defined") {
              // The PyTorch value is rounding noise (two rows equal up to an ulp, so their
              // distance is whatever the rounding left): nothing to compare, but the call
              // must go through and return a gradient of the right shape.
              expect(res.grad.length).toBe(c.n * c.d);
              return;
            }
            const f32 = ctx.dtype === "float32";
            const lossDev = f32 ? Math.abs(goldenNumber(r.float32.loss) - expectedLoss) : 0;
            const lossTol = ctx.tol * Math.max(1, Math.abs(expectedLoss)) + 4 * (Number.isFinite(lossDev) ? lossDev : 0);
            expectClose(res.loss, expectedLoss, lossTol, `${gl.loss} ${c.name} loss`);
            if (r.conformance === "full" && r.grad) {
              const grad = r.grad.map(goldenNumber);
              const gradTol = ctx.tol * Math.max(1, r.grad_max_abs) + (f32 ? 4 * r.float32.grad_max_abs_diff_vs_float64 : 0);
              expectAllClose(res.grad, grad, gradTol, `${gl.loss} ${c.name} grad`);
            }
          });
        }
      });
    }
  });

  describe("golden vectors (exact mode where it must agree)", () => {
    const plain = goldenCases.filter(exactAgreesWithReference);
    for (const gl of goldenLosses) {
      for (const c of plain) {
        const r = gl.results[c.name];
        if (r.conformance === "implementation_defined") continue;
        if (c.n * c.d > 10000 && largeSkipped) continue;
        it(`${gl.loss} ${c.name}`, async () => {
          const b = ctx.backend();
          const res = await evaluateLoss(b, { data: goldenInput(c), shape: c.shape }, {
            ...gl.options,
            mode: "exact",
            layout: c.shape.length > 2 ? "conv-oihw" : "rows",
          });
          // exact and reference differ by rounding in acos vs atan2: allow 100x the tolerance
          const tol = Math.max(ctx.tol * 100, 1e-10);
          const expected = goldenNumber(r.loss);
          const f32 = ctx.dtype === "float32" ? 4 * Math.abs(goldenNumber(r.float32.loss) - expected) : 0;
          expectClose(res.loss, expected, tol * Math.max(1, Math.abs(expected)) + f32, `${gl.loss} ${c.name} exact loss`);
          if (r.conformance === "full" && r.grad) {
            const grad = r.grad.map(goldenNumber);
            const g32 = ctx.dtype === "float32" ? 4 * r.float32.grad_max_abs_diff_vs_float64 : 0;
            expectAllClose(res.grad, grad, tol * Math.max(1, maxAbs(grad)) + g32, `${gl.loss} ${c.name} exact grad`);
          }
        });
      }
    }
  });
}
