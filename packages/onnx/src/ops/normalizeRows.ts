import type { GraphBuilder } from "../graph/graphBuilder.js";
import { DataType } from "../proto.js";
import { asFloat, dims2, sumSquares, type OpDef } from "./opDef.js";

/**
 * Squared row norms in [1e-30, 1e30] take the float32 form (no square overflows or is lost
 * to underflow): `|ln sumsq|` below this.
 */
const SAFE_LOG_SUMSQ = Math.log(1e30);

/** Readers of the unit rows that take them in float32 (their chords are robust to its rounding). */
const ANGLE_READERS = new Set(["nearestNeighbors", "pairAngles", "pairAnglesGrad", "angleStats"]);

/**
 * The float64 form: norms and quotients in float64, rounded once (correctly rounded unit
 * rows, and exact directions for rows whose squares would overflow or underflow float32).
 */
function wideForm(g: GraphBuilder, x: string, eps: number | null): [string, string] {
  const wide = g.op("Cast", [x], { to: DataType.DOUBLE }, "rows_f64");
  const norm = g.op("Sqrt", [g.op("ReduceSumSquare", [wide], { axes: [1], keepdims: 1 }, "sumsq_f64")], {}, "norm_f64");
  const divisor = eps === null ? norm : g.op("Max", [norm, g.f64(eps)], {}, "norm_clamped_f64");
  const unit = g.op("Cast", [g.op("Div", [wide, divisor], {}, "unit_f64")], { to: DataType.FLOAT }, "unit");
  const norms = g.op("Cast", [g.op("Squeeze", [norm, g.i64([1])], {}, "norms_f64")], { to: DataType.FLOAT }, "norms");
  return [unit, norms];
}

/**
 * `unit_i = w_i / max(|w_i|, eps)` and the norms `|w_i|`.
 *
 * Read by the angle ops alone (exact-mode MMA, angle reports): one pass for the squared norms (`Mul` and `ReduceSum`, see `sumSquares`) and one for the quotients (`Div`),
 * in float32: the unit rows are within an ulp or two of the correctly rounded ones. When a
 * squared norm leaves about [1e-30, 1e30] (a row whose squares would overflow or lose digits to
 * underflow in float32, or a zero row under `eps`), an `If` takes the float64 form
 * instead, so extreme scales keep exact directions at no cost to ordinary inputs.
 *
 * With an `eps` (reference mode) and in the WebGPU forms, the float64 form always (as
 * before): reference mode's gradient `1 / sin(theta)` of near-duplicate rows depends on the
 * last digits of the unit rows (a correctly rounded unit row keeps it within the golden
 * tolerance; a float32 norm does not), and on WebGPU the float64 nodes run on the wasm provider.
 */
export const normalizeRows: OpDef = {
  infer([a]) {
    const [n, d] = dims2(a!, "normalizeRows");
    return [
      { shape: [n, d], kind: "float" },
      { shape: [n], kind: "float" },
    ];
  },
  lower(g, [a], { eps }, _used, readers) {
    const x = asFloat(g, a!);
    const e = eps === null ? null : (eps as number);
    // reference mode (an eps) reproduces the published code, whose clamped-cosine gradient
    // 1 / sin(theta) of near-duplicate rows depends on the unit rows' last digits, and the
    // composed losses form differences that cancel: the float64 form unless every reader is
    // an angle op (nearest neighbour, pair angles and their gradient), which is exact MMA
    if (g.webgpu || e !== null || !readers(0).every((op) => ANGLE_READERS.has(op))) return wideForm(g, x, e);
    const [n, d] = a!.shape as [number, number];
    const sumsq = sumSquares(g, x, [1], 1, "sumsq");
    // every squared norm in [1e-30, 1e30]: |ln sumsq| below ln 1e30 (four nodes on [n]
    // values instead of five; a zero row's -Infinity and a NaN fail it)
    const magnitude = g.op("Abs", [g.op("Log", [sumsq], {}, "log_sumsq")], {}, "log_magnitude");
    const safe = g.op("Less", [g.op("ReduceMax", [magnitude], { keepdims: 0 }, "log_magnitude_max"), g.f32(SAFE_LOG_SUMSQ)], {}, "float32_safe");
    return g.ifElse(
      safe,
      [
        { local: "unit", kind: "float", shape: [n, d] },
        { local: "norms", kind: "float", shape: [n] },
      ],
      (b) => {
        const norm = b.op("Sqrt", [sumsq], {}, "norm");
        return [b.op("Div", [x, norm], {}, "unit"), b.op("Squeeze", [norm, b.i64([1])], {}, "norms")];
      },
      (b) => wideForm(b, x, e),
    );
  },
};
