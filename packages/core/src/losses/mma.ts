import { release, withScope, type Backend } from "../backend.js";
import { nearestNeighbors, normalizeRows, normalizeRowsGrad, pairAngles } from "../compose.js";
import type { LossTensors, MmaOptions } from "../types.js";
import { checkPairIndex, pairCosines, withIndex, type PairLossTensors } from "./pairShared.js";
import { matrixShape, normalizeEps, REFERENCE_COS_CLAMP, resolveMode, selectionGrad, zeroLoss } from "./shared.js";

/**
 * The MMA loss (paper eq. 6): minus the mean over rows of the angle to the nearest other
 * row, `-(1/n) sum_i min_{j != i} theta_ij`, with its analytic gradient with respect to
 * the raw rows `W`.
 *
 * Cost: one Gram product (or the backend's fused nearest-neighbour search, which never
 * stores the `n x n` matrix) plus O(n d) for the backward pass, which touches only the
 * `n` chosen pairs.
 *
 * - `exact` mode (default): each chosen angle is `2 atan2(|u_i - u_j|, |u_i + u_j|)`,
 *   so near-duplicate rows get the full, angle-independent gradient of eq. 8 (norm
 *   `1 / (n |w_i|)`); an exact duplicate pair gets gradient 0. Rows must be non-zero
 *   (checked by the evaluate functions); `n < 2` gives loss 0 and gradient 0.
 * - `reference` mode: the published PyTorch code, clamp and all.
 *
 * Ties in the nearest-neighbour search go to the lowest index.
 *
 * @param b - the backend.
 * @param w - `[n, d]` raw rows.
 * @returns the loss `[]` and `dL/dW` `[n, d]`, as backend tensors.
 * @throws {@link MMARegError} `BAD_SHAPE` / `EMPTY` / `BAD_OPTION`.
 * @example
 * ```ts
 * const b = createCpuBackend();
 * const { loss, grad } = mmaLoss(b, b.tensor([1, 0, 0.8, 0.6], [2, 2]));
 * b.readSync(loss); // Float64Array [-0.6435011087932844]
 * ```
 */
export function mmaLoss<T>(b: Backend<T>, w: T, options: MmaOptions = {}): LossTensors<T> {
  return mmaTensors(b, w, options, null, false);
}

/**
 * The one implementation behind {@link mmaLoss} and the given-pairs functions of
 * `pairs.ts`: with `given === null` it searches the nearest neighbours (one Gram product
 * or the fused search), otherwise it uses `given` as the partner of each row (O(n d)).
 * With `returnIndex` the partner index comes back too (the searched one, or `given`).
 * The search path runs exactly the operations `mmaLoss` always ran, so its results are
 * bit-identical to it.
 */
export function mmaTensors<T>(b: Backend<T>, w: T, options: MmaOptions, given: T | null, returnIndex: boolean): PairLossTensors<T> {
  const mode = resolveMode(options.mode, "mma");
  const fused = options.fused ?? true;
  const [n, d] = matrixShape(b, w, "mma");
  if (given !== null) checkPairIndex(b, given, n, "mma");
  if (mode === "exact" && n < 2) return withIndex(b, zeroLoss(b, n, d), given, n, returnIndex);
  if (mode === "exact" && fused && b.mmaExact) {
    // the whole loss in one backend call (the same operations, fused)
    const r = b.mmaExact(w, given);
    if (returnIndex && given === null) return { loss: r.loss, grad: r.grad, index: r.index };
    release(b, r.index);
    return returnIndex ? { loss: r.loss, grad: r.grad, index: given as T } : { loss: r.loss, grad: r.grad };
  }
  return withScope(b, () => {
    const eps = normalizeEps(mode);
    const { unit, norms } = normalizeRows(b, w, eps);
    if (mode === "exact") {
      const index = given ?? nearestNeighbors(b, unit, "exclude", fused).index;
      const pa = pairAngles(b, unit, index, fused);
      const loss = b.binary("mul", b.sum(pa.theta), -1 / n);
      // d(-mean theta)/dW = normalizeRowsGrad(-(1/n) grad theta): the backward pass is linear
      // in g, so the scale goes into g and the norms stay the Euclidean norms the contract
      // promises (one O(n d) product, next to the O(n^2 d) Gram product). Each [n, d]
      // intermediate is freed as soon as it is used (at 100,000 x 512 one is 400 MB in
      // float64), and not kept reachable for a garbage-collected backend.
      const scaled = b.binary("mul", pa.grad, -1 / n);
      release(b, pa.theta, pa.grad);
      pa.grad = scaled; // drops the last reference to the unscaled gradient
      const grad = normalizeRowsGrad(b, scaled, unit, norms, eps);
      release(b, scaled);
      return returnIndex ? { loss, grad, index } : { loss, grad };
    }
    // reference: loss = -mean acos(clamp(m)), clamp backward passes iff -c <= m <= c
    const nn = given === null ? nearestNeighbors(b, unit, "negate", fused) : { index: given, value: pairCosines(b, unit, given) };
    const m = nn.value;
    const clamped = b.binary("min", b.binary("max", m, -REFERENCE_COS_CLAMP), REFERENCE_COS_CLAMP);
    const loss = b.binary("mul", b.sum(b.unary("acos", clamped)), -1 / n);
    const inside = b.binary("mul", b.binary("ge", m, -REFERENCE_COS_CLAMP), b.binary("le", m, REFERENCE_COS_CLAMP));
    const sine = b.unary("sqrt", b.binary("add", b.unary("neg", b.unary("square", clamped)), 1));
    const g = b.binary("mul", b.binary("div", inside, sine), 1 / n);
    const gUnit = selectionGrad(b, unit, nn.index, g, n);
    const grad = normalizeRowsGrad(b, gUnit, unit, norms, eps);
    return returnIndex ? { loss, grad, index: nn.index } : { loss, grad };
  });
}
