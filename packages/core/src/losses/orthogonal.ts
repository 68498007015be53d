import { withScope, type Backend } from "../backend.js";
import { addDiagonal, normalizeRows, normalizeRowsGrad } from "../compose.js";
import type { LossTensors, OrthogonalOptions } from "../types.js";
import { matrixShape, normalizeEps, resolveMode, zeroLoss } from "./shared.js";

/**
 * The orthogonal loss (paper eq. 14): `1/2 |Ŵ Ŵᵀ - I|_F^2` over the unit rows, with its
 * gradient `2 (Ŵ Ŵᵀ - I) Ŵ` taken back through the normalization.
 *
 * `exact` mode divides by the exact row norms (zero rows are an error; `n < 2` gives 0);
 * `reference` mode uses `F.normalize`'s eps like the PyTorch code.
 *
 * @param b - the backend.
 * @param w - `[n, d]` raw rows.
 * @throws {@link MMARegError} `BAD_SHAPE` / `EMPTY` / `BAD_OPTION`.
 * @example
 * ```ts
 * const b = createCpuBackend();
 * b.readSync(orthogonalLoss(b, b.tensor([1, 0, 0, 1], [2, 2])).loss); // [0]
 * ```
 */
export function orthogonalLoss<T>(b: Backend<T>, w: T, options: OrthogonalOptions = {}): LossTensors<T> {
  const mode = resolveMode(options.mode, "orthogonal");
  const [n, d] = matrixShape(b, w, "orthogonal");
  if (mode === "exact" && n < 2) return zeroLoss(b, n, d);
  return withScope(b, () => {
    const eps = normalizeEps(mode);
    const { unit, norms } = normalizeRows(b, w, eps);
    const residual = addDiagonal(b, b.gram(unit), -1);
    const loss = b.binary("mul", b.sum(b.unary("square", residual)), 0.5);
    const gUnit = b.binary("mul", b.matmul(residual, unit), 2);
    return { loss, grad: normalizeRowsGrad(b, gUnit, unit, norms, eps) };
  });
}
