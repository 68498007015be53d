import { computeLoss, FUSED_OPS, release, withoutFused, type Backend } from "@mmareg/core";
import { describe, it } from "vitest";
import { expectAllClose, expectClose, maxAbs } from "../compare.js";
import type { SuiteContext } from "../context.js";
import { randomMatrix } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";

/** Each loss through the backend's fused ops against the composition from primitives. */
export function fusedSuite(ctx: SuiteContext): void {
  const shapes = [randomMatrix(7, 5, 41), randomMatrix(70, 9, 42)];
  describe("fused ops agree with their composition", () => {
    for (const { label, options } of LOSS_CONFIGS) {
      for (const m of shapes) {
        it(`${label} on ${m.label}`, async (t) => {
          const b = ctx.backend() as Backend<unknown>;
          const fusedOps = FUSED_OPS.filter((op) => typeof b[op] === "function");
          if (fusedOps.length === 0) {
            t.skip(`${b.name} has no fused ops: only the composed path exists`);
            return;
          }
          const composed = withoutFused(b);
          const w = b.tensor(m.data, m.shape);
          const a = computeLoss(b, w, options);
          const c = computeLoss(composed, w, options);
          const [la, ga, lc, gc] = await Promise.all([b.read(a.loss), b.read(a.grad), b.read(c.loss), b.read(c.grad)]);
          release(b, w, a.loss, a.grad, c.loss, c.grad);
          const tol = Math.max(ctx.tol * 100, ctx.dtype === "float64" ? 1e-11 : 1e-4);
          expectClose(la[0], lc[0], tol * Math.max(1, Math.abs(lc[0])), `${label} loss fused vs composed`);
          expectAllClose(ga, gc, tol * Math.max(1, maxAbs(gc)), `${label} grad fused vs composed`);
        });
      }
    }
  });
}
