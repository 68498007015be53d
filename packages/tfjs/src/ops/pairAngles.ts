import type { PairAngles } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";
import { atan2Tf } from "../kernels/accurateMath.js";
import { gatherRowsFast } from "../kernels/gatherRows.js";
import { scatterRows } from "../kernels/scatterRows.js";
import { tidy } from "../tf.js";

/** Below this squared sine a pair counts as degenerate (float32: 1e-36 is still a normal number). */
const TINY_SQUARED = 1e-36;

/**
 * Fused angles of each unit row `u_i` to its partner `v_i = u_index(i)` and the gradient
 * of their sum, with as few passes over `[n, d]` as the formulation allows (each pass
 * costs about as much as 1/40 of the Gram product on wasm):
 *
 * - `theta = 2 atan2(|u - v|, |u + v|)`, from explicit differences (accurate at every angle);
 * - `d theta / d u = -t / |t|` with the tangent `t = (|u - v|^2 / 2) u - (u - v)` (core's
 *   cancellation-free form), and symmetrically for `v`;
 * - `|t|` is not summed again: for unit rows both tangents have norm `sin(theta)`, which is
 *   `2 |u - v| |u + v| / (|u - v|^2 + |u + v|^2)` from the two sums already taken, and
 *   accurate near 0 and pi alike. An exact duplicate or antipode (`sin(theta) = 0`) gets
 *   gradient 0, core's choice of subgradient.
 */
export function pairAngles(ctx: TfjsContext, unit: Tensor, index: Tensor): PairAngles<Tensor> {
  const [n, d] = dims2(ctx, unit, "pairAngles");
  const { tf } = ctx;
  return tidy(tf, () => {
    // each [n, d] intermediate freed as soon as it is used, in an order that keeps at most
    // three of them alive at once besides `unit` (at n = 10,575 each is 21 MB; on
    // tfjs-wasm the peak of live tensors sets the heap's high-water mark, which never
    // goes down)
    const column = tf.reshape(index, [n, 1]);
    const other = tf.getBackend() === "wasm" ? tf.gatherND(unit, column) : gatherRowsFast(ctx, unit, index);
    const b2 = rowSquares(tf, tf.add(unit, other), true); // [n, 1]
    const diff = tf.sub(unit, other);
    const a2 = rowSquares(tf, diff); // [n, 1]
    const theta = tf.reshape(tf.mul(atan2Tf(tf, tf.sqrt(a2), tf.sqrt(b2)), 2), [n]);
    const sine = tf.div(tf.mul(tf.sqrt(tf.mul(a2, b2)), 2), tf.add(a2, b2));
    // 1 / |t| = 1 / sine, and 0 where sine = 0 (the degenerate pair gets gradient 0)
    const rho = tf.div(sine, tf.maximum(tf.square(sine), TINY_SQUARED));
    const hRho = tf.mul(tf.mul(a2, 0.5), rho);
    const dRho = tf.mul(diff, rho);
    diff.dispose();
    // -t_self / |t| = (u - v) rho - u h rho;  -t_other / |t| = -((u - v) rho + v h rho),
    // the latter scattered to the partner rows: grad = ((u - v) rho - scattered) - u h rho
    const vh = tf.mul(other, hRho);
    other.dispose();
    const toOther = tf.add(dRho, vh);
    vh.dispose();
    const scattered = scatterRows(ctx, toOther, index, n);
    toOther.dispose();
    const partial = tf.sub(dRho, scattered);
    dispose(dRho, scattered);
    const uh = tf.mul(unit, hRho);
    const grad = tf.sub(partial, uh);
    dispose(partial, uh);
    return { theta, grad };
  });
}

/** `[n, 1]` row sums of squares of `x`, the square freed at once (and `x` too with `owned`). */
function rowSquares(tf: TfjsContext["tf"], x: Tensor, owned = false): Tensor {
  const sq = tf.square(x);
  const s = tf.sum(sq, 1, true);
  sq.dispose();
  if (owned) x.dispose();
  return s;
}

function dispose(...xs: Tensor[]): void {
  for (const x of xs) x.dispose();
}
