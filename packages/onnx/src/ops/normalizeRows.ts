import { DataType } from "../proto.js";
import { asFloat, dims2, type OpDef } from "./opDef.js";

/**
 * `unit_i = w_i / max(|w_i|, eps)` and the norms `|w_i|`, computed in float64 and rounded
 * once: the unit rows are float32's correctly rounded quotients (near-duplicate rows keep
 * the digits their angles depend on), and rows whose squares would overflow or underflow
 * float32 keep exact directions.
 */
export const normalizeRows: OpDef = {
  infer([a]) {
    const [n, d] = dims2(a!, "normalizeRows");
    return [
      { shape: [n, d], kind: "float" },
      { shape: [n], kind: "float" },
    ];
  },
  lower(g, [a], { eps }) {
    const wide = g.op("Cast", [asFloat(g, a!)], { to: DataType.DOUBLE }, "rows_f64");
    const norm = g.op("Sqrt", [g.op("ReduceSumSquare", [wide], { axes: [1], keepdims: 1 }, "sumsq_f64")], {}, "norm_f64");
    const divisor = eps === null ? norm : g.op("Max", [norm, g.f64(eps as number)], {}, "norm_clamped_f64");
    const unit = g.op("Cast", [g.op("Div", [wide, divisor], {}, "unit_f64")], { to: DataType.FLOAT }, "unit");
    const norms = g.op("Cast", [g.op("Squeeze", [norm, g.i64([1])], {}, "norms_f64")], { to: DataType.FLOAT }, "norms");
    return [unit, norms];
  },
};
