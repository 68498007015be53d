import { evaluateLoss, gaussianMatrix, type AnyLossOptions, type Backend } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import type { SuiteContext } from "../context.js";
import { randomMatrix, type TestMatrix } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";

async function lossAt(b: Backend<unknown>, m: TestMatrix, data: Float64Array, options: AnyLossOptions): Promise<number> {
  return (await evaluateLoss(b, { data, shape: m.shape }, options)).loss;
}

/**
 * The analytic gradient against central differences of the same backend's loss.
 * float64: every entry, `h = 1e-6`. float32: directional derivatives along random
 * directions with `h = 1e-3`, where the rounding of a float32 loss is still small
 * against the difference.
 */
export function finiteDifferenceSuite(ctx: SuiteContext): void {
  const matrices = [randomMatrix(6, 4, 11), randomMatrix(5, 9, 12), randomMatrix(9, 3, 13)];
  describe("gradient vs central finite differences", () => {
    for (const { label, options } of LOSS_CONFIGS) {
      for (const m of matrices) {
        it(`${label} on ${m.label}`, async () => {
          const b = ctx.backend() as Backend<unknown>;
          const { grad } = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
          if (ctx.dtype === "float64") {
            const h = 1e-6;
            let worst = 0;
            let scale = 1;
            for (const g of grad) scale = Math.max(scale, Math.abs(g));
            for (let i = 0; i < m.data.length; i++) {
              const plus = m.data.slice();
              const minus = m.data.slice();
              plus[i] += h;
              minus[i] -= h;
              const fd = ((await lossAt(b, m, plus, options)) - (await lossAt(b, m, minus, options))) / (2 * h);
              worst = Math.max(worst, Math.abs(fd - grad[i]));
            }
            expect(worst / scale, `${label} ${m.label}: max |fd - grad| / max(1, |grad|)`).toBeLessThan(1e-6);
          } else {
            const h = 1e-3;
            for (let t = 0; t < 3; t++) {
              const v = gaussianMatrix(m.shape[0], m.shape[1], 100 + t);
              let dir = 0;
              let gn = 0;
              for (let i = 0; i < v.length; i++) {
                dir += grad[i] * v[i];
                gn += grad[i] ** 2;
              }
              const plus = m.data.map((x, i) => x + h * v[i]);
              const minus = m.data.map((x, i) => x - h * v[i]);
              const fd = ((await lossAt(b, m, plus, options)) - (await lossAt(b, m, minus, options))) / (2 * h);
              const vn = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
              const tol = 5e-3 * Math.max(1e-2, Math.sqrt(gn) * vn);
              expect(Math.abs(fd - dir), `${label} ${m.label} direction ${t}: fd ${fd} vs <grad, v> ${dir}`).toBeLessThan(tol);
            }
          }
        });
      }
    }
  });
}
