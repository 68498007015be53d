import { diagonalMask, square, type OpDef } from "./opDef.js";

/** A square matrix with its diagonal replaced by `value`. */
export const fillDiagonal: OpDef = {
  infer([a]) {
    const n = square(a!, "fillDiagonal");
    return [{ shape: [n, n], kind: "float" }];
  },
  lower(g, [a], { value }) {
    return [g.op("Where", [diagonalMask(g, a!.name), g.f32(value as number), a!.name], {}, "result")];
  },
};
