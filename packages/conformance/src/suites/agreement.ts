import { evaluateLoss, type Backend } from "@mmareg/core";
import { expectRelClose } from "../compare.js";
import type { CheckDefinition, SuiteContext } from "../context.js";
import { randomMatrix } from "../matrices.js";
import { LOSS_CONFIGS } from "./losses.js";

/**
 * How much a float32 result of this loss may lose to cancellation. Half-space MHE on the
 * 130 x 64 matrix: nearly orthogonal rows in 64 dimensions make each row's pair terms
 * against `u_j` and `-u_j` cancel, so its gradient (max entry 6e-6) is a difference of
 * sums of size ~1 over 258 terms: float32 rounding of those sums, not an error of the
 * backend, reaches 2e-5 relative (tfjs-wasm). 5x, for this one check; the other shapes
 * and losses carry no such cancellation (input-rounding sensitivity below 1e-7).
 */
function cancellation(label: string, n: number): number {
  return label === "mhe s=1 half-space" && n >= 100 ? 5 : 1;
}

/**
 * Every loss against the float64 reference backend, relatively (loss: |diff| / |want|;
 * gradient: max |diff| / max |want|; no floor). Tolerance: the base tolerance. float64:
 * 1e-12 would be too tight against a different but correct float64 implementation over
 * 130 x 64 (summation order over 64 terms, `atan2` vs `acos` near the clamp), so float64
 * uses 10x (1e-11). float32: 1e-5: the backend rounds the input to float32 (6e-8) and the
 * nearest-pair angles of these random matrices amplify that by at most about 10, then a few
 * dozen float32 roundings: measured about 1e-6 on the CPU float32 backend and tfjs; a
 * gradient off by 1e-4 fails.
 */
export function agreementSuite(ctx: SuiteContext): CheckDefinition[] {
  const large = ctx.options.skip?.large === undefined;
  const shapes = [randomMatrix(10, 6, 51), randomMatrix(33, 17, 52), ...(large ? [randomMatrix(130, 64, 53)] : [])];
  const out: CheckDefinition[] = [];
  for (const { label, options } of LOSS_CONFIGS) {
    for (const m of shapes) {
      out.push({
        path: ["agreement with the float64 reference backend"],
        title: `${label} on ${m.label}`,
        run: async (cx) => {
          const b = cx.backend() as Backend<unknown>;
          const ref = cx.reference() as Backend<unknown>;
          const input = { data: m.data, shape: m.shape };
          const [got, want] = await Promise.all([evaluateLoss(b, input, options), evaluateLoss(ref, input, options)]);
          const tol = cx.tol * (cx.dtype === "float64" ? 10 : 1) * cancellation(label, m.shape[0]);
          expectRelClose(got.loss, want.loss, tol, `${label} loss vs reference`);
          expectRelClose(got.grad, want.grad, tol, `${label} grad vs reference`);
        },
      });
    }
  }
  return out;
}
