import { dims2, type CpuContext, CpuTensor } from "../tensor.js";

/** A copy of a square matrix with the diagonal set to `value`. */
export function fillDiagonal(ctx: CpuContext, a: CpuTensor, value: number): CpuTensor {
  const [n] = dims2(a, "fillDiagonal");
  const out = ctx.alloc(a.size);
  out.set(a.data);
  for (let i = 0; i < n; i++) out[i * n + i] = value;
  return new CpuTensor(out, a.shape);
}
