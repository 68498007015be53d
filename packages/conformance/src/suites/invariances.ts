import { evaluateLoss, type Backend } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectClose, maxAbs } from "../compare.js";
import type { SuiteContext } from "../context.js";
import { matmul, randomMatrix, randomPermutation, randomRotation } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";

/**
 * Symmetries every angular loss has: scaling a row (loss unchanged, that row's gradient
 * scales by the inverse), rotating all rows together (gradient rotates with them),
 * permuting rows (gradient permuted), and the tangent property (the gradient of row i is
 * orthogonal to w_i). Batch MHE is skipped for permutations: the sampler picks row
 * numbers, not rows.
 */
export function invarianceSuite(ctx: SuiteContext): void {
  const m = randomMatrix(8, 5, 21);
  const [n, d] = m.shape;
  describe("invariances", () => {
    for (const { label, options } of LOSS_CONFIGS) {
      it(`${label}: row scaling`, async () => {
        const b = ctx.backend() as Backend<unknown>;
        const base = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
        const factors = Array.from({ length: n }, (_, i) => 10 ** ((i % 5) - 2));
        const scaled = m.data.map((v, i) => v * factors[Math.floor(i / d)]);
        const res = await evaluateLoss(b, { data: scaled, shape: m.shape }, options);
        expectClose(res.loss, base.loss, ctx.tol * 10 * Math.max(1, Math.abs(base.loss)), `${label} scaled loss`);
        const back = res.grad.map((g, i) => g * factors[Math.floor(i / d)]);
        expectAllClose(back, base.grad, ctx.tol * 10 * Math.max(1, maxAbs(base.grad)), `${label} scaled grad * factor`);
      });
      it(`${label}: common rotation`, async () => {
        const b = ctx.backend() as Backend<unknown>;
        const q = randomRotation(d, 22);
        const base = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
        const res = await evaluateLoss(b, { data: matmul(m.data, q, n, d, d), shape: m.shape }, options);
        expectClose(res.loss, base.loss, ctx.tol * 10 * Math.max(1, Math.abs(base.loss)), `${label} rotated loss`);
        const expected = matmul(base.grad, q, n, d, d);
        expectAllClose(res.grad, expected, ctx.tol * 10 * Math.max(1, maxAbs(base.grad)), `${label} rotated grad`);
      });
      if (!options.batch) {
        it(`${label}: row permutation`, async () => {
          const b = ctx.backend() as Backend<unknown>;
          const p = randomPermutation(n, 23);
          const base = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
          const permuted = new Float64Array(n * d);
          for (let i = 0; i < n; i++) permuted.set(m.data.subarray(p[i] * d, p[i] * d + d), i * d);
          const res = await evaluateLoss(b, { data: permuted, shape: m.shape }, options);
          expectClose(res.loss, base.loss, ctx.tol * 10 * Math.max(1, Math.abs(base.loss)), `${label} permuted loss`);
          const expected = new Float64Array(n * d);
          for (let i = 0; i < n; i++) expected.set(base.grad.subarray(p[i] * d, p[i] * d + d), i * d);
          expectAllClose(res.grad, expected, ctx.tol * 10 * Math.max(1, maxAbs(base.grad)), `${label} permuted grad`);
        });
      }
      it(`${label}: gradient of each row is tangent to it`, async () => {
        const b = ctx.backend() as Backend<unknown>;
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
          expect(Math.abs(dot), `${label} row ${i}: |g . w|`).toBeLessThanOrEqual(ctx.tol * 10 * Math.sqrt(gn * wn) + 1e-300);
        }
      });
    }
  });
}
