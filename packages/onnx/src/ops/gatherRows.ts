import { asIndex, dims1, dims2, type OpDef } from "./opDef.js";

/** `[k, d]` the rows `a[index[i]]`. */
export const gatherRows: OpDef = {
  infer([a, index]) {
    const [, d] = dims2(a!, "gatherRows");
    return [{ shape: [dims1(index!, "gatherRows"), d], kind: a!.kind }];
  },
  lower(g, [a, index]) {
    return [g.op("Gather", [a!.name, asIndex(g, index!)], { axis: 0 }, "rows")];
  },
};
