import { evaluateLoss } from "@mmareg/core";
import { check, expectRelClose, maxAbs } from "../compare.js";
import type { CheckDefinition, SuiteContext } from "../context.js";
import { exactAgreesWithReference, goldenCases, goldenInput, goldenLosses, goldenNumber, type GoldenCase } from "../golden.js";

/** Rows whose directions coincide (unit rows within 1e-9): the pairs of an implementation-defined case. */
function coincidentRows(c: GoldenCase): Set<number> {
  const w = goldenInput(c);
  const unit = (i: number): number[] => {
    const r = Math.hypot(...w.subarray(i * c.d, i * c.d + c.d));
    return Array.from(w.subarray(i * c.d, i * c.d + c.d), (x) => x / r);
  };
  const out = new Set<number>();
  for (let i = 0; i < c.n; i++)
    for (let j = i + 1; j < c.n; j++) {
      const u = unit(i);
      const v = unit(j);
      if (Math.hypot(...u.map((x, k) => x - (v[k] as number))) < 1e-9) out.add(i).add(j);
    }
  return out;
}

/**
 * The scale a golden gradient is compared relative to: its largest entry, or 1 when that is
 * below 1e-10. Then the exact gradient is zero and PyTorch's entries are rounding noise
 * (the gradients of these cases are otherwise at least 1e-3): relative to noise nothing
 * could pass, so it is compared absolutely, rows having norms of about 1 here.
 */
function gradScale(grad: readonly number[]): number {
  const m = maxAbs(grad);
  return m >= 1e-10 ? m : 1;
}

/**
 * The PyTorch golden vectors, compared relatively (error = max |diff| / max |expected| per
 * array, the loss relative to |expected loss|).
 *
 * Reference mode must reproduce them: in float64 to the base tolerance (1e-12: the values
 * are PyTorch's float64 autograd; both sides round differently only in summation order and
 * libm), in float32 to the base tolerance (1e-5) plus four times the deviation PyTorch
 * itself showed in float32, relative to the same scale (that deviation measures how
 * ill-conditioned a case is; for the plain cases it is about 1e-6 relative, so a 1e-4
 * error is still caught). Exact mode must agree wherever the clamp and the eps rule do not
 * bite, to 100x the base tolerance in float64: it computes the angle as
 * `2 atan2(|u - v|, |u + v|)` where PyTorch takes `acos` of a rounded cosine, which loses
 * `eps / sin(theta)` (the plain cases have angles over 0.1 rad: at most 2e-14 relative).
 */
export function goldenSuite(ctx: SuiteContext): CheckDefinition[] {
  const { skip = {} } = ctx.options;
  const largeSkipped = skip.large !== undefined;
  const out: CheckDefinition[] = [];
  const REF = "golden vectors (PyTorch, reference mode)";
  out.push({
    path: [REF],
    title: "the input generator reproduces every stored input bit for bit",
    run: () => {
      for (const c of goldenCases) {
        const w = goldenInput(c);
        check(Array.from(w.slice(0, 8)).every((x, i) => x === c.input_check.first8[i]), `${c.name}: first 8 inputs differ`);
        let sum = 0;
        let sq = 0;
        for (const v of w) {
          sum += v;
          sq += v * v;
        }
        check(sum === c.input_check.sum_sequential, `${c.name}: input sum ${sum} != ${c.input_check.sum_sequential}`);
        check(sq === c.input_check.sum_sq_sequential, `${c.name}: input sum of squares ${sq} != ${c.input_check.sum_sq_sequential}`);
        if (c.input) check(c.input.every((x, i) => x === w[i]), `${c.name}: input differs from the stored one`);
      }
    },
  });
  for (const gl of goldenLosses) {
    for (const c of goldenCases) {
      const r = gl.results[c.name]!;
      const expectedLoss = goldenNumber(r.loss);
      const nonFinite = !Number.isFinite(expectedLoss) || (r.grad?.some((v) => typeof v === "string") ?? false);
      const title = `${c.name} (${r.conformance})`;
      const skipReason = nonFinite && skip["golden-nonfinite"] ? skip["golden-nonfinite"] : c.n * c.d > 10000 && largeSkipped ? skip.large : undefined;
      out.push({
        path: [REF, gl.loss],
        title,
        ...(skipReason !== undefined ? { skip: skipReason } : {}),
        run: async (cx) => {
          const b = cx.backend();
          const res = await evaluateLoss(b, { data: goldenInput(c), shape: c.shape }, {
            ...gl.options,
            layout: c.shape.length > 2 ? "conv-oihw" : "rows",
            allowNonFinite: true,
          });
          const f32 = cx.dtype === "float32";
          const grad = r.grad?.map(goldenNumber);
          if (r.conformance === "implementation_defined") {
            // Two rows point the same way up to an ulp: their distance is whatever the
            // rounding left, so the pair's energy and gradient are noise. Every other row's
            // gradient is a sum of ordinary pair terms and must match; the energy must be
            // the huge (or infinite) value of a near-zero distance.
            const pair = coincidentRows(c);
            check(pair.size === 2, `${c.name}: expected one coincident pair, found rows ${[...pair].join(", ")}`);
            const keep = (g: ArrayLike<number>): number[] => Array.from(g).filter((_, i) => !pair.has(Math.floor(i / c.d)));
            const gTol = cx.tol * (f32 ? 10 : 1);
            if (grad) expectRelClose(keep(res.grad), keep(grad), gTol, `${gl.loss} ${c.name} grad of the rows outside the coincident pair`);
            const s = (gl.options as { s?: number }).s ?? 0;
            if (s > 0) check(res.loss >= 1e10, `${gl.loss} ${c.name}: loss ${res.loss}, expected >= 1e10 (a pair at distance < 1e-6)`);
            else check(res.loss > 0 && !Number.isNaN(res.loss), `${gl.loss} ${c.name}: loss ${res.loss}, expected > 0`);
            return;
          }
          const lossDev = f32 ? Math.abs(goldenNumber(r.float32.loss) - expectedLoss) : 0;
          const lossScale = Math.abs(expectedLoss) || 1;
          const lossTol = cx.tol + (Number.isFinite(lossDev) ? (4 * lossDev) / lossScale : 0);
          expectRelClose(res.loss, expectedLoss, lossTol, `${gl.loss} ${c.name} loss`);
          if (r.conformance === "full" && grad) {
            const scale = gradScale(grad);
            const gradTol = cx.tol + (f32 ? (4 * r.float32.grad_max_abs_diff_vs_float64) / scale : 0);
            expectRelClose(res.grad, grad, gradTol, `${gl.loss} ${c.name} grad`, scale);
          }
        },
      });
    }
  }

  const EXACT = "golden vectors (exact mode where it must agree)";
  const plain = goldenCases.filter(exactAgreesWithReference);
  for (const gl of goldenLosses) {
    for (const c of plain) {
      const r = gl.results[c.name]!;
      if (r.conformance === "implementation_defined") continue;
      if (c.n * c.d > 10000 && largeSkipped) continue;
      out.push({
        path: [EXACT],
        title: `${gl.loss} ${c.name}`,
        run: async (cx) => {
          const b = cx.backend();
          const res = await evaluateLoss(b, { data: goldenInput(c), shape: c.shape }, {
            ...gl.options,
            mode: "exact",
            layout: c.shape.length > 2 ? "conv-oihw" : "rows",
          });
          const f32 = cx.dtype === "float32";
          const tol = cx.tol * (f32 ? 1 : 100);
          const expected = goldenNumber(r.loss);
          const lossDev = f32 ? (4 * Math.abs(goldenNumber(r.float32.loss) - expected)) / (Math.abs(expected) || 1) : 0;
          expectRelClose(res.loss, expected, tol + lossDev, `${gl.loss} ${c.name} exact loss`);
          if (r.conformance === "full" && r.grad) {
            const grad = r.grad.map(goldenNumber);
            const scale = gradScale(grad);
            const gradDev = f32 ? (4 * r.float32.grad_max_abs_diff_vs_float64) / scale : 0;
            expectRelClose(res.grad, grad, tol + gradDev, `${gl.loss} ${c.name} exact grad`, scale);
          }
        },
      });
    }
  }
  return out;
}
