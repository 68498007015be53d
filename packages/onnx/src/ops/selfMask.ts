import { DataType } from "../proto.js";
import { asIndex, dims1, type OpDef } from "./opDef.js";

/** `[n]` 1 where `index[i] == i`, else 0. */
export const selfMask: OpDef = {
  infer([index]) {
    return [{ shape: [dims1(index!, "selfMask")], kind: "float" }];
  },
  lower(g, [index]) {
    const idx = asIndex(g, index!);
    const count = g.op("Squeeze", [g.op("Shape", [idx], {}, "shape"), g.i64([0])], {}, "count");
    const positions = g.op("Range", [g.i64([0], []), count, g.i64([1], [])], {}, "positions");
    return [g.op("Cast", [g.op("Equal", [idx, positions], {}, "is_self")], { to: DataType.FLOAT }, "mask")];
  },
};
