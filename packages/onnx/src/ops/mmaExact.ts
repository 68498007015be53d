import type { GraphBuilder, LoweredValue } from "../graph/graphBuilder.js";
import { binary } from "./binary.js";
import { nearestNeighbors } from "./nearestNeighbors.js";
import { normalizeRows } from "./normalizeRows.js";
import { dims1, dims2, reduceSum, rowEntries, shapeError, type OpDef } from "./opDef.js";
import { pairAngles, pairAnglesGrad } from "./pairAngles.js";
import { sum } from "./sum.js";

/** What reads the unit rows inside the fused loss: the angle ops (float32 unit rows suffice). */
const UNIT_READERS = ["nearestNeighbors", "pairAngles", "pairAnglesGrad"] as const;

/**
 * Up to this many (static) rows, and no more rows than columns, a searched exact MMA first
 * tries {@link gramAngles}: every angle from the one Gram product, the gradient as a
 * second product. (With more rows than columns the rows crowd, so some chosen angle is
 * usually below the form's 41 degrees and its fallback would run on most calls.)
 */
export const GRAM_ANGLE_ROWS = 128;

/**
 * {@link gramAngles} keeps its result only while every chosen cosine is within
 * `[-GRAM_ANGLE_COSINE, GRAM_ANGLE_COSINE]` (angles from about 41 to 139 degrees). There
 * `acos` of a cosine that is off by `e` is off by at most `e / sin(theta) < 1.52 e`, and
 * the angle itself is at least 0.72, so an angle keeps float32's relative accuracy to a
 * few units in the last place, as the chord form does. Nearer pairs (where a cosine's
 * rounding would cost digits: at 1 degree `e / sin` is 57 e) take the chord form.
 */
export const GRAM_ANGLE_COSINE = 0.75;

/** `ln(1e30)`: the float32 form of the row norms holds while every `|ln |w_i|^2|` is below it (as in `normalizeRows`). */
const LOG_SQUARE_LIMIT = Math.log(1e30);

/**
 * Fused `mmaExact(w, index)`: the whole exact-mode MMA loss, its gradient and the partner
 * index.
 *
 * For a small static `n <= d` with the index searched ({@link GRAM_ANGLE_ROWS}; not in
 * the WebGPU forms) the graph is {@link gramAngles}: where every chosen angle is moderate it
 * gives the loss and gradient from two matrix products and `[n, n]` work, else (an `If`)
 * the graph below.
 *
 * Otherwise, and as that fallback, it is written as exactly the nodes (and node names)
 * that the traced composition `normalizeRows`, `nearestNeighbors` (skipped when `index`
 * is given), `pairAngles`, `sum`, the scale `-1/n` and the fused `pairAnglesGrad` lower
 * to, in that order. The graph is the same; what the fusion saves is JavaScript per call:
 * one traced node instead of about ten, so a small loss spends less time tracing and
 * keying the graph than running it. Lowered without a scope of its own (see
 * {@link OpDef.unscoped}): each part keeps the scope name the composed trace gives it
 * (`mma/normalizeRows/unit`, ...).
 */
export const mmaExact: OpDef = {
  unscoped: true,
  infer([w, index]) {
    const [n, d] = dims2(w!, "mmaExact");
    if (index !== undefined && dims1(index, "mmaExact") !== n) throw shapeError("mmaExact", "index length differs from the row count");
    return [
      { shape: [], kind: "float" },
      { shape: [n, d], kind: "float" },
      { shape: [n], kind: "index" },
    ];
  },
  lower(g, [w, given], _attrs, used) {
    const [n, d] = w!.shape as [number, number];
    if (given === undefined && !g.webgpu && g.isStatic(n) && n <= GRAM_ANGLE_ROWS && n <= d) return gramAngles(g, w!, used.has(1), used.has(2));
    return chordAngles(g, w!, given, used.has(1));
  },
};

/** The composed trace's graph (see {@link mmaExact}): `[loss, grad or "", index]`. */
function chordAngles(g: GraphBuilder, w: LoweredValue, given: LoweredValue | undefined, withGrad: boolean): string[] {
  const [n, d] = w.shape as [number, number];
  const part = (op: string, fn: () => string[]): string[] => g.scope(op, fn);
  const rows = (name: string, shape: readonly number[], kind: "float" | "index" = "float"): LoweredValue => ({ name, shape, kind });
  const [unitName, normsName] = part("normalizeRows", () => normalizeRows.lower(g, [w], { eps: null }, new Set([0, 1]), (i) => (i === 0 ? UNIT_READERS : ["binary"])));
  const unit = rows(unitName!, [n, d]);
  const index = given ?? rows(part("nearestNeighbors", () => nearestNeighbors.lower(g, [unit], { rule: "exclude" }, new Set([1]), () => ["pairAngles"]))[1]!, [n], "index");
  const [theta] = part("pairAngles", () => pairAngles.lower(g, [unit, index], {}, new Set([0]), () => ["sum"]));
  const total = part("sum", () => sum.lower(g, [rows(theta!, [n])], {}, new Set([0]), () => ["binary"]))[0]!;
  const loss = part("binary", () => binary.lower(g, [rows(total, [])], { op: "mul", scalar: -1 / n }, new Set([0]), () => ["output"]))[0]!;
  if (!withGrad) return [loss, "", index.name];
  // d(-mean theta)/dW: the scale -1/n goes into the norms, as the tracer's fused
  // normalizeRowsGrad(pairAngles.grad * c) does
  const norms = part("binary", () => binary.lower(g, [rows(normsName!, [n])], { op: "div", scalar: -1 / n }, new Set([0]), () => ["pairAnglesGrad"]))[0]!;
  const [grad] = part("pairAnglesGrad", () => pairAnglesGrad.lower(g, [unit, index, rows(norms, [n])], {}, new Set([0]), () => ["output"]));
  return [loss, grad!, index.name];
}

/**
 * Exact MMA of a small static `n` from the Gram product of the raw rows, `G = W W^T`
 * (no unit rows, no partner rows): with `r_i = 1 / sqrt(G_ii)` the cosines are
 * `C = diag(r) G diag(r)`, each row's nearest other row is the first `ArgMax` of `C` with
 * its diagonal at `-Infinity`, and `theta_i = acos(c_i)` of the chosen cosine `c_i`. The
 * gradient of `L = -(1/n) sum theta_i` is one more product, `dL/dW = Q W`: with
 * `a_i = 1 / (n sin theta_i)`, `A_ik = a_i [index_i = k]`, `S = A + A^T` and
 * `s_i = sum_k S_ik C_ik`,
 *
 *   Q_ik = r_i S_ik r_k (i != k),   Q_ii = -s_i r_i^2,
 *
 * from `dc/dw_i = r_i (u_j - c u_i)` for a pair's cosine `c = u_i . u_j`. At `64 x 576`
 * that is two products and `[n, n]` nodes against the chord form's nine `[n, d]` passes
 * beside its two products.
 *
 * Its precision holds where `acos` and `1 / sin` are well conditioned, so an `If` keeps it
 * only when every chosen cosine is within {@link GRAM_ANGLE_COSINE} of 0 (and every
 * `|w_i|^2` within `1e-30` to `1e30`, the float32 range the norms need); otherwise the If
 * runs {@link chordAngles}, which searches again on the unit rows and measures the chords,
 * so near-duplicate and near-antipodal pairs keep their full accuracy (and exactly the
 * results of the composed graph).
 */
function gramAngles(g: GraphBuilder, w: LoweredValue, withGrad: boolean, withIndex: boolean): string[] {
  const [n, d] = w.shape as [number, number];
  const rows = w.name;
  const part = g.scope("gramAngles", () => {
    const eye = g.f32Diagonal(n, 1);
    const gram = g.op("MatMul", [rows, g.op("Transpose", [rows], { perm: [1, 0] }, "transposed")], {}, "gram");
    const sumsq = reduceSum(g, g.op("Mul", [gram, eye], {}, "diagonal"), [1], 1, "sumsq");
    const inverse = g.op("Pow", [sumsq, g.f32(-0.5)], {}, "inverse_norms");
    // r_i r_k, which scales both the Gram product and the gradient's coefficients
    const outer = g.op("Mul", [inverse, g.op("Reshape", [inverse, g.i64([1, n])], {}, "inverse_norms_row")], {}, "inverse_norm_products");
    const cosines = g.op("Mul", [gram, outer], {}, "cosines");
    const candidates = g.op("Add", [cosines, g.f32Diagonal(n, -Infinity)], {}, "candidates");
    const pick = g.op("ArgMax", [candidates], { axis: 1, keepdims: 1, select_last_index: 0 }, "pick");
    const nearest = g.op("ReduceMax", [candidates], { axes: [1], keepdims: 1 }, "nearest");
    // one check for both conditions: |ln |w_i|^2| scaled by limit / ln(1e30), next to |c_i|,
    // all below the limit (a zero or infinite square gives an infinite logarithm, a NaN
    // fails the comparison)
    const logs = g.op("Mul", [g.op("Log", [sumsq], {}, "log_sumsq"), g.f32(GRAM_ANGLE_COSINE / LOG_SQUARE_LIMIT)], {}, "scaled_log_sumsq");
    const checked = g.op("Abs", [g.op("Concat", [logs, nearest], { axis: 0 }, "checked_values")], {}, "checked_magnitudes");
    const ok = g.op("Less", [g.op("ReduceMax", [checked], { keepdims: 0 }, "checked_max"), g.f32(GRAM_ANGLE_COSINE)], {}, "gram_form");
    return { eye, cosines, outer, pick, nearest, ok };
  });
  const outputs = [
    { local: "loss", kind: "float" as const, shape: [] },
    ...(withGrad ? [{ local: "grad", kind: "float" as const, shape: [n, d] }] : []),
    ...(withIndex ? [{ local: "index", kind: "index" as const, shape: [n] }] : []),
  ];
  const values = g.ifElse(
    part.ok,
    outputs,
    (b) => {
      const theta = b.op("Acos", [part.nearest], {}, "theta");
      // the loss as the chord form writes it: core's sum (float64) and the scale -1/n
      const total = b.scope("theta_sum", () => sum.lower(b, [{ name: theta, shape: [n, 1], kind: "float" }], {}, new Set([0]), () => ["binary"]))[0]!;
      const out = [b.scope("loss_scale", () => binary.lower(b, [{ name: total, shape: [], kind: "float" }], { op: "mul", scalar: -1 / n }, new Set([0]), () => ["output"]))[0]!];
      if (withGrad) {
        const weight = b.op("Div", [b.f32(1 / n), b.op("Sin", [theta], {}, "sine")], {}, "weight");
        // A_ik = a_i at k = index_i
        const chosen = rowEntries(b, n, part.pick, weight, "chosen");
        const pairs = b.op("Add", [chosen, b.op("Transpose", [chosen], { perm: [1, 0] }, "chosen_t")], {}, "pairs");
        const own = reduceSum(b, b.op("Mul", [pairs, part.cosines], {}, "pair_cosines"), [1], 1, "own");
        const coefficients = b.op("Sub", [pairs, b.op("Mul", [part.eye, own], {}, "own_diagonal")], {}, "coefficients");
        out.push(b.op("MatMul", [b.op("Mul", [coefficients, part.outer], {}, "scaled_coefficients"), rows], {}, "grad"));
      }
      if (withIndex) out.push(b.op("Squeeze", [part.pick, b.i64([1])], {}, "index"));
      return out;
    },
    (b) => {
      const [loss, grad, index] = chordAngles(b, w, undefined, withGrad);
      return [loss!, ...(withGrad ? [grad!] : []), ...(withIndex ? [index!] : [])];
    },
  );
  const [loss, ...rest] = values;
  return [loss!, withGrad ? rest.shift()! : "", withIndex ? rest.shift()! : ""];
}
