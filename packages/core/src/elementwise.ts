import type { BinaryOp, UnaryOp } from "./backend.js";

/**
 * The contract's named elementwise functions of one argument as plain JavaScript, in
 * float64 arithmetic: what the CPU-side backends (`@mmareg/cpu`, the non-kernel ops of
 * `@mmareg/wasm`) apply per entry.
 *
 * @example
 * ```ts
 * UNARY_FUNCTIONS.square(3); // 9
 * ```
 */
export const UNARY_FUNCTIONS: Readonly<Record<UnaryOp, (x: number) => number>> = {
  neg: (x) => -x,
  abs: Math.abs,
  sqrt: Math.sqrt,
  square: (x) => x * x,
  reciprocal: (x) => 1 / x,
  acos: Math.acos,
  log: Math.log,
  exp: Math.exp,
};

/**
 * The contract's named elementwise functions of two arguments as plain JavaScript:
 * comparisons give 1 or 0, and `max`/`min` propagate a NaN in their first argument.
 *
 * @example
 * ```ts
 * BINARY_FUNCTIONS.ge(2, 2); // 1
 * ```
 */
export const BINARY_FUNCTIONS: Readonly<Record<BinaryOp, (x: number, y: number) => number>> = {
  add: (x, y) => x + y,
  sub: (x, y) => x - y,
  mul: (x, y) => x * y,
  div: (x, y) => x / y,
  pow: Math.pow,
  atan2: Math.atan2,
  max: (x, y) => (x > y || Number.isNaN(x) ? x : y),
  min: (x, y) => (x < y || Number.isNaN(x) ? x : y),
  gt: (x, y) => (x > y ? 1 : 0),
  ge: (x, y) => (x >= y ? 1 : 0),
  lt: (x, y) => (x < y ? 1 : 0),
  le: (x, y) => (x <= y ? 1 : 0),
  eq: (x, y) => (x === y ? 1 : 0),
};

/**
 * Compensated (Neumaier) sum of a sequence, in the order given: its error does not grow
 * with the length. With an infinite term the correction is NaN (inf - inf), so the plain
 * sum is returned.
 *
 * @example
 * ```ts
 * compensatedSum([1e16, 1, -1e16]); // 1
 * ```
 */
export function compensatedSum(x: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return Number.isFinite(s) ? s + c : s;
}
