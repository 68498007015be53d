import type { GpujsContext, KernelThis, Vec } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims1, type GpujsTensor } from "../tensor.js";

/** 1 where `index_i == i`. */
const selfEntry = defineKernel("selfMask", function selfEntry(this: KernelThis, index: Vec): number {
  return index[this.thread.x] === this.thread.x ? 1 : 0;
});

/** `[n]` 1 where `index[i] == i`, else 0. */
export function selfMask(ctx: GpujsContext, index: GpujsTensor): GpujsTensor {
  const n = dims1(index, "selfMask", ctx.name);
  return ctx.run({ name: "selfMask", shapes: [[n]], output: [n], source: selfEntry }, [index], [n]);
}
