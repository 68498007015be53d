import { outputOf, type GpujsContext, type KernelThis, type Rows, type Vec } from "../context.js";
import { defineKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";

/** `g_i . u_i`, masked to 0 where `|a_i| < eps` (the clamp of `F.normalize` passes nothing back there). */
const dotsEps = defineKernel("normalizeRowsGrad.dots.eps", function dotsEps(this: KernelThis<{ d: number }>, g: Rows, u: Rows, norms: Vec, eps: number): number {
  const i = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) s += g[i][k] * u[i][k];
  return norms[i] >= eps ? s : 0;
});

/** `g_i . u_i`. */
const dotsExact = defineKernel("normalizeRowsGrad.dots.exact", function dotsExact(this: KernelThis<{ d: number }>, g: Rows, u: Rows): number {
  const i = this.thread.x;
  let s = 0;
  for (let k = 0; k < this.constants.d; k++) s += g[i][k] * u[i][k];
  return s;
});

/** `(g_ik - dot_i u_ik) / max(r_i, eps)`. */
const gradEps = defineKernel("normalizeRowsGrad.grad.eps", function gradEps(this: KernelThis, g: Rows, u: Rows, dots: Vec, norms: Vec, eps: number): number {
  const i = this.thread.y;
  const k = this.thread.x;
  return (g[i][k] - dots[i] * u[i][k]) / Math.max(norms[i], eps);
});

/** `(g_ik - dot_i u_ik) / r_i` (core may pass scaled, even negative, "norms" here). */
const gradExact = defineKernel("normalizeRowsGrad.grad.exact", function gradExact(this: KernelThis, g: Rows, u: Rows, dots: Vec, norms: Vec): number {
  const i = this.thread.y;
  const k = this.thread.x;
  return (g[i][k] - dots[i] * u[i][k]) / norms[i];
});

/**
 * Backward of `normalizeRows`: `(g_i - [r_i >= eps] (g_i . u_i) u_i) / max(r_i, eps)`,
 * what autograd gives for `F.normalize`, clamp mask included: a row-dot kernel, then an
 * elementwise one.
 */
export function normalizeRowsGrad(ctx: GpujsContext, g: GpujsTensor, unit: GpujsTensor, norms: GpujsTensor, eps: number | null): GpujsTensor {
  const [n, d] = dims2(g, "normalizeRowsGrad", ctx.name);
  const shapes = [[n, d], [n, d], [n]];
  if (eps === null) {
    const dots = ctx.run({ name: "normalizeRowsGrad.dots", variant: "exact", shapes, output: [n], constants: { d }, source: dotsExact }, [g, unit], [n]);
    const out = ctx.run(
      { name: "normalizeRowsGrad.grad", variant: "exact", shapes: [[n, d], [n, d], [n], [n]], output: outputOf([n, d]), source: gradExact },
      [g, unit, dots, norms],
      [n, d],
    );
    ctx.free(dots);
    return out;
  }
  const dots = ctx.run({ name: "normalizeRowsGrad.dots", variant: "eps", shapes, output: [n], constants: { d }, source: dotsEps }, [g, unit, norms, eps], [n]);
  const out = ctx.run(
    { name: "normalizeRowsGrad.grad", variant: "eps", shapes: [[n, d], [n, d], [n], [n]], output: outputOf([n, d]), source: gradEps },
    [g, unit, dots, norms, eps],
    [n, d],
  );
  ctx.free(dots);
  return out;
}
