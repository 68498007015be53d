import { compensatedSum } from "@mmareg/core/internal";
import { type CpuContext, CpuTensor } from "../tensor.js";


/** `[]` the sum of all elements, compensated. */
export function sum(ctx: CpuContext, a: CpuTensor): CpuTensor {
  const out = ctx.alloc(1);
  out[0] = compensatedSum(a.data);
  return new CpuTensor(out, []);
}
export { compensatedSum };
