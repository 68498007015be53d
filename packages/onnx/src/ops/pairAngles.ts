import type { GraphBuilder, LoweredValue } from "../graph/graphBuilder.js";
import { DataType } from "../proto.js";
import { polyAtan } from "./accurateMath.js";
import { asIndex, column, dims1, dims2, floatReduce, rowEntries, shapeError, sumSquares, type OpDef } from "./opDef.js";

const INT64_MAX = Number.MAX_SAFE_INTEGER; // "to the end" for Slice

/** Above this largest squared chord (about 161 degrees) the `|u_i + u_j|^2` are summed explicitly. */
const NEAR_PI_SQ_CHORD = 3.9;

/** What the angle and its gradient share: partner rows, chords and per-row scalars. */
interface PairParts {
  /** `[n, d]` `u_i - u_j`. */
  diff: string;
  /** `[n]` angles. */
  theta: string;
  /** `[n]` `1 / sin(theta)` (0 for an exact duplicate or antipode: no preferred direction). */
  inverseSine: string;
  /** `[n]` half the squared chord, `|u_i - u_j|^2 / 2 = 1 - cos(theta)`. */
  halfSqChord: string;
}

/**
 * Partner rows `u_j = u[index_i]`, the chords and the angle `2 atan2(|u_i - u_j|, |u_i + u_j|)`.
 * `|u_i + u_j|^2` is `4 - |u_i - u_j|^2` while every chosen angle is below about 161
 * degrees (then the subtraction loses nothing); an `If` sums the `(u_i + u_j)^2` explicitly
 * when one is wider, where the subtraction would cancel.
 */
function parts(g: GraphBuilder, unit: LoweredValue, index: string): PairParts {
  return g.memo(`pairAngles|${unit.name}|${index}`, () => {
    const u = unit.name;
    const n = unit.shape[0] as number;
    const partner = g.op("Gather", [u, index], { axis: 0 }, "partner");
    const diff = g.op("Sub", [u, partner], {}, "difference");
    const a2 = sumSquares(g, diff, [1], 0, "sq_chord");
    const wide = g.op("Greater", [floatReduce(g, "ReduceMax", a2, [0], 0, "sq_chord_max"), g.f32(NEAR_PI_SQ_CHORD)], {}, "near_pi");
    const [s2] = g.ifElse(
      wide,
      [{ local: "sq_sum", kind: "float", shape: [n] }],
      (b) => [sumSquares(b, b.op("Add", [u, partner], {}, "sum"), [1], 0, "sq_sum")],
      (b) => [b.op("Sub", [b.f32(4), a2], {}, "sq_sum")],
    );
    const chord = g.op("Sqrt", [a2], {}, "chord");
    const across = g.op("Sqrt", [s2!], {}, "across");
    const theta = angle(g, chord, across);
    // sin(theta) = 2 sin(theta/2) cos(theta/2) = |u_i - u_j| |u_i + u_j| / 2, so 1 / sin is
    // 2 / (chord across), the same float32 value as 1 / (chord across / 2) (a halving is exact)
    const twiceSine = g.op("Mul", [chord, across], {}, "chord_across");
    // A zero product (an exact duplicate or antipode) takes the Where's 0; its Div gives
    // Infinity, never read. A positive product is at least about 7e-23 (a positive float32
    // square is at least 1.4e-45, and chord^2 + across^2 = 4), so 2 / it is finite. The
    // WebGPU forms keep a floor: WGSL leaves division by zero undefined.
    const divisor = g.webgpu ? g.op("Max", [twiceSine, g.f32(2e-30)], {}, "sine_safe") : twiceSine;
    const inverseSine = g.op("Where", [g.op("Greater", [twiceSine, g.f32(0)], {}, "has_direction"), g.op("Div", [g.f32(2), divisor], {}, "inverse"), g.f32(0)], {}, "inverse_sine");
    return { diff, theta, inverseSine, halfSqChord: g.op("Mul", [a2, g.f32(0.5)], {}, "half_sq_chord") };
  });
}

/**
 * `2 atan2(chord, across)` for `chord, across >= 0`, `chord^2 + across^2 = 4`: three nodes,
 * `2 Atan(chord / across)`. The quotient is never `0 / 0` (the two lengths cannot both
 * vanish); `across = 0` (antipodal rows) gives `Atan(Infinity) = pi / 2`, so `theta = pi`.
 * `Atan` of a large ratio is `pi/2 - atan(1/r)` rounded once, so near pi the angle keeps
 * float32's absolute accuracy, which is all a value near pi has (tested against the
 * float64 cpu backend at 0, pi/2 and pi). (WebGPU forms: the octant form with core's
 * `atan` polynomial, see `accurateMath.ts`: WGSL leaves `atan`'s precision to the driver.)
 */
function angle(g: GraphBuilder, chord: string, across: string): string {
  return g.scope("angle", () => {
    if (!g.webgpu) return g.op("Mul", [g.op("Atan", [g.op("Div", [chord, across], {}, "ratio")], {}, "atan"), g.f32(2)], {}, "theta");
    const steep = g.op("Greater", [chord, across], {}, "steep");
    const num = g.op("Where", [steep, across, chord], {}, "numerator");
    const den = g.op("Max", [g.op("Where", [steep, chord, across], {}, "denominator"), g.f32(1e-30)], {}, "safe_denominator");
    const ratio = g.op("Div", [num, den], {}, "ratio");
    const twice = g.op("Mul", [polyAtan(g, ratio), g.f32(2)], {}, "twice");
    return g.op("Where", [steep, g.op("Sub", [g.f32(Math.PI), twice], {}, "pi_minus"), twice], {}, "theta");
  });
}

/**
 * Where each row's sum over the rows that chose it lives in a prefix sum of the rows sorted
 * by their chosen row: `lower_i` and `upper_i` (int64 `[n]`) bound the positions, in
 * sorted order, of the rows `k` with `index_k == i`, so that the sum is
 * `prefix[upper_i] - prefix[lower_i]` over a prefix with a leading 0 (empty for a row
 * nobody chose). Everything here is `O(n log n)` on `[n]` vectors.
 */
interface SortedTargets {
  /** `[n]` the rows in order of their chosen row. */
  order: string;
  /** `[n + 1]` `order`, then 0 (a row the exclusive prefix sum never adds). */
  paddedOrder: string;
  /** `[n]` the chosen rows, sorted. */
  sorted: string;
  lower: string;
  upper: string;
  /**
   * Float32 `[n, n]` one-hot rows `O_ki = [index_k == i]` (small static `n` only): the
   * in-degrees are its column sums and an `[n]` sum over the rows that chose each row is
   * one vector-matrix product.
   */
  oneHot?: string;
}

/** Up to this many (static) rows the targets' bounds come from an `n x n` one-hot matrix. */
const ONE_HOT_ROWS = 256;

function sortedTargets(g: GraphBuilder, index: string, n: number): SortedTargets {
  if (g.isStatic(n) && n <= ONE_HOT_ROWS && !g.webgpu) {
    return g.memo(`sortedTargets|${index}`, () => {
      // A static n: the order from TopK, and each row's run bounds from the in-degrees
      // (column sums of the one-hot rows, exact in float32 below 2^24 rows) and their
      // running sum: eight nodes on [n] and [n, n] values instead of twenty.
      const [sorted, order] = g.opN("TopK", [index, g.i64([n])], ["sorted_index", "order"], { axis: 0, largest: 0, sorted: 1 });
      const paddedOrder = g.op("Concat", [order!, g.i64([0])], { axis: 0 }, "padded_order");
      const positions = g.i64(Array.from({ length: n }, (_, i) => i));
      const chosen = g.op("Equal", [g.op("Unsqueeze", [index, g.i64([1])], {}, "chosen_column"), positions], {}, "chosen");
      const oneHot = g.op("Cast", [chosen], { to: DataType.FLOAT }, "one_hot");
      const degree = g.op("ReduceSum", [oneHot, g.i64([0])], { keepdims: 0 }, "in_degree");
      const upperF = g.op("CumSum", [degree, g.i64([0], [])], {}, "upper_f32");
      const lower = g.op("Cast", [g.op("Sub", [upperF, degree], {}, "lower_f32")], { to: DataType.INT64 }, "lower");
      const upper = g.op("Cast", [upperF], { to: DataType.INT64 }, "upper");
      return { order: order!, paddedOrder, sorted: sorted!, lower, upper, oneHot };
    });
  }
  return g.memo(`sortedTargets|${index}`, () => {
    const count = g.op("Shape", [index], {}, "count");
    const [sorted, order] = g.opN("TopK", [index, count], ["sorted_index", "order"], { axis: 0, largest: 0, sorted: 1 });
    const paddedOrder = g.op("Concat", [order!, g.i64([0])], { axis: 0 }, "padded_order");
    const positions = g.op("Range", [g.i64([0], []), g.op("Squeeze", [count, g.i64([0])], {}, "n"), g.i64([1], [])], {}, "positions");
    // the last position of each run of equal chosen rows, and the run's length
    const next = g.op("Concat", [g.op("Slice", [sorted!, g.i64([1]), g.i64([INT64_MAX]), g.i64([0])], {}, "next_index"), g.i64([-1])], { axis: 0 }, "next_or_end");
    const runEnd = g.op("Not", [g.op("Equal", [sorted!, next], {}, "same_as_next")], {}, "run_end");
    const targets = g.op("Compress", [sorted!, runEnd], { axis: 0 }, "targets");
    const ends = g.op("Add", [g.op("Compress", [positions, runEnd], { axis: 0 }, "end_positions"), g.i64([1], [])], {}, "run_upper");
    const starts = g.op("Concat", [g.i64([0]), g.op("Slice", [ends, g.i64([0]), g.i64([-1]), g.i64([0])], {}, "previous_upper")], { axis: 0 }, "run_lower");
    const lengths = g.op("Sub", [ends, starts], {}, "run_lengths");
    // in-degree of every row, then its run's bounds by a running count
    const zeros = g.op("ConstantOfShape", [count], { value: { tensor: { dataType: 7, dims: [1], rawData: new Uint8Array(8) } } }, "zero_counts");
    const degree = g.op("ScatterND", [zeros, g.op("Unsqueeze", [targets, g.i64([1])], {}, "target_rows"), lengths], {}, "in_degree");
    const upper = g.op("CumSum", [degree, g.i64([0], [])], {}, "upper");
    return { order: order!, paddedOrder, sorted: sorted!, lower: g.op("Sub", [upper, degree], {}, "lower"), upper };
  });
}

/** `[n]` or `[n, d]` values of each row summed over the rows that chose it, from a padded prefix sum. */
function runSums(g: GraphBuilder, t: SortedTargets, paddedPrefix: string, local: string): string {
  const upper = g.op("Gather", [paddedPrefix, t.upper], { axis: 0 }, `${local}_upper`);
  const lower = g.op("Gather", [paddedPrefix, t.lower], { axis: 0 }, `${local}_lower`);
  return g.op("Sub", [upper, lower], {}, local);
}

/**
 * The gradient of `sum_i theta_i` with respect to the unit rows, each row's result
 * multiplied by `scale_i` (`null`: 1). With `s = 1 / sin(theta)`, `h = |u_i - u_j|^2 / 2`:
 * the pair `(i, j)` gives row `i` the unit tangent `s_i (d_i - h_i u_i)` (`d_i = u_i - u_j`)
 * and row `j` the unit tangent `-s_i (d_i + h_i u_j)`. Both are tangent to their row
 * (`d_i . u_i = h_i`), so the normalization's backward pass has nothing to project out.
 * Row `i` collects
 *
 *   scale_i (s_i d_i - (s_i h_i + sum_{k: index_k = i} s_k h_k) u_i - sum_{k: index_k = i} s_k d_k).
 *
 * The `[n, d]` sum over the rows that chose `i` is an exclusive prefix sum (`CumSum`) of
 * the rows `s_k d_k` (unit tangents, all of one size; the same product serves the own
 * term), sorted by `index_k` (`TopK` of the `[n]` index), differenced at each row's run
 * bounds, then scaled by `scale_i`: opset 13 has no scatter that adds repeated targets,
 * and a one-hot product costs another `O(n^2 d)` (taken only for small `n`, see
 * {@link pairMatrixGrad}). The whole backward pass is ten `O(n d)` passes in float32:
 * every term is a unit tangent (no large terms cancel).
 */
function angleGrad(g: GraphBuilder, unit: LoweredValue, index: string, scale: string | null): string {
  const p = parts(g, unit, index);
  const n = unit.shape[0] as number;
  if (g.isStatic(n) && n <= PAIR_MATRIX_ROWS && !g.webgpu) return pairMatrixGrad(g, unit, index, p, scale);
  const t = sortedTargets(g, index, n);
  const s = p.inverseSine;
  // the rows s_k d_k (each row's own term too), sorted by the row they chose, then one more
  // row that the exclusive prefix sum never adds: prefix[p] sums the sorted rows before p,
  // prefix[0] = 0 and prefix[n] is the total. The scale of the row they chose is applied
  // after the prefix sum: rows of very different norms would otherwise share one running
  // sum and swamp each other.
  const terms = g.op("Mul", [p.diff, column(g, s)], {}, "terms");
  const sortedRows = g.op("Gather", [terms, t.paddedOrder], { axis: 0 }, "sorted_terms");
  const prefix = g.op("CumSum", [sortedRows, g.i64([0], [])], { exclusive: 1 }, "prefix");
  const tangents = g.op("Sub", [terms, runSums(g, t, prefix, "incoming")], {}, "tangents");
  // [n] the u_i coefficient: s_i h_i plus the same sum over the rows that chose i
  const sh = g.op("Mul", [s, p.halfSqChord], {}, "radial");
  let incomingSh: string;
  if (t.oneHot !== undefined) {
    // sum_k [index_k == i] s_k h_k: the one-hot rows scaled and summed per column (a Mul
    // and a ReduceSum; a vector-matrix MatMul gave last-bit differences between a blocked
    // and a one-block search graph at 520 rows, this gives the same bits)
    incomingSh = g.op("ReduceSum", [g.op("Mul", [t.oneHot, column(g, sh)], {}, "radial_terms"), g.i64([0])], { keepdims: 0 }, "incoming_radial");
  } else {
    const sortedSh = g.op("Gather", [sh, t.order], { axis: 0 }, "sorted_radial");
    const shPrefix = g.op("CumSum", [g.op("Concat", [g.f32Zeros([1]), sortedSh], { axis: 0 }, "padded_radial"), g.i64([0], [])], {}, "radial_prefix");
    incomingSh = runSums(g, t, shPrefix, "incoming_radial");
  }
  let unitCoeff = g.op("Add", [sh, incomingSh], {}, "unit_coefficient");
  let scaled = tangents;
  if (scale !== null) {
    unitCoeff = g.op("Mul", [unitCoeff, scale], {}, "scaled_unit_coefficient");
    scaled = g.op("Mul", [tangents, column(g, scale)], {}, "scaled_tangents");
  }
  const radial = g.op("Mul", [unit.name, column(g, unitCoeff)], {}, "radial_rows");
  return g.op("Sub", [scaled, radial], {}, "grad");
}

/**
 * Up to this many (static) rows {@link angleGrad} takes {@link pairMatrixGrad}: at small
 * `n` an `[n, n] x [n, d]` product costs less than the eight `[n, d]` passes and twenty
 * nodes of the sorted prefix sum (every node's dispatch weighs there).
 */
const PAIR_MATRIX_ROWS = 96;

/**
 * {@link angleGrad} for a small static `n`, the same sums as one matrix product: with the
 * pair matrix `M_ki = s_k [index_k == i]` (`[n, n]`, one `ScatterElements` of the `s_k`), row `i`
 * of the gradient is
 *
 *   scale_i (sum_k (s_i [k == i] - M_ki) d_k - (s_i h_i + sum_k M_ki h_k) u_i),
 *
 * that is `K D - diag(scale a) U` with `K^T = (diag(s) - M) diag(scale)` and one `[n]` by
 * `[n, n]` product for `a`. The chords `d_k` enter the product unchanged (the sums are of
 * the same unit tangents as the prefix form, in float32, with exact zeros elsewhere), so
 * near-duplicate rows keep their accuracy. Three `[n, d]` passes (the product, one `Mul`,
 * one `Sub`) instead of eleven.
 */
function pairMatrixGrad(g: GraphBuilder, unit: LoweredValue, index: string, p: PairParts, scale: string | null): string {
  const n = unit.shape[0] as number;
  const s = p.inverseSine;
  const pairs = rowEntries(g, n, g.op("Unsqueeze", [index, g.i64([1])], {}, "chosen_column"), column(g, s), "pair_matrix");
  let kt = g.op("Sub", [g.op("Mul", [g.f32Diagonal(n, 1), s], {}, "own_matrix"), pairs], {}, "gradient_matrix");
  if (scale !== null) kt = g.op("Mul", [kt, scale], {}, "scaled_gradient_matrix");
  const tangents = g.op("MatMul", [g.op("Transpose", [kt], { perm: [1, 0] }, "gradient_matrix_t"), p.diff], {}, "tangents");
  const sh = g.op("Mul", [s, p.halfSqChord], {}, "radial");
  let unitCoeff = g.op("Add", [sh, g.op("MatMul", [p.halfSqChord, pairs], {}, "incoming_radial")], {}, "unit_coefficient");
  if (scale !== null) unitCoeff = g.op("Mul", [unitCoeff, scale], {}, "scaled_unit_coefficient");
  const radial = g.op("Mul", [unit.name, column(g, unitCoeff)], {}, "radial_rows");
  return g.op("Sub", [tangents, radial], {}, "grad");
}

/**
 * Fused `pairAngles`: the angle `theta_i` between each unit row and its partner
 * `u[index_i]`, and the gradient of `sum_i theta_i` with respect to the unit rows (see
 * {@link angleGrad}), with the same formulas as core's composition (explicit chords, no
 * `acos`). The gradient's nodes are written only when the graph reads it.
 */
export const pairAngles: OpDef = {
  infer([unit, index]) {
    const [n, d] = dims2(unit!, "pairAngles");
    if (dims1(index!, "pairAngles") !== n) throw shapeError("pairAngles", "index length differs from the row count");
    return [
      { shape: [n], kind: "float" },
      { shape: [n, d], kind: "float" },
    ];
  },
  lower(g, [unit, index], _attrs, used) {
    const idx = asIndex(g, index!);
    const theta = parts(g, unit!, idx).theta;
    return [theta, used.has(1) ? angleGrad(g, unit!, idx, null) : ""];
  },
};

/**
 * `normalizeRowsGrad(pairAngles(unit, index).grad, unit, norms, null)` in one lowering:
 * the gradient of `sum_i theta_i` with respect to the raw rows. The pair gradient is
 * tangent by construction, so the normalization's backward pass is the division by the
 * norms alone, folded into the per-row coefficients (no extra `[n, d]` pass). The tracer
 * records it when core asks for exactly that composition (exact-mode MMA).
 */
export const pairAnglesGrad: OpDef = {
  infer([unit, index, norms]) {
    const [n, d] = dims2(unit!, "pairAnglesGrad");
    if (dims1(index!, "pairAnglesGrad") !== n || dims1(norms!, "pairAnglesGrad") !== n) {
      throw shapeError("pairAnglesGrad", "index and norms must have one entry per row");
    }
    return [{ shape: [n, d], kind: "float" }];
  },
  lower(g, [unit, index, norms]) {
    const scale = g.op("Reciprocal", [norms!.name], {}, "inverse_norms");
    return [angleGrad(g, unit!, asIndex(g, index!), scale)];
  },
};
