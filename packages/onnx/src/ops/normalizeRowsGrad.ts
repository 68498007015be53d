import { DataType } from "../proto.js";
import { column, dims1, dims2, reduceSum, shapeError, type OpDef } from "./opDef.js";

/**
 * Backward of `normalizeRows`: `(g_i - [|w_i| >= eps] (g_i . u_i) u_i) / max(|w_i|, eps)`
 * (with `eps = null` the bracket is 1 and the divisor `|w_i|`), in float64 and rounded
 * once: when `g_i` is nearly radial the subtraction cancels most of its digits.
 */
export const normalizeRowsGrad: OpDef = {
  infer([g, unit, norms]) {
    const [n, d] = dims2(g!, "normalizeRowsGrad");
    const [n2, d2] = dims2(unit!, "normalizeRowsGrad");
    if (n2 !== n || d2 !== d || dims1(norms!, "normalizeRowsGrad") !== n) {
      throw shapeError("normalizeRowsGrad", `shapes [${g!.shape.join(", ")}], [${unit!.shape.join(", ")}], [${norms!.shape.join(", ")}] do not match`);
    }
    return [{ shape: [n, d], kind: "float" }];
  },
  lower(b, [g, unit, norms], { eps }) {
    const wide = (x: string, local: string): string => b.op("Cast", [x], { to: DataType.DOUBLE }, local);
    const g64 = wide(g!.name, "g_f64");
    const u64 = wide(unit!.name, "unit_f64");
    const r = column(b, wide(norms!.name, "norms_f64"));
    let dot = reduceSum(b, b.op("Mul", [g64, u64], {}, "g_times_u"), [1], 1, "dot");
    if (eps !== null) {
      const pass = b.op("Cast", [b.op("GreaterOrEqual", [r, b.f64(eps as number)], {}, "above_eps")], { to: DataType.DOUBLE }, "pass");
      dot = b.op("Mul", [dot, pass], {}, "dot_masked");
    }
    const tangent = b.op("Sub", [g64, b.op("Mul", [dot, u64], {}, "radial")], {}, "tangent");
    const divisor = eps === null ? r : b.op("Max", [r, b.f64(eps as number)], {}, "norm_clamped");
    return [b.op("Cast", [b.op("Div", [tangent, divisor], {}, "grad_f64")], { to: DataType.FLOAT }, "grad")];
  },
};
