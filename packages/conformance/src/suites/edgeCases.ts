import { evaluateLoss, LOSS_NAMES, MMARegError, type AnyLossOptions, type Backend, type MMARegErrorCode } from "@mmareg/core";
import { describe, expect, it } from "vitest";
import { expectAllClose, expectClose } from "../compare.js";
import type { SuiteContext } from "../context.js";
import { randomMatrix } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";

async function expectError(p: Promise<unknown>, code: MMARegErrorCode, context: Record<string, unknown> = {}): Promise<void> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected an MMARegError ${code}`).toBeInstanceOf(MMARegError);
  const err = caught as MMARegError;
  expect(err.code).toBe(code);
  expect(err.context).toMatchObject(context);
}

/**
 * The documented rules for degenerate and bad input, and the behaviour that motivates
 * exact mode (eq. 8: the MMA gradient does not vanish for near-duplicate rows).
 */
export function edgeCaseSuite(ctx: SuiteContext): void {
  const tiny = ctx.dtype === "float32" ? 1e-3 : 1e-7;
  describe("edge cases", () => {
    it("n = 1: every loss is 0 with a zero gradient (exact mode)", async () => {
      const b = ctx.backend() as Backend<unknown>;
      for (const { label, options } of LOSS_CONFIGS.filter((c) => c.options.mode !== "reference" && !c.options.batch)) {
        const r = await evaluateLoss(b, [[0.3, -1.2, 2]], options);
        expect(r.loss, label).toBe(0);
        expect(Array.from(r.grad), label).toEqual([0, 0, 0]);
      }
    });
    it("d = 1: directions are +-1, angles 0 or pi, gradients 0", async () => {
      const b = ctx.backend() as Backend<unknown>;
      const w = [[0.5], [-2], [1.5]];
      const mma = await evaluateLoss(b, w, { loss: "mma" });
      expectClose(mma.loss, -Math.PI / 3, ctx.tol * 10, "mma loss");
      expectAllClose(mma.grad, [0, 0, 0], 0, "mma grad");
      const cos = await evaluateLoss(b, w, { loss: "cosine" });
      expectClose(cos.loss, 1 / 3, ctx.tol * 10, "cosine loss");
      const orth = await evaluateLoss(b, w, { loss: "orthogonal" });
      expectClose(orth.loss, 3, ctx.tol * 10, "orthogonal loss");
      expectAllClose(orth.grad, [0, 0, 0], ctx.tol, "orthogonal grad");
      await expectError(evaluateLoss(b, w, { loss: "mhe" }), "COINCIDENT_ROWS", { row: 0, otherRow: 2 });
    });
    it("eq. 8: a near-duplicate pair keeps the full gradient 1/|w| in exact mode; reference mode's clamp zeroes it", async () => {
      const b = ctx.backend() as Backend<unknown>;
      const r0 = 2;
      const w = [[r0, 0, 0], [Math.cos(tiny), Math.sin(tiny), 0]];
      const exact = await evaluateLoss(b, w, { loss: "mma" });
      expectClose(exact.loss, -tiny, tiny * (ctx.dtype === "float32" ? 1e-2 : 1e-6), "exact loss = -angle");
      const g0 = Math.hypot(exact.grad[0], exact.grad[1], exact.grad[2]);
      expectClose(g0 * r0, 1, ctx.dtype === "float32" ? 1e-3 : 1e-9, "|grad_0| * |w_0|");
      // the gradient points towards row 1, so a descent step moves row 0 away from it
      expect(exact.grad[1]).toBeGreaterThan(0);
      const ref = await evaluateLoss(b, w, { loss: "mma", mode: "reference" });
      expect(Array.from(ref.grad).every((g) => g === 0)).toBe(true);
    });
    it("a nearly antipodal pair also keeps the full gradient 1/|w| (the tangent is formed from |u + v| near pi)", async () => {
      const b = ctx.backend() as Backend<unknown>;
      const r0 = 0.5;
      const eps = ctx.dtype === "float32" ? 1e-3 : 1e-9;
      // a generic orientation, so that rounding in the unit rows matters
      const u = [1, 2, 3].map((x) => x / Math.sqrt(14));
      const v = [3, 0, -1].map((x) => x / Math.sqrt(10));
      const w = [u.map((x) => r0 * x), u.map((x, k) => -Math.cos(eps) * x + Math.sin(eps) * v[k])];
      const exact = await evaluateLoss(b, w, { loss: "mma" });
      expectClose(exact.loss, -(Math.PI - eps), ctx.dtype === "float32" ? 1e-5 : 1e-14, "exact loss = -angle");
      const g0 = Math.hypot(exact.grad[0], exact.grad[1], exact.grad[2]);
      expectClose(g0 * r0, 1, ctx.dtype === "float32" ? 1e-3 : 1e-9, "|grad_0| * |w_0|");
    });
    it("exact duplicates: mma stays finite (the duplicate pair has no preferred direction)", async () => {
      const b = ctx.backend() as Backend<unknown>;
      const m = randomMatrix(5, 4, 31);
      m.data.copyWithin(4 * 4, 1 * 4, 2 * 4);
      const r = await evaluateLoss(b, { data: m.data, shape: m.shape }, { loss: "mma" });
      expect(Number.isFinite(r.loss)).toBe(true);
      expect(r.grad.every(Number.isFinite)).toBe(true);
      await expectError(evaluateLoss(b, { data: m.data, shape: m.shape }, { loss: "mhe" }), "COINCIDENT_ROWS", { row: 1, otherRow: 4 });
    });
    it("an antipodal pair is at the maximal angle pi: mma loss -pi, gradient 0", async () => {
      const b = ctx.backend() as Backend<unknown>;
      const r = await evaluateLoss(b, [[1, 2, -1], [-2, -4, 2]], { loss: "mma" });
      expectClose(r.loss, -Math.PI, ctx.tol * 10, "loss");
      expectAllClose(r.grad, new Float64Array(6), ctx.tol, "grad");
    });
    for (const [n, d] of [[60, 3], [4, 40]] as const) {
      it(`${n} x ${d} (${n > d ? "n >> d" : "n < d"}): every loss finite`, async () => {
        const b = ctx.backend() as Backend<unknown>;
        const m = randomMatrix(n, d, 32);
        for (const { label, options } of LOSS_CONFIGS) {
          const r = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
          expect(Number.isFinite(r.loss), label).toBe(true);
          expect(r.grad.every(Number.isFinite), label).toBe(true);
        }
      });
    }
    it("bad input gets typed errors that say where", async () => {
      const b = ctx.backend() as Backend<unknown>;
      await expectError(evaluateLoss(b, [[1, 2], [0, 0], [3, 4]]), "ZERO_ROW", { row: 1 });
      await expectError(evaluateLoss(b, [[1, 2], [3, Number.NaN]]), "NON_FINITE", { row: 1, column: 1 });
      await expectError(evaluateLoss(b, [[1, Number.POSITIVE_INFINITY]]), "NON_FINITE", { row: 0, column: 1 });
      await expectError(evaluateLoss(b, { data: [], shape: [0, 3] }), "EMPTY");
      await expectError(evaluateLoss(b, { data: new Float64Array(8), shape: [2, 2, 2] }), "BAD_SHAPE");
      await expectError(evaluateLoss(b, { data: new Float64Array(5), shape: [2, 3] }), "BAD_SHAPE");
      await expectError(evaluateLoss(b, [[1, 2], [3, 4]], { loss: "nope" } as unknown as AnyLossOptions), "UNKNOWN_LOSS");
      await expectError(evaluateLoss(b, [[1, 2], [3, 4]], { loss: "mhe", s: -1 }), "BAD_OPTION");
      await expectError(evaluateLoss(b, [[1, 2], [3, 4]], { mode: "fast" } as unknown as AnyLossOptions), "BAD_OPTION");
      // reference mode follows PyTorch's eps rule for a zero row instead of refusing it
      for (const loss of LOSS_NAMES) {
        const r = await evaluateLoss(b, [[1, 2], [0, 0], [3, 4]], { loss, mode: "reference" });
        expect(Number.isFinite(r.loss), loss).toBe(true);
      }
    });
  });
}
