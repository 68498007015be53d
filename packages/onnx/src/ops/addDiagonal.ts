import { diagonalMask, square, type OpDef } from "./opDef.js";

/** A square matrix with `value` added to its diagonal. */
export const addDiagonal: OpDef = {
  infer([a]) {
    const n = square(a!, "addDiagonal");
    return [{ shape: [n, n], kind: "float" }];
  },
  lower(g, [a], { value }) {
    const shifted = g.op("Add", [a!.name, g.f32(value as number)], {}, "shifted");
    return [g.op("Where", [diagonalMask(g, a!.name), shifted, a!.name], {}, "result")];
  },
};
