import { evaluateLoss, gaussianMatrix, type AnyLossOptions, type Backend } from "@mmareg/core";
import { check, expectRelClose } from "../compare.js";
import type { CheckDefinition, SuiteContext } from "../context.js";
import { randomMatrix, type TestMatrix } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";

async function lossAt(b: Backend<unknown>, m: TestMatrix, data: Float64Array, options: AnyLossOptions): Promise<number> {
  return (await evaluateLoss(b, { data, shape: m.shape }, options)).loss;
}

/**
 * Every entry of the gradient of `lossOf` at `m` by Richardson-extrapolated central
 * differences in float64: `(4 D(h/2) - D(h)) / 3` with `D(h) = (L(x + h) - L(x - h)) / 2h`
 * cancels the `h^2` term, leaving `O(h^4)` truncation (1e-12 relative at h = 1e-3) and a
 * rounding error of about `eps |L| / h` (1e-13 at h = 1e-3): far below 1e-7 relative.
 * `h = 1e-3` is small against the gap between the nearest and the second nearest angle of
 * these seeded matrices, so the nearest-neighbour choice does not switch inside the stencil.
 */
async function richardsonGradient(b: Backend<unknown>, m: TestMatrix, options: AnyLossOptions, h: number): Promise<Float64Array> {
  const out = new Float64Array(m.data.length);
  const central = async (i: number, step: number): Promise<number> => {
    const plus = m.data.slice();
    const minus = m.data.slice();
    plus[i]! += step;
    minus[i]! -= step;
    return ((await lossAt(b, m, plus, options)) - (await lossAt(b, m, minus, options))) / (2 * step);
  };
  for (let i = 0; i < m.data.length; i++) out[i] = (4 * (await central(i, h / 2)) - (await central(i, h))) / 3;
  return out;
}

/**
 * The analytic gradient against finite differences of a loss, relatively (max |fd - grad|
 * / max |fd|, no floor).
 *
 * - float64: every entry of the backend's own gradient against Richardson differences of
 *   its own loss, to 1e-7 (the differences are good to about 1e-11 here; 1e-7 leaves room
 *   for the loss's curvature near the closest pairs, and a 1e-4 error is caught).
 * - float32, with a reference: the backend's float32 gradient against float64 Richardson
 *   differences of the REFERENCE's loss, to the base tolerance (1e-5): the float32 gradient
 *   is computed from inputs rounded to float32 (6e-8 relative) through a few dozen
 *   roundings, which the agreement group measures at about 1e-6. Differences of a float32
 *   loss could not do this: its rounding (1e-7 |L|) over any usable step leaves about 1e-4.
 * - float32: also directional derivatives of the backend's own float32 loss along random
 *   directions (h = 1e-3), to 5e-3 relative to `|grad| |v|`: loss rounding of about
 *   1e-7 |L| / h = 1e-4 |L| bounds what it can resolve, so this only catches a gradient
 *   that is not the derivative of the loss at all (a sign, a missing term).
 */
export function finiteDifferenceSuite(ctx: SuiteContext): CheckDefinition[] {
  const matrices = [randomMatrix(6, 4, 11), randomMatrix(5, 9, 12), randomMatrix(9, 3, 13)];
  const out: CheckDefinition[] = [];
  for (const { label, options } of LOSS_CONFIGS) {
    for (const m of matrices) {
      if (ctx.dtype === "float64") {
        out.push({
          path: ["gradient vs Richardson differences of the loss (float64, every entry)"],
          title: `${label} on ${m.label}`,
          run: async (cx) => {
            const b = cx.backend() as Backend<unknown>;
            const { grad } = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
            const fd = await richardsonGradient(b, m, options, 1e-3);
            expectRelClose(grad, fd, 1e-7, `${label} ${m.label}: gradient vs differences of the loss`);
          },
        });
        continue;
      }
      out.push({
        path: ["float32 gradient vs float64 Richardson differences of the reference's loss"],
        title: `${label} on ${m.label}`,
        ...(ctx.options.reference ? {} : { skip: "no reference backend given: only the coarse float32 directional check runs" }),
        run: async (cx) => {
          const b = cx.backend() as Backend<unknown>;
          const ref = cx.reference() as Backend<unknown>;
          const { grad } = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
          const fd = await richardsonGradient(ref, m, options, 1e-3);
          expectRelClose(grad, fd, cx.tol, `${label} ${m.label}: float32 gradient vs float64 differences of the reference loss`);
        },
      });
      out.push({
        path: ["gradient vs directional differences of the backend's own float32 loss (coarse)"],
        title: `${label} on ${m.label}`,
        run: async (cx) => {
          const b = cx.backend() as Backend<unknown>;
          const { grad } = await evaluateLoss(b, { data: m.data, shape: m.shape }, options);
          const h = 1e-3;
          for (let t = 0; t < 3; t++) {
            const v = gaussianMatrix(m.shape[0], m.shape[1], 100 + t);
            let dir = 0;
            let gn = 0;
            for (let i = 0; i < v.length; i++) {
              dir += grad[i]! * v[i]!;
              gn += grad[i]! ** 2;
            }
            const plus = m.data.map((x, i) => x + h * v[i]!);
            const minus = m.data.map((x, i) => x - h * v[i]!);
            const fd = ((await lossAt(b, m, plus, options)) - (await lossAt(b, m, minus, options))) / (2 * h);
            const vn = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
            const tol = 5e-3 * Math.sqrt(gn) * vn;
            check(Math.abs(fd - dir) <= tol, `${label} ${m.label} direction ${t}: fd ${fd} vs <grad, v> ${dir} (|diff| ${Math.abs(fd - dir).toExponential(3)} > ${tol.toExponential(3)})`);
          }
        },
      });
    }
  }
  return out;
}
