import { DataType } from "../proto.js";
import { asFloat, reduceSum, type OpDef } from "./opDef.js";

/**
 * `[]` the sum of all elements, accumulated in float64 (the energies and Frobenius norms
 * sum `n^2` terms, where a float32 running sum would lose several digits).
 */
export const sum: OpDef = {
  infer() {
    return [{ shape: [], kind: "float" }];
  },
  lower(g, [a]) {
    const wide = g.op("Cast", [asFloat(g, a!)], { to: DataType.DOUBLE }, "values_f64");
    return [g.op("Cast", [reduceSum(g, wide, null, 0, "sum_f64")], { to: DataType.FLOAT }, "sum")];
  },
};
