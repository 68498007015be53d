import { DataType } from "../proto.js";
import { diagonalMask, dims2, firstArgMax, reduceSum, type OpDef } from "./opDef.js";

/**
 * Fused `rowMax(gram(unit), rule)`. The selection (lowest-index argmax) is made on the
 * float32 Gram product inside the graph; the chosen cosine is then recomputed as a float64
 * dot product of the two unit rows and rounded once, so it is float32's correctly rounded
 * value (the reference-mode gradient `1 / sin` of near-duplicate rows depends on its last
 * digits). Only `[n]` vectors leave the graph. (WebGPU forms: see {@link firstArgMax}.)
 */
export const nearestNeighbors: OpDef = {
  infer([unit]) {
    const [n] = dims2(unit!, "nearestNeighbors");
    return [
      { shape: [n], kind: "float" },
      { shape: [n], kind: "index" },
    ];
  },
  lower(g, [unit], { rule }) {
    const u = unit!.name;
    const c = g.op("MatMul", [u, g.op("Transpose", [u], { perm: [1, 0] }, "transposed")], {}, "gram");
    const diag = diagonalMask(g, c);
    const masked = g.op("Where", [diag, rule === "exclude" ? g.f32(-Infinity) : g.op("Neg", [c], {}, "negated"), c], {}, "candidates");
    const index = firstArgMax(g, masked);
    const wide = g.op("Cast", [u], { to: DataType.DOUBLE }, "unit_f64");
    const partner = g.op("Gather", [wide, index], { axis: 0 }, "partner_f64");
    const dot64 = reduceSum(g, g.op("Mul", [wide, partner], {}, "products_f64"), [1], 0, "cosine_f64");
    const dot = g.op("Cast", [dot64], { to: DataType.FLOAT }, "cosine");
    const count = g.op("Squeeze", [g.op("Shape", [index], {}, "shape"), g.i64([0])], {}, "count");
    const positions = g.op("Range", [g.i64([0], []), count, g.i64([1], [])], {}, "positions");
    const isSelf = g.op("Equal", [index, positions], {}, "is_self");
    const selfValue = rule === "exclude" ? g.f32(-Infinity) : g.op("Neg", [dot], {}, "negated_self");
    return [g.op("Where", [isSelf, selfValue, dot], {}, "max"), index];
  },
};
