import { asFloat, dims2, shapeError, type OpDef } from "./opDef.js";

/** `[n, m]` the product `A B` of `[n, k]` and `[k, m]`. */
export const matmul: OpDef = {
  infer([a, b]) {
    const [n, k] = dims2(a!, "matmul");
    const [k2, m] = dims2(b!, "matmul");
    if (k !== k2) throw shapeError("matmul", `inner dimensions differ ([${n}, ${k}] x [${k2}, ${m}])`);
    return [{ shape: [n, m], kind: "float" }];
  },
  lower(g, [a, b]) {
    return [g.op("MatMul", [asFloat(g, a!), asFloat(g, b!)], {}, "product")];
  },
};
