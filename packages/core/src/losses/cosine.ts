import { withScope, type Backend } from "../backend.js";
import { nearestNeighbors, normalizeRows, normalizeRowsGrad } from "../compose.js";
import type { CosineOptions, LossTensors } from "../types.js";
import { checkPairIndex, pairCosines, withIndex, type PairLossTensors } from "./pairShared.js";
import { matrixShape, normalizeEps, resolveMode, selectionGrad, zeroLoss } from "./shared.js";

/**
 * The cosine loss (paper eq. 5): the mean over rows of the largest cosine similarity to
 * another row, `(1/n) sum_i max_{j != i} cos_ij`, with its gradient with respect to the
 * raw rows. Its gradient norm `sin(theta) / |w|` vanishes for near-duplicate rows (eq. 7),
 * which is why the paper prefers `mma`.
 *
 * `exact` mode excludes the diagonal and needs non-zero rows (`n < 2` gives 0);
 * `reference` mode is the PyTorch code (diagonal negated, `F.normalize` eps).
 *
 * @param b - the backend.
 * @param w - `[n, d]` raw rows.
 * @throws {@link MMARegError} `BAD_SHAPE` / `EMPTY` / `BAD_OPTION`.
 * @example
 * ```ts
 * const b = createCpuBackend();
 * b.readSync(cosineLoss(b, b.tensor([1, 0, 0.8, 0.6], [2, 2])).loss); // [0.8]
 * ```
 */
export function cosineLoss<T>(b: Backend<T>, w: T, options: CosineOptions = {}): LossTensors<T> {
  return cosineTensors(b, w, options, null, false);
}

/**
 * The one implementation behind {@link cosineLoss} and the given-pairs functions of
 * `pairs.ts` (see `mmaTensors`): `given === null` searches the neighbours exactly as
 * `cosineLoss` always did; otherwise the cosine of each row to its given partner is a
 * row-wise dot product (O(n d)).
 */
export function cosineTensors<T>(b: Backend<T>, w: T, options: CosineOptions, given: T | null, returnIndex: boolean): PairLossTensors<T> {
  const mode = resolveMode(options.mode, "cosine");
  const [n, d] = matrixShape(b, w, "cosine");
  if (given !== null) checkPairIndex(b, given, n, "cosine");
  if (mode === "exact" && n < 2) return withIndex(b, zeroLoss(b, n, d), given, n, returnIndex);
  return withScope(b, () => {
    const eps = normalizeEps(mode);
    const { unit, norms } = normalizeRows(b, w, eps);
    const nn =
      given === null
        ? nearestNeighbors(b, unit, mode === "exact" ? "exclude" : "negate", options.fused ?? true)
        : { index: given, value: pairCosines(b, unit, given) };
    const loss = b.binary("mul", b.sum(nn.value), 1 / n);
    const gUnit = selectionGrad(b, unit, nn.index, 1 / n, n);
    const grad = normalizeRowsGrad(b, gUnit, unit, norms, eps);
    return returnIndex ? { loss, grad, index: nn.index } : { loss, grad };
  });
}
