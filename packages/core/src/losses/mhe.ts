import { withScope, type Backend } from "../backend.js";
import { normalizeRows, normalizeRowsGrad, pairEnergy } from "../compose.js";
import { MMARegError } from "../errors.js";
import { sampleRows } from "../random.js";
import type { LossTensors, MheOptions, RowBatch } from "../types.js";
import { matrixShape, normalizeEps, resolveMode, zeroLoss } from "./shared.js";

/**
 * Minimum hyperspherical energy (paper eqs. 9 and 11), with its gradient with respect to
 * the raw rows:
 * - `s > 0` (Riesz-Fisher): `1/(n(n-1)) sum_{i != j} |u_i - u_j|^-s`
 * - `s = 0` (logarithmic): `-1/(n(n-1)) sum_{i != j} log |u_i - u_j|`
 *
 * Chords are explicit differences, accurate for near-duplicate rows.
 *
 * Variants: `halfSpace: true` averages over the `2n(n-1)` ordered pairs of each row with
 * every other row and with its antipode (`|u_i + u_j|`); `batch` evaluates a seeded
 * random subset of rows (the paper's mini-batch MHE) and scatters the gradient back
 * (rows outside the batch get 0).
 *
 * Exactly coincident rows make the energy infinite: the evaluate functions report them
 * as `COINCIDENT_ROWS` (with both row indices) in `exact` mode.
 *
 * @param b - the backend.
 * @param w - `[n, d]` raw rows.
 * @throws {@link MMARegError} `BAD_SHAPE` / `EMPTY` / `BAD_OPTION`.
 * @example
 * ```ts
 * const b = createCpuBackend();
 * b.readSync(mheLoss(b, b.tensor([1, 0, 0, 1], [2, 2]), { s: 2 }).loss); // [0.5]
 * ```
 */
export function mheLoss<T>(b: Backend<T>, w: T, options: MheOptions = {}): LossTensors<T> {
  const mode = resolveMode(options.mode, "mhe");
  const s = options.s ?? 2;
  if (typeof s !== "number" || !Number.isFinite(s) || s < 0) {
    throw new MMARegError("BAD_OPTION", `s must be a finite number >= 0 (0 = logarithmic energy), got ${String(s)}`, {
      loss: "mhe",
    });
  }
  const halfSpace = options.halfSpace ?? false;
  const [n, d] = matrixShape(b, w, "mhe");
  const rows = options.batch ? batchRows(options.batch, n) : null;
  const k = rows ? rows.length : n;
  if (k < 2) {
    if (mode === "exact") return zeroLoss(b, n, d);
    // PyTorch: an empty pair sum times 1/(n(n-1)) = 0 * inf is NaN, and autograd sends
    // nothing back through the empty sum, so the gradient is 0.
    return { loss: b.tensor([Number.NaN], []), grad: b.tensor(new Float64Array(n * d), [n, d]) };
  }
  return withScope(b, () => {
    const index = rows ? b.tensor(rows, [k], "index") : null;
    const sub = index ? b.gatherRows(w, index) : w;
    const eps = normalizeEps(mode);
    const { unit, norms } = normalizeRows(b, sub, eps);
    const e = pairEnergy(b, unit, { s, halfSpace }, options.fused ?? true);
    const scale = 1 / ((halfSpace ? 2 : 1) * k * (k - 1));
    const loss = b.binary("mul", e.energy, scale);
    const gSub = normalizeRowsGrad(b, b.binary("mul", e.grad, scale), unit, norms, eps);
    return { loss, grad: index ? b.scatterAddRows(gSub, index, n) : gSub };
  });
}

function batchRows(batch: RowBatch, n: number): Int32Array {
  const { size, fraction, seed = 0 } = batch;
  if (size !== undefined && fraction !== undefined) {
    throw new MMARegError("BAD_OPTION", "batch takes either size or fraction, not both", { loss: "mhe" });
  }
  let k: number;
  if (size !== undefined) {
    if (!Number.isInteger(size) || size < 2) {
      throw new MMARegError("BAD_OPTION", `batch.size must be an integer >= 2, got ${String(size)}`, { loss: "mhe" });
    }
    k = size;
  } else if (fraction !== undefined) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new MMARegError("BAD_OPTION", `batch.fraction must be in (0, 1], got ${String(fraction)}`, { loss: "mhe" });
    }
    k = Math.max(2, Math.round(fraction * n));
  } else {
    throw new MMARegError("BAD_OPTION", "batch needs size or fraction, for example { fraction: 0.3, seed: step }", {
      loss: "mhe",
    });
  }
  if (!Number.isInteger(seed)) {
    throw new MMARegError("BAD_OPTION", `batch.seed must be an integer, got ${String(seed)}`, { loss: "mhe" });
  }
  return sampleRows(n, Math.min(k, n), seed);
}
