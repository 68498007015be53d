import { dims1, indices, type CpuContext, CpuTensor } from "../tensor.js";

/** `[n]` 1 where `index[i] == i`. */
export function selfMask(ctx: CpuContext, index: CpuTensor): CpuTensor {
  const n = dims1(index, "selfMask");
  const idx = indices(index);
  const out = ctx.alloc(n);
  for (let i = 0; i < n; i++) out[i] = idx[i] === i ? 1 : 0;
  return new CpuTensor(out, [n]);
}
