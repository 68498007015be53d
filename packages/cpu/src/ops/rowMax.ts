import type { DiagonalRule, RowMax } from "@mmareg/core";
import { dims2, type CpuContext, CpuTensor } from "../tensor.js";

/**
 * Row-wise max of a square matrix and its lowest-index argmax. `exclude`: the diagonal is
 * not a candidate (a 1 x 1 matrix gives -Infinity at index 0); `negate`: the diagonal
 * competes with the value `-c_ii` (the published code's `C - 2 diag(diag C)`).
 */
export function rowMax(ctx: CpuContext, c: CpuTensor, rule: DiagonalRule): RowMax<CpuTensor> {
  const [n] = dims2(c, "rowMax");
  const value = ctx.alloc(n);
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = -1;
    for (let j = 0; j < n; j++) {
      let v = c.data[i * n + j] as number;
      if (j === i) {
        if (rule === "exclude") continue;
        v = -v;
      }
      if (v > best || arg < 0) {
        best = v;
        arg = j;
      }
    }
    value[i] = best;
    index[i] = arg < 0 ? 0 : arg;
  }
  return { value: new CpuTensor(value, [n]), index: new CpuTensor(index, [n]) };
}
