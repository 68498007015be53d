/**
 * The hot paths of the losses, each written once from the backend's primitives. A backend
 * that implements the fused member of the same name is used instead (when `fused` is on);
 * the conformance suite checks that both give the same result.
 *
 * @module
 */
import {
  release,
  withScope,
  type Backend,
  type DiagonalRule,
  type NormalizedRows,
  type PairAngles,
  type PairEnergy,
  type PairKernel,
  type RowMax,
} from "./backend.js";
import { ANGLE_BLOCK_ELEMENTS, angleBlockRows, nearestNeighborsInBlocks } from "./angleBlocks.js";

/** The smallest norm we divide by when normalizing a tangent direction (0 stays 0). */
export function tinyFor<T>(b: Backend<T>): number {
  return b.dtype === "float32" ? 1e-30 : 1e-300;
}

/**
 * Nearest angular neighbour of each unit row: the largest cosine over the candidates of
 * `rule`, with its lowest index. The backend's fused search when it has one (and `fused`
 * is on); otherwise composed:
 * - when one block holds every row (`angleBlockRows(n, blockElements) >= n`, so
 *   `n^2 <= blockElements`, 1024 rows by default): `rowMax(gram(unit), rule)`;
 * - else, on a backend with `readSync`: in row blocks of at most `blockElements` cosines
 *   ({@link nearestNeighborsInBlocks}), never the `n x n` matrix;
 * - else (an asynchronous backend without the fused op, for example a traced graph): the
 *   `n x n` Gram product, as a synchronous loss cannot read blocks back. `evaluateLoss`
 *   avoids it by finding the pairs first with `nearestNeighborsAsync`.
 */
export function nearestNeighbors<T>(b: Backend<T>, unit: T, rule: DiagonalRule, fused = true, blockElements: number = ANGLE_BLOCK_ELEMENTS): RowMax<T> {
  if (fused && b.nearestNeighbors) return b.nearestNeighbors(unit, rule);
  const n = b.shape(unit)[0] ?? 0;
  if (b.readSync && angleBlockRows(n, blockElements) < n) return nearestNeighborsInBlocks(b, unit, rule, blockElements);
  const c = b.gram(unit);
  const out = b.rowMax(c, rule);
  release(b, c); // the n x n matrix lives no longer than the row max needs it
  return out;
}

/**
 * Angle between each unit row `u_i` and its partner `u_index(i)`, and the gradient of the
 * sum of those angles with respect to the unit rows.
 *
 * The angle is `2 atan2(|u_i - u_j|, |u_i + u_j|)`, accurate at every angle (acos of a
 * rounded cosine loses half the digits near 0 and pi). The derivative of `theta` with
 * respect to `u_i` is `-t / |t|`, where `t = u_j - cos(theta) u_i` is the tangent at `u_i`
 * pointing towards `u_j`. We form it as `(|u_i - u_j|^2 / 2) u_i - (u_i - u_j)`, which has
 * no cancellation near 0; near pi its rounding error lies along `u_i`, which the
 * normalization's backward pass projects out. For an exact duplicate (or antipode)
 * `t = 0` and the gradient of that pair is 0: every direction is a subgradient there.
 */
export function pairAngles<T>(b: Backend<T>, unit: T, index: T, fused = true): PairAngles<T> {
  if (fused && b.pairAngles) return b.pairAngles(unit, index);
  const n = b.shape(unit)[0] ?? 0;
  const tiny = tinyFor(b);
  const other = b.gatherRows(unit, index);
  const diff = b.binary("sub", unit, other);
  const a2 = rowDot(b, diff, diff);
  const sum = b.binary("add", unit, other);
  const theta = b.binary("mul", b.binary("atan2", b.unary("sqrt", a2), b.unary("sqrt", rowDot(b, sum, sum))), 2);
  const halfA2 = b.binary("mul", a2, 0.5);
  const tSelf = b.binary("sub", b.binary("mul", unit, halfA2), diff); // tangent at u_i towards u_j
  const tOther = b.binary("add", b.binary("mul", other, halfA2), diff); // tangent at u_j towards u_i
  const dSelf = unitDirection(b, tSelf, tiny, -1);
  const dOther = unitDirection(b, tOther, tiny, -1);
  const grad = b.binary("add", dSelf, b.scatterAddRows(dOther, index, n));
  return { theta, grad };
}

/** `sign * t_i / |t_i|` per row, with 0 for a zero row. */
function unitDirection<T>(b: Backend<T>, t: T, tiny: number, sign: number): T {
  const norm = b.binary("max", b.unary("sqrt", rowDot(b, t, t)), tiny);
  return b.binary("div", b.binary("mul", t, sign), norm);
}

/**
 * Sum over ordered pairs `i != j` of the Riesz (`s > 0`: `D^-s`) or log (`s = 0`:
 * `-log D`) energy of the chords `D = |u_i - u_j|` (and `|u_i + u_j|` for half-space),
 * with its gradient with respect to the unit rows. Distances are explicit differences.
 */
export function pairEnergy<T>(b: Backend<T>, unit: T, kernel: PairKernel, fused = true): PairEnergy<T> {
  if (fused && b.pairEnergy) return b.pairEnergy(unit, kernel);
  const near = energyTerms(b, b.sqDist(unit, unit), kernel.s);
  // d/du_i of sum_{i!=j} f(|u_i - u_j|^2) = 4 sum_j f'_ij (u_i - u_j)
  let grad = b.binary(
    "mul",
    b.binary("sub", b.binary("mul", unit, b.rowSum(near.slope)), b.matmul(near.slope, unit)),
    4,
  );
  let energy = near.energy;
  if (kernel.halfSpace) {
    const far = energyTerms(b, b.sqDist(unit, b.unary("neg", unit)), kernel.s);
    // d/du_i of sum_{i!=j} f(|u_i + u_j|^2) = 4 sum_j f'_ij (u_i + u_j)
    const farGrad = b.binary(
      "mul",
      b.binary("add", b.binary("mul", unit, b.rowSum(far.slope)), b.matmul(far.slope, unit)),
      4,
    );
    grad = b.binary("add", grad, farGrad);
    energy = b.binary("add", energy, far.energy);
  }
  return { energy, grad };
}

/** Energy `sum f(D2)` and slope matrix `f'(D2)`, both with the diagonal removed. */
function energyTerms<T>(b: Backend<T>, d2: T, s: number): { energy: T; slope: T } {
  let value: T;
  let slope: T;
  if (s > 0) {
    value = b.binary("pow", d2, -s / 2);
    slope = b.binary("mul", b.binary("pow", d2, -s / 2 - 1), -s / 2);
  } else {
    value = b.binary("mul", b.unary("log", d2), -0.5);
    slope = b.binary("mul", b.unary("reciprocal", d2), -0.5);
  }
  const energy = b.sum(b.fillDiagonal(value, 0));
  return { energy, slope: b.fillDiagonal(slope, 0) };
}

// ---- composable conveniences: the backend's op when it has one, else from primitives ----

/** `[n]` row-wise dot products: `b.rowDot`, or `rowSum(a * c)`. */
export function rowDot<T>(b: Backend<T>, a: T, c: T): T {
  if (b.rowDot) return b.rowDot(a, c);
  return withScope(b, () => b.rowSum(b.binary("mul", a, c)));
}

/**
 * Unit rows and their Euclidean norms (see `Backend.normalizeRows`): the backend's op, or
 * `norms = sqrt(rowSum(a^2))`, `unit = a / max(norms, eps)`.
 */
export function normalizeRows<T>(b: Backend<T>, a: T, eps: number | null): NormalizedRows<T> {
  if (b.normalizeRows) return b.normalizeRows(a, eps);
  return withScope(b, () => {
    const norms = b.unary("sqrt", b.rowSum(b.unary("square", a)));
    const divisor = eps === null ? norms : b.binary("max", norms, eps);
    return { unit: b.binary("div", a, divisor), norms };
  });
}

/**
 * Backward of {@link normalizeRows} (see `Backend.normalizeRowsGrad`): the backend's op, or
 * `(g_i - [norms_i >= eps] (g_i . u_i) u_i) / max(norms_i, eps)` from primitives. `norms`
 * are the Euclidean norms `normalizeRows` returned; scale `g` to scale the result.
 */
export function normalizeRowsGrad<T>(b: Backend<T>, g: T, unit: T, norms: T, eps: number | null): T {
  if (b.normalizeRowsGrad) return b.normalizeRowsGrad(g, unit, norms, eps);
  return withScope(b, () => {
    let dot = rowDot(b, g, unit);
    if (eps !== null) dot = b.binary("mul", dot, b.binary("ge", norms, eps));
    const divisor = eps === null ? norms : b.binary("max", norms, eps);
    return b.binary("div", b.binary("sub", g, b.binary("mul", unit, dot)), divisor);
  });
}

/**
 * `[n]` 1 where `index[i] == i`, else 0: the backend's op, or the row numbers gathered by
 * `index` compared with the row numbers (both as a float column, exact below 2^24 rows).
 */
export function selfMask<T>(b: Backend<T>, index: T): T {
  if (b.selfMask) return b.selfMask(index);
  const n = b.shape(index)[0] ?? 0;
  const rows = new Float64Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return withScope(b, () => {
    const column = b.tensor(rows, [n, 1]);
    return b.rowSum(b.binary("eq", b.gatherRows(column, index), column));
  });
}

/**
 * A square matrix with `value` added to its diagonal: the backend's op, or
 * `a + fillDiagonal(0 * a, value)` (the zeros come from a comparison, so an infinite entry
 * of `a` does not turn them into NaN).
 */
export function addDiagonal<T>(b: Backend<T>, a: T, value: number): T {
  if (b.addDiagonal) return b.addDiagonal(a, value);
  return withScope(b, () => b.binary("add", a, b.fillDiagonal(b.binary("gt", a, a), value)));
}
