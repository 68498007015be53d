import { angleReport, evaluateLoss, LOSS_NAMES, MMARegError, type AnyLossOptions, type Backend, type MatrixInput, type MMARegErrorCode } from "@mmareg/core";
import { check, expectRelClose } from "../compare.js";
import { CheckNotApplicable, type CheckDefinition, type SuiteContext } from "../context.js";
import { randomMatrix } from "../matrices.js";
import { createNaiveBackend } from "../naiveBackend.js";
import { LOSS_CONFIGS } from "./losses.js";

async function expectError(p: Promise<unknown>, code: MMARegErrorCode, context: Record<string, unknown> = {}): Promise<void> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  check(caught instanceof MMARegError, () => `expected an MMARegError ${code}, got ${caught === undefined ? "no error" : String(caught)}`);
  const err = caught as MMARegError;
  check(err.code === code, () => `expected error code ${code}, got ${err.code} (${err.message})`);
  for (const [k, v] of Object.entries(context)) {
    check((err.context as Record<string, unknown>)[k] === v, () => `${code}: context.${k} is ${String((err.context as Record<string, unknown>)[k])}, expected ${String(v)}`);
  }
}

let naive: Backend<unknown> | undefined;

/**
 * The expected result of a loss: core's loss code run on the naive float64 implementation
 * of the contract (plain loops, independent of every backend under test).
 */
function expected(input: MatrixInput, options: AnyLossOptions): ReturnType<typeof evaluateLoss> {
  naive ??= createNaiveBackend() as Backend<unknown>;
  return evaluateLoss(naive, input, options);
}

/**
 * The documented rules for degenerate and bad input, and the behaviour that motivates
 * exact mode (eq. 8: the MMA gradient does not vanish for near-duplicate rows). Every case
 * asserts values: closed forms where there is one, otherwise core's loss code on a naive
 * float64 implementation of the contract. Tolerance (relative): 10x the base tolerance for
 * closed forms (float64 1e-11: one `atan2` and a mean; float32 1e-4 only where stated) and
 * the base tolerance against the naive float64 results in float32 (rows of these shapes
 * are far from each other, so the float32 rounding of the input is not amplified much);
 * float64 allows 10x for the different summation order.
 */
export function edgeCaseSuite(ctx: SuiteContext): CheckDefinition[] {
  const tiny = ctx.dtype === "float32" ? 1e-3 : 1e-7;
  const out: CheckDefinition[] = [];
  const it = (title: string, run: CheckDefinition["run"]): void => {
    out.push({ title, run });
  };
  const vsNaive = (cx: SuiteContext): number => cx.tol * (cx.dtype === "float64" ? 10 : 1);

  it("n = 1: every loss is 0 with a zero gradient (exact mode)", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    for (const { label, options } of LOSS_CONFIGS.filter((c) => c.options.mode !== "reference" && !c.options.batch)) {
      const r = await evaluateLoss(b, [[0.3, -1.2, 2]], options);
      check(r.loss === 0, `${label}: loss ${r.loss}, expected 0`);
      check(r.grad.length === 3 && r.grad.every((g) => g === 0), `${label}: gradient ${Array.from(r.grad).join(", ")}, expected 0, 0, 0`);
    }
  });
  it("d = 1: directions are +-1, angles 0 or pi, gradients 0", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    const w = [[0.5], [-2], [1.5]];
    const tol = cx.tol * 10;
    const mma = await evaluateLoss(b, w, { loss: "mma" });
    expectRelClose(mma.loss, -Math.PI / 3, tol, "mma loss (angles 0, pi, 0: -pi/3)");
    expectRelClose(mma.grad, [0, 0, 0], 0, "mma grad");
    const cos = await evaluateLoss(b, w, { loss: "cosine" });
    expectRelClose(cos.loss, 1 / 3, tol, "cosine loss");
    expectRelClose(cos.grad, [0, 0, 0], tol, "cosine grad");
    const orth = await evaluateLoss(b, w, { loss: "orthogonal" });
    expectRelClose(orth.loss, 3, tol, "orthogonal loss");
    expectRelClose(orth.grad, [0, 0, 0], tol, "orthogonal grad");
    await expectError(evaluateLoss(b, w, { loss: "mhe" }), "COINCIDENT_ROWS", { row: 0, otherRow: 2 });
  });
  it("eq. 8: a near-duplicate pair keeps the full gradient 1/|w| in exact mode; reference mode's clamp zeroes it", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    const r0 = 2;
    const w = [[r0, 0, 0], [Math.cos(tiny), Math.sin(tiny), 0]];
    const exact = await evaluateLoss(b, w, { loss: "mma" });
    // loss -(theta + theta) / 2 = -tiny; float32 rounds the input rows, which moves an
    // angle of 1e-3 by about 1e-7 / 1e-3: 1e-4 relative (float64: 1e-16 / 1e-7 = 1e-9)
    const f32 = cx.dtype === "float32";
    expectRelClose(exact.loss, -tiny, f32 ? 1e-3 : 1e-8, "exact loss = -angle");
    // closed form: both rows choose each other, so L = -theta; d theta / d w_i is minus the
    // unit tangent at u_i towards the other row over |w_i|: row 0 gets +e_y / |w_0|, row 1
    // (|w_1| = 1) the unit tangent at u_1 away from u_0, (sin t, -cos t, 0)
    const g = [0, 1 / r0, 0, Math.sin(tiny), -Math.cos(tiny), 0];
    expectRelClose(exact.grad, g, f32 ? 1e-3 : 1e-8, "exact grad (closed form)");
    const ref = await evaluateLoss(b, w, { loss: "mma", mode: "reference" });
    check(
      Array.from(ref.grad).every((x) => x === 0),
      `reference mode: the clamp must zero the gradient of a near-duplicate pair, got ${Array.from(ref.grad).join(", ")}`,
    );
  });
  it("a nearly antipodal pair also keeps the full gradient 1/|w| (the tangent is formed from |u + v| near pi)", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    const r0 = 0.5;
    const f32 = cx.dtype === "float32";
    const eps = f32 ? 1e-3 : 1e-9;
    // a generic orientation, so that rounding in the unit rows matters
    const u = [1, 2, 3].map((x) => x / Math.sqrt(14));
    const v = [3, 0, -1].map((x) => x / Math.sqrt(10));
    const w = [u.map((x) => r0 * x), u.map((x, k) => -Math.cos(eps) * x + Math.sin(eps) * v[k]!)];
    const exact = await evaluateLoss(b, w, { loss: "mma" });
    expectRelClose(exact.loss, -(Math.PI - eps), f32 ? 1e-6 : 1e-14, "exact loss = -angle");
    // closed form, L = -theta with theta = pi - eps: d(-theta)/d w_i is the unit tangent at
    // u_i towards the other row over |w_i|. At u_0 that is (u_1 - cos(theta) u_0) / sin(theta)
    // = v; at u_1 (|w_1| = 1) it is (u_0 - cos(theta) u_1) / sin(theta) = sin(eps) u + cos(eps) v
    const g0 = v.map((x) => x / r0);
    const g1 = u.map((x, k) => Math.sin(eps) * x + Math.cos(eps) * v[k]!);
    expectRelClose(exact.grad, [...g0, ...g1], f32 ? 1e-3 : 1e-6, "exact grad (closed form)");
  });
  it("exact duplicates: mma gives the duplicate pair angle 0 and no gradient from it; mhe refuses", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    const m = randomMatrix(5, 4, 31);
    m.data.copyWithin(4 * 4, 1 * 4, 2 * 4);
    const input = { data: m.data, shape: m.shape };
    const r = await evaluateLoss(b, input, { loss: "mma" });
    const want = await expected(input, { loss: "mma" });
    expectRelClose(r.loss, want.loss, vsNaive(cx), "mma loss vs naive float64");
    expectRelClose(r.grad, want.grad, vsNaive(cx), "mma grad vs naive float64");
    await expectError(evaluateLoss(b, input, { loss: "mhe" }), "COINCIDENT_ROWS", { row: 1, otherRow: 4 });
  });
  it("an antipodal pair is at the maximal angle pi: mma loss -pi, gradient 0", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    const r = await evaluateLoss(b, [[1, 2, -1], [-2, -4, 2]], { loss: "mma" });
    expectRelClose(r.loss, -Math.PI, cx.tol * 10, "loss");
    expectRelClose(r.grad, new Float64Array(6), cx.tol, "grad");
  });
  for (const [n, d] of [[60, 3], [4, 40]] as const) {
    it(`${n} x ${d} (${n > d ? "n >> d" : "n < d"}): every loss against the naive float64 results`, async (cx) => {
      const b = cx.backend() as Backend<unknown>;
      const m = randomMatrix(n, d, 32);
      const input = { data: m.data, shape: m.shape };
      for (const { label, options } of LOSS_CONFIGS) {
        const r = await evaluateLoss(b, input, options);
        const want = await expected(input, options);
        expectRelClose(r.loss, want.loss, vsNaive(cx), `${label} loss vs naive float64`);
        expectRelClose(r.grad, want.grad, vsNaive(cx), `${label} grad vs naive float64`);
      }
    });
  }
  it("bad input gets typed errors that say where", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    await expectError(evaluateLoss(b, [[1, 2], [0, 0], [3, 4]]), "ZERO_ROW", { row: 1 });
    await expectError(evaluateLoss(b, [[1, 2], [3, Number.NaN]]), "NON_FINITE", { row: 1, column: 1 });
    await expectError(evaluateLoss(b, [[1, Number.POSITIVE_INFINITY]]), "NON_FINITE", { row: 0, column: 1 });
    await expectError(evaluateLoss(b, { data: [], shape: [0, 3] }), "EMPTY");
    await expectError(evaluateLoss(b, { data: new Float64Array(8), shape: [2, 2, 2] }), "BAD_SHAPE");
    await expectError(evaluateLoss(b, { data: new Float64Array(5), shape: [2, 3] }), "BAD_SHAPE");
    await expectError(evaluateLoss(b, [[1, 2], [3, 4]], { loss: "nope" } as unknown as AnyLossOptions), "UNKNOWN_LOSS");
    await expectError(evaluateLoss(b, [[1, 2], [3, 4]], { loss: "mhe", s: -1 }), "BAD_OPTION");
    await expectError(evaluateLoss(b, [[1, 2], [3, 4]], { mode: "fast" } as unknown as AnyLossOptions), "BAD_OPTION");
  });
  it("reference mode follows PyTorch's eps rule for a zero row instead of refusing it", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    const w = [[1, 2], [0, 0], [3, 4]];
    for (const loss of LOSS_NAMES) {
      const r = await evaluateLoss(b, w, { loss, mode: "reference" });
      const want = await expected(w, { loss, mode: "reference" });
      expectRelClose(r.loss, want.loss, vsNaive(cx), `${loss} loss vs naive float64`);
      expectRelClose(r.grad, want.grad, vsNaive(cx), `${loss} grad vs naive float64`);
    }
  });
  it("trim() (where the backend has it) keeps it usable: the same loss, gradient and angle report after it", async (cx) => {
    const b = cx.backend() as Backend<unknown>;
    if (typeof b.trim !== "function") throw new CheckNotApplicable(`${b.name} has no trim(): nothing to free between calls`);
    const w = randomMatrix(9, 5, 905);
    const before = await evaluateLoss(b, w, { loss: "mma" });
    const reportBefore = await angleReport(b, w);
    await b.trim();
    const after = await evaluateLoss(b, w, { loss: "mma" });
    check(after.loss === before.loss, () => `mma loss ${after.loss} after trim(), ${before.loss} before`);
    expectRelClose(after.grad, before.grad, 0, "mma grad after trim() vs before");
    await b.trim();
    await b.trim(); // twice in a row: nothing left to free, no error
    const reportAfter = await angleReport(b, w);
    check(reportAfter.minAngleDeg === reportBefore.minAngleDeg && reportAfter.pairsAbove === reportBefore.pairsAbove, "angle report after trim() differs");
  });
  return out.map((c) => ({ ...c, path: ["edge cases"] }));
}
