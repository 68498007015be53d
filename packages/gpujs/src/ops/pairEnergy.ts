import type { PairEnergy, PairKernel } from "@mmareg/core";
import { outputOf, type GpujsContext, type KernelThis, type Rows } from "../context.js";
import { floatHelper } from "../kernelCache.js";
import { defineHelper, defineKernel, type RegisteredKernel } from "../kernelRegistry.js";
import { dims2, type GpujsTensor } from "../tensor.js";
import { sum } from "./sum.js";

/** The energy `f(D2)` and its slope `f'(D2)` of a squared chord `D2`, per kernel family. */
const ENERGY: Record<"riesz" | "log", [RegisteredKernel, RegisteredKernel]> = {
  riesz: [
    defineHelper("pairEnergy.term.riesz", function (x2: number, s: number) {
      return Math.pow(x2, -s / 2);
    }),
    defineHelper("pairEnergy.slope.riesz", function (x2: number, s: number) {
      return (-s / 2) * Math.pow(x2, -s / 2 - 1);
    }),
  ],
  log: [
    // `s` is unused here: every energy helper takes (x2, s)
    defineHelper("pairEnergy.term.log", function (x2: number, s: number) {
      return -0.5 * Math.log(x2);
    }),
    defineHelper("pairEnergy.slope.log", function (x2: number, s: number) {
      return -0.5 / x2;
    }),
  ],
};

declare function energyTerm(x2: number, s: number): number;
declare function energySlope(x2: number, s: number): number;

/**
 * Row `i`'s share of the energy: `sum_{j != i} f(|u_i - u_j|^2)` (plus `f(|u_i + u_j|^2)`
 * in half-space), compensated. No `n x n` matrix.
 */
const energyRow = defineKernel("pairEnergy.rows", function energyRow(this: KernelThis<{ n: number; d: number; half: number }>, u: Rows, s: number): number {
  const i = this.thread.x;
  let e = 0;
  let c = 0;
  for (let j = 0; j < this.constants.n; j++) {
    if (j !== i) {
      let m2 = 0;
      let p2 = 0;
      for (let k = 0; k < this.constants.d; k++) {
        const x = u[i][k];
        const y = u[j][k];
        m2 += (x - y) * (x - y);
        p2 += (x + y) * (x + y);
      }
      let v = energyTerm(m2, s);
      if (this.constants.half > 0) v += energyTerm(p2, s);
      const t = e + v;
      if (Math.abs(e) >= Math.abs(v)) {
        c += e - t + v;
      } else {
        c += v - t + e;
      }
      e = t;
    }
  }
  return Math.abs(e) <= 3.4e38 ? e + c : e;
});

/**
 * Slopes `f'(|u_i - u_j|^2)` in columns `j < n` and, in half-space, `f'(|u_i + u_j|^2)`
 * in columns `n + j`; 0 where `j == i`. This `[n, n]` (or `[n, 2n]`) table stays on the
 * device: the gradient needs one slope per pair and per column of `u`.
 */
const slopes = defineKernel("pairEnergy.slopes", function slopes(this: KernelThis<{ n: number; d: number }>, u: Rows, s: number): number {
  const i = this.thread.y;
  const far = this.thread.x >= this.constants.n ? 1 : 0;
  const j = this.thread.x - far * this.constants.n;
  let x2 = 0;
  for (let k = 0; k < this.constants.d; k++) {
    const t = far > 0 ? u[i][k] + u[j][k] : u[i][k] - u[j][k];
    x2 += t * t;
  }
  return j === i ? 0 : energySlope(x2, s);
});

/** `4 sum_j slope_ij (u_ic - u_jc)`, explicit differences. */
const energyGrad = defineKernel("pairEnergy.grad", function energyGrad(this: KernelThis<{ n: number }>, u: Rows, slope: Rows): number {
  const i = this.thread.y;
  const c = this.thread.x;
  const x = u[i][c];
  let g = 0;
  for (let j = 0; j < this.constants.n; j++) g += slope[i][j] * (x - u[j][c]);
  return 4 * g;
});

/** Half-space: `4 sum_j (slope_ij (u_ic - u_jc) + slope_i,n+j (u_ic + u_jc))`. */
const energyGradHalf = defineKernel("pairEnergy.grad.half", function energyGradHalf(this: KernelThis<{ n: number }>, u: Rows, slope: Rows): number {
  const i = this.thread.y;
  const c = this.thread.x;
  const x = u[i][c];
  let g = 0;
  for (let j = 0; j < this.constants.n; j++) {
    const y = u[j][c];
    g += slope[i][j] * (x - y) + slope[i][this.constants.n + j] * (x + y);
  }
  return 4 * g;
});

/**
 * Fused pairwise energy over ordered pairs `i != j` (Riesz `D^-s` for `s > 0`, `-log D`
 * for `s = 0`, plus the antipodes in half-space) and its gradient, with explicit
 * differences for every chord. The energy is row sums then their sum (no `n x n`); the
 * gradient goes through a slope table that never leaves the device.
 */
export function pairEnergy(ctx: GpujsContext, unit: GpujsTensor, kernel: PairKernel): PairEnergy<GpujsTensor> {
  const [n, d] = dims2(unit, "pairEnergy", ctx.name);
  const family = kernel.s > 0 ? "riesz" : "log";
  const half = kernel.halfSpace ? 1 : 0;
  const [term, slope] = ENERGY[family];
  const variant = `${family}${half ? ":half" : ""}`;
  const rows = ctx.run(
    {
      name: "pairEnergy.rows",
      variant,
      shapes: [[n, d]],
      output: [n],
      constants: { n, d, half },
      source: energyRow,
      functions: [floatHelper("energyTerm", term, 2)],
    },
    [unit, kernel.s],
    [n],
  );
  const width = half ? 2 * n : n;
  const table = ctx.run(
    { name: "pairEnergy.slopes", variant, shapes: [[n, d]], output: [width, n], constants: { n, d }, source: slopes, functions: [floatHelper("energySlope", slope, 2)] },
    [unit, kernel.s],
    [n, width],
  );
  const grad = ctx.run(
    { name: "pairEnergy.grad", variant, shapes: [[n, d], [n, width]], output: outputOf([n, d]), constants: { n }, source: half ? energyGradHalf : energyGrad },
    [unit, table],
    [n, d],
  );
  const energy = sum(ctx, rows);
  ctx.free(rows);
  ctx.free(table);
  return { energy, grad };
}
