import { outputOf, type GpujsContext, type KernelThis, type Rows, type Vec } from "../context.js";
import { inverseIndex } from "../inverseIndex.js";
import { defineKernel } from "../kernelRegistry.js";
import { after } from "../maybe.js";
import { dims1, dims2, type GpujsTensor } from "../tensor.js";

/** `sum of a[i][c]` over the sources `i` of row `r` (from the inverse index), ascending. */
const scatterEntry = defineKernel("scatterAddRows", function scatterEntry(this: KernelThis<{ k: number }>, a: Rows, start: Vec, order: Vec): number {
  const r = this.thread.y;
  const c = this.thread.x;
  const first = start[r];
  const count = start[r + 1] - first;
  let s = 0;
  for (let t = 0; t < this.constants.k; t++) {
    if (t >= count) break;
    s += a[order[first + t]][c];
  }
  return s;
});

/**
 * `[rows, d]` zeros plus `a[i]` added into row `index[i]`. A GPU thread cannot add into
 * another's output, so the index is read back (n numbers, not a matrix), inverted on the
 * CPU ({@link inverseIndex}) and each output row gathers its own sources.
 */
export function scatterAddRows(ctx: GpujsContext, a: GpujsTensor, index: GpujsTensor, rows: number): GpujsTensor {
  const [k, d] = dims2(a, "scatterAddRows", ctx.name);
  if (dims1(index, "scatterAddRows", ctx.name) !== k) throw ctx.error("BAD_SHAPE", "scatterAddRows: index length differs from the row count");
  const inverse = after(ctx.read(index), (data) => inverseIndex(data, rows, ctx.name));
  return ctx.run(
    { name: "scatterAddRows", shapes: [[k, d], [rows + 1], [k]], output: outputOf([rows, d]), constants: { k }, source: scatterEntry },
    [a, after(inverse, (v) => v.start), after(inverse, (v) => v.order)],
    [rows, d],
  );
}
