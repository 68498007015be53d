import { evaluateLoss, type Backend } from "@mmareg/core";
import { check, expectRelClose } from "../compare.js";
import type { CheckDefinition, SuiteContext } from "../context.js";
import { matmul, randomMatrix, randomPermutation, randomRotation } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";

/**
 * Symmetries every angular loss has: scaling a row (loss unchanged, that row's gradient
 * scales by the inverse), rotating all rows together (gradient rotates with them),
 * permuting rows (gradient permuted), and the tangent property (the gradient of row i is
 * orthogonal to w_i). Batch MHE is skipped for permutations: the sampler picks row
 * numbers, not rows.
 *
 * Tolerance: 10x the base tolerance, relatively (per array, no floor). Both sides are
 * computed by the backend under test from inputs that differ by the transformation's own
 * rounding (one rounding of each transformed entry, and of the rotation's products), so
 * the results differ by about the backend's own error, which the other groups bound by
 * the base tolerance; 10x covers the two evaluations and the condition of the closest
 * pairs of this seeded matrix. Transformations of a scaled or permuted gradient would
 * pass a scale error, but not a per-row error (a sign or a wrong neighbour in one row).
 */
export function invarianceSuite(_ctx: SuiteContext): CheckDefinition[] {
  const m = randomMatrix(8, 5, 21);
  const [n, d] = m.shape;
  const out: CheckDefinition[] = [];
  const it = (title: string, run: CheckDefinition["run"]): void => {
    out.push({ title, run });
  };
  {
    for (const { label, options } of LOSS_CONFIGS) {
      it(`${label}: row scaling`, async (cx) => {
        const b = cx.backend() as Backend<unknown>;
        const base = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
        const factors = Array.from({ length: n }, (_, i) => 10 ** ((i % 5) - 2));
        const scaled = m.data.map((v, i) => v * factors[Math.floor(i / d)]);
        const res = await evaluateLoss(b, { data: scaled, shape: m.shape }, options);
        expectRelClose(res.loss, base.loss, cx.tol * 10, `${label} scaled loss`);
        const back = res.grad.map((g, i) => g * factors[Math.floor(i / d)]);
        expectRelClose(back, base.grad, cx.tol * 10, `${label} scaled grad * factor`);
      });
      it(`${label}: common rotation`, async (cx) => {
        const b = cx.backend() as Backend<unknown>;
        const q = randomRotation(d, 22);
        const base = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
        const res = await evaluateLoss(b, { data: matmul(m.data, q, n, d, d), shape: m.shape }, options);
        expectRelClose(res.loss, base.loss, cx.tol * 10, `${label} rotated loss`);
        const expected = matmul(base.grad, q, n, d, d);
        expectRelClose(res.grad, expected, cx.tol * 10, `${label} rotated grad`);
      });
      if (!options.batch) {
        it(`${label}: row permutation`, async (cx) => {
          const b = cx.backend() as Backend<unknown>;
          const p = randomPermutation(n, 23);
          const base = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
          const permuted = new Float64Array(n * d);
          for (let i = 0; i < n; i++) permuted.set(m.data.subarray(p[i] * d, p[i] * d + d), i * d);
          const res = await evaluateLoss(b, { data: permuted, shape: m.shape }, options);
          expectRelClose(res.loss, base.loss, cx.tol * 10, `${label} permuted loss`);
          const expected = new Float64Array(n * d);
          for (let i = 0; i < n; i++) expected.set(base.grad.subarray(p[i] * d, p[i] * d + d), i * d);
          expectRelClose(res.grad, expected, cx.tol * 10, `${label} permuted grad`);
        });
      }
      it(`${label}: gradient of each row is tangent to it`, async (cx) => {
        const b = cx.backend() as Backend<unknown>;
        const res = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
        for (let i = 0; i < n; i++) {
          let dot = 0;
          let gn = 0;
          let wn = 0;
          for (let k = 0; k < d; k++) {
            dot += res.grad[i * d + k] * m.data[i * d + k];
            gn += res.grad[i * d + k] ** 2;
            wn += m.data[i * d + k] ** 2;
          }
          const bound = cx.tol * 10 * Math.sqrt(gn * wn);
          check(Math.abs(dot) <= bound + 1e-300, () => `${label} row ${i}: |g . w| = ${Math.abs(dot).toExponential(3)} > ${bound.toExponential(3)} (10 tol |g| |w|)`);
        }
      });
    }
  }
  return out;
}
