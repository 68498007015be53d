import type { PairAngles } from "@mmareg/core";
import { outputOf, type GpujsContext, type KernelThis, type Rows, type Vec } from "../context.js";
import { POLY_ATAN2 } from "../coreHelpers.js";
import { inverseIndex } from "../inverseIndex.js";
import { floatHelper } from "../kernelCache.js";
import { defineKernel } from "../kernelRegistry.js";
import { after } from "../maybe.js";
import { dims1, dims2, type GpujsTensor } from "../tensor.js";

/**
 * Per pair `(i, j = index_i)`, column `q` of a `[n, 4]` table: 0 `theta = 2 atan2(|u - v|,
 * |u + v|)`, 1 `h = |u - v|^2 / 2`, 2 `-1 / |t_i|` and 3 `-1 / |t_j|` for the tangents
 * `t_i = h u - (u - v)` at `u` and `t_j = (u - v) + h v` at `v` (0 for a zero tangent:
 * duplicate or antipode). See core's `pairAngles` for why this form is accurate at every
 * angle. Every column recomputes `|u - v|^2` the same way, so they agree bit for bit.
 */
declare function polyAtan2(y: number, x: number): number;

const pairStats = defineKernel("pairAngles.stats", function pairStats(this: KernelThis<{ d: number }>, u: Rows, index: Vec): number {
  const i = this.thread.y;
  const q = this.thread.x;
  const j = index[i];
  let a2 = 0;
  let b2 = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const x = u[i][k];
    const y = u[j][k];
    a2 += (x - y) * (x - y);
    b2 += (x + y) * (x + y);
  }
  const h = a2 / 2;
  let out = 0;
  if (q === 0) {
    out = 2 * polyAtan2(Math.sqrt(a2), Math.sqrt(b2));
  } else if (q === 1) {
    out = h;
  } else {
    let s = 0;
    for (let k = 0; k < this.constants.d; k++) {
      const x = u[i][k];
      const y = u[j][k];
      const t = q === 2 ? h * x - (x - y) : x - y + h * y;
      s += t * t;
    }
    out = s > 0 ? -1 / Math.sqrt(s) : 0;
  }
  return out;
});

/** Column 0 of the table: the angles. */
const thetaColumn = defineKernel("pairAngles.theta", function thetaColumn(this: KernelThis, stats: Rows): number {
  return stats[this.thread.x][0];
});

/**
 * Gradient of `sum theta` at row `r`, column `c`: its own pair's `t_r * (-1/|t_r|)` plus,
 * for every pair `i` whose partner is `r` (from the inverse index, ascending `i`), that
 * pair's `t_j * (-1/|t_j|)`.
 */
const pairGrad = defineKernel("pairAngles.grad", function pairGrad(this: KernelThis<{ n: number }>, u: Rows, index: Vec, stats: Rows, start: Vec, order: Vec): number {
  const r = this.thread.y;
  const c = this.thread.x;
  const x = u[r][c];
  const y = u[index[r]][c];
  let g = (stats[r][1] * x - (x - y)) * stats[r][2];
  const first = start[r];
  const count = start[r + 1] - first;
  for (let t = 0; t < this.constants.n; t++) {
    if (t >= count) break;
    const i = order[first + t];
    g += (u[i][c] - x + stats[i][1] * x) * stats[i][3];
  }
  return g;
});

/**
 * Fused angles to the partner rows and the gradient of their sum, in O(n d): a `[n, 4]`
 * per-pair table, the angle column, and a gradient kernel that gathers each row's
 * contributions. The partner side needs the index inverted: it is read back (`n`
 * numbers) and inverted on the CPU.
 */
export function pairAngles(ctx: GpujsContext, unit: GpujsTensor, index: GpujsTensor): PairAngles<GpujsTensor> {
  const [n, d] = dims2(unit, "pairAngles", ctx.name);
  if (dims1(index, "pairAngles", ctx.name) !== n) throw ctx.error("BAD_SHAPE", "pairAngles: index length differs from the row count");
  const inverse = after(ctx.read(index), (data) => inverseIndex(data, n, ctx.name));
  const stats = ctx.run(
    {
      name: "pairAngles.stats",
      shapes: [[n, d], [n]],
      output: [4, n],
      constants: { d },
      source: pairStats,
      // GPU atan builtins are not accurate: core's arithmetic atan2 (see unary.ts)
      functions: [floatHelper("polyAtan2", POLY_ATAN2, 2)],
    },
    [unit, index],
    [n, 4],
  );
  const theta = ctx.run({ name: "pairAngles.theta", shapes: [[n, 4]], output: [n], source: thetaColumn }, [stats], [n]);
  const grad = ctx.run(
    { name: "pairAngles.grad", shapes: [[n, d], [n], [n, 4], [n + 1], [n]], output: outputOf([n, d]), constants: { n }, source: pairGrad },
    [unit, index, stats, after(inverse, (v) => v.start), after(inverse, (v) => v.order)],
    [n, d],
  );
  ctx.free(stats);
  return { theta, grad };
}
