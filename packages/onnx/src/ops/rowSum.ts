import { dims2, floatReduce, type OpDef } from "./opDef.js";

/** `[n]` the sum of each row of an `[n, d]` matrix. */
export const rowSum: OpDef = {
  infer([a]) {
    const [n] = dims2(a!, "rowSum");
    return [{ shape: [n], kind: "float" }];
  },
  lower(g, [a]) {
    return [floatReduce(g, "ReduceSum", a!.name, [1], 0, "row_sum")];
  },
};
