import { dims2, floatReduce, shapeError, type OpDef } from "./opDef.js";

/** `[n]` row-wise dot products of two `[n, d]` matrices. */
export const rowDot: OpDef = {
  infer([a, b]) {
    const [n, d] = dims2(a!, "rowDot");
    const [n2, d2] = dims2(b!, "rowDot");
    if (n !== n2 || d !== d2) throw shapeError("rowDot", `shapes [${n}, ${d}] and [${n2}, ${d2}] differ`);
    return [{ shape: [n], kind: "float" }];
  },
  lower(g, [a, b]) {
    // A row's squared norm (core asks for rowDot(x, x) often) is one pass, not two.
    if (a!.name === b!.name) return [floatReduce(g, "ReduceSumSquare", a!.name, [1], 0, "sq_norm")];
    return [floatReduce(g, "ReduceSum", g.op("Mul", [a!.name, b!.name], {}, "products"), [1], 0, "dot")];
  },
};
