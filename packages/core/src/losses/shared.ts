import type { Backend } from "../backend.js";
import { selfMask } from "../compose.js";
import { MMARegError } from "../errors.js";
import { describeValue } from "../validate.js";
import type { LossTensors, NumericMode } from "../types.js";

/** The `eps` of `torch.nn.functional.normalize`, used by `reference` mode. */
export const TORCH_NORMALIZE_EPS = 1e-12;

/** The clamp of the published MMA code: `acos(clamp(cos, -0.99999, 0.99999))`. */
export const REFERENCE_COS_CLAMP = 0.99999;

/** The normalization eps of a mode: exact division (`null`) or PyTorch's eps. */
export function normalizeEps(mode: NumericMode): number | null {
  return mode === "reference" ? TORCH_NORMALIZE_EPS : null;
}

/** Check a mode option and return it with the default applied. */
export function resolveMode(mode: unknown, loss: string): NumericMode {
  if (mode === undefined) return "exact";
  if (mode === "exact" || mode === "reference") return mode;
  throw new MMARegError("BAD_OPTION", `unknown mode ${describeValue(mode)}: use "exact" or "reference"`, { loss });
}

/** The `[n, d]` shape of a row matrix tensor, or a typed error. */
export function matrixShape<T>(b: Backend<T>, w: T, loss: string): [number, number] {
  const shape = b.shape(w);
  if (shape.length !== 2) {
    throw new MMARegError(
      "BAD_SHAPE",
      `expected a 2-D [rows, cols] matrix, got shape [${shape.join(", ")}]: apply a layout (rows, dense, conv-hwio, conv-oihw) first`,
      { loss, backend: b.name },
    );
  }
  const [n, d] = shape as [number, number];
  if (n === 0 || d === 0) {
    throw new MMARegError("EMPTY", `the matrix [${n}, ${d}] is empty: a loss needs at least one row and one column`, {
      loss,
      backend: b.name,
    });
  }
  return [n, d];
}

/** Loss 0 with a zero gradient: what a layer with fewer than two rows contributes. */
export function zeroLoss<T>(b: Backend<T>, n: number, d: number): LossTensors<T> {
  return { loss: b.tensor([0], []), grad: b.tensor(new Float64Array(n * d), [n, d]) };
}

/**
 * Gradient with respect to the unit rows of `sum_i g_i * C'[i, index_i]`, where `C'` is
 * the Gram matrix of the unit rows with the diagonal rule applied: an off-diagonal pick
 * `u_i . u_j` sends `g_i u_j` to row `i` and `g_i u_i` to row `j`; a diagonal pick under
 * the `negate` rule (`-u_i . u_i`) sends `-2 g_i u_i` to row `i`.
 */
export function selectionGrad<T>(b: Backend<T>, unit: T, index: T, g: T | number, n: number): T {
  const partner = b.gatherRows(unit, index);
  const self = selfMask(b, index);
  const gOff = typeof g === "number" ? b.binary("mul", b.binary("sub", self, 1), -g) : b.binary("sub", g, b.binary("mul", g, self));
  const gDiag = typeof g === "number" ? b.binary("mul", self, -2 * g) : b.binary("mul", b.binary("mul", g, self), -2);
  const toSelf = b.binary("mul", partner, gOff);
  const toPartner = b.scatterAddRows(b.binary("mul", unit, gOff), index, n);
  return b.binary("add", b.binary("add", toSelf, toPartner), b.binary("mul", unit, gDiag));
}
