import { asFloat, dims2, type OpDef } from "./opDef.js";

/** `[n, n]` the Gram matrix `A Aᵀ` (one `MatMul` against the explicit transpose). */
export const gram: OpDef = {
  infer([a]) {
    const [n] = dims2(a!, "gram");
    return [{ shape: [n, n], kind: "float" }];
  },
  lower(g, [a]) {
    const w = asFloat(g, a!);
    return [g.op("MatMul", [w, g.op("Transpose", [w], { perm: [1, 0] }, "transposed")], {}, "gram")];
  },
};
