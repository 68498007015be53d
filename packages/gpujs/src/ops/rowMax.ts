import type { DiagonalRule, RowMax } from "@mmareg/core";
import type { GpujsContext, KernelThis, Rows, Vec } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/** Lowest argmax of row `i` over `j != i` (needs `n >= 2`). */
const argmaxExclude = defineKernel("rowMax.index.exclude", function argmaxExclude(this: KernelThis<{ n: number }>, c: Rows): number {
  const i = this.thread.x;
  let best = 0;
  let arg = -1;
  for (let j = 0; j < this.constants.n; j++) {
    if (j !== i) {
      const v = c[i][j];
      if (arg < 0 || v > best) {
        best = v;
        arg = j;
      }
    }
  }
  return arg;
});

/** Lowest argmax of row `i` with the diagonal competing as `-c_ii`. */
const argmaxNegate = defineKernel("rowMax.index.negate", function argmaxNegate(this: KernelThis<{ n: number }>, c: Rows): number {
  const i = this.thread.x;
  let best = 0;
  let arg = -1;
  for (let j = 0; j < this.constants.n; j++) {
    const v = j === i ? -c[i][j] : c[i][j];
    if (arg < 0 || v > best) {
      best = v;
      arg = j;
    }
  }
  return arg;
});

/** `c[i][index_i]`, negated on the diagonal (only the negate rule picks it). */
const pick = defineKernel("rowMax.value", function pick(this: KernelThis, c: Rows, index: Vec): number {
  const i = this.thread.x;
  const j = index[i];
  return j === i ? -c[i][j] : c[i][j];
});

/**
 * Row-wise max of a square matrix and its lowest-index argmax: one kernel finds the
 * index (ascending scan, strict `>`, so ties keep the lowest), a second reads the value
 * at it. `exclude` on a 1 x 1 matrix has no candidate: -Infinity at index 0.
 */
export function rowMax(ctx: GpujsContext, c: GpujsTensor, rule: DiagonalRule): RowMax<GpujsTensor> {
  const [n, m] = dims2(c, "rowMax", ctx.name);
  if (n !== m) throw ctx.error("BAD_SHAPE", `rowMax expects a square matrix, got [${n}, ${m}]`);
  if (rule === "exclude" && n === 1) {
    return { value: ctx.upload(new Float32Array([-Infinity]), [1]), index: ctx.upload(new Float32Array([0]), [1]) };
  }
  const index = ctx.run(
    { name: "rowMax.index", variant: rule, shapes: [[n, n]], output: [n], constants: { n }, source: rule === "exclude" ? argmaxExclude : argmaxNegate },
    [c],
    [n],
  );
  const value = ctx.run({ name: "rowMax.value", shapes: [[n, n], [n]], output: [n], source: pick }, [c, index], [n]);
  return { value, index };
}
