import type { DiagonalRule, RowMax } from "@mmareg/core";
import { scanRowMax } from "@mmareg/core/internal";
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
  scanRowMax(c.data, 0, n, n, rule, value, index);
  return { value: new CpuTensor(value, [n]), index: new CpuTensor(index, [n]) };
}
