import { outputOf, type GpujsContext, type KernelThis, type Rows, type Vec } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims1, dims2, type GpujsTensor } from "../tensor.js";

/** `a[index_r][c]`. */
const gatherEntry = defineKernel("gatherRows", function gatherEntry(this: KernelThis, a: Rows, index: Vec): number {
  return a[index[this.thread.y]][this.thread.x];
});

/** `[k, d]` rows `a[index[i]]` of `a` (`[m, d]`); indices are not range-checked on the device. */
export function gatherRows(ctx: GpujsContext, a: GpujsTensor, index: GpujsTensor): GpujsTensor {
  const [m, d] = dims2(a, "gatherRows", ctx.name);
  const k = dims1(index, "gatherRows", ctx.name);
  return ctx.run({ name: "gatherRows", shapes: [[m, d], [k]], output: outputOf([k, d]), source: gatherEntry }, [a, index], [k, d]);
}
