import { dims2, type CpuContext, CpuTensor } from "../tensor.js";

/** A copy of a square matrix with `value` added to the diagonal. */
export function addDiagonal(ctx: CpuContext, a: CpuTensor, value: number): CpuTensor {
  const [n] = dims2(a, "addDiagonal");
  const out = ctx.alloc(a.size);
  out.set(a.data);
  for (let i = 0; i < n; i++) out[i * n + i] = (a.data[i * n + i] as number) + value;
  return new CpuTensor(out, a.shape);
}
