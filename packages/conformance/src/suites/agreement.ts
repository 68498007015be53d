import { evaluateLoss, type Backend } from "@mmareg/core";
import { describe, it } from "vitest";
import { expectAllClose, expectClose, maxAbs } from "../compare.js";
import type { SuiteContext } from "../context.js";
import { randomMatrix } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";

/** Every loss against the float64 reference backend, at this dtype's tolerance. */
export function agreementSuite(ctx: SuiteContext): void {
  const large = ctx.options.skip?.large === undefined;
  const shapes = [randomMatrix(10, 6, 51), randomMatrix(33, 17, 52), ...(large ? [randomMatrix(130, 64, 53)] : [])];
  describe("agreement with the float64 reference backend", () => {
    for (const { label, options } of LOSS_CONFIGS) {
      for (const m of shapes) {
        it(`${label} on ${m.label}`, async () => {
          const b = ctx.backend() as Backend<unknown>;
          const ref = ctx.reference() as Backend<unknown>;
          const input = { data: m.data, shape: m.shape };
          const [got, want] = await Promise.all([evaluateLoss(b, input, options), evaluateLoss(ref, input, options)]);
          const tol = Math.max(ctx.tol * 10, 1e-11);
          expectClose(got.loss, want.loss, tol * Math.max(1, Math.abs(want.loss)), `${label} loss vs reference`);
          expectAllClose(got.grad, want.grad, tol * Math.max(1, maxAbs(want.grad)), `${label} grad vs reference`);
        });
      }
    }
  });
}
