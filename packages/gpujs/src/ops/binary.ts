import type { BinaryOp } from "@mmareg/core";
import { outputOf, type GpujsContext, type KernelThis, type Rows, type Vec } from "../context.js";
import { POLY_ATAN2 } from "../coreHelpers.js";
import { floatHelper } from "../kernelCache.js";
import { defineHelper, defineKernel, type RegisteredKernel } from "../kernelRegistry.js";
import { GpujsTensor } from "../tensor.js";

/** Each op as the helper `binaryOp` its kernel calls. Comparisons give 1 or 0. */
const BINARY: Record<BinaryOp, RegisteredKernel> = {
  add: defineHelper("binary.op.add", function (x: number, y: number) {
    return x + y;
  }),
  sub: defineHelper("binary.op.sub", function (x: number, y: number) {
    return x - y;
  }),
  mul: defineHelper("binary.op.mul", function (x: number, y: number) {
    return x * y;
  }),
  div: defineHelper("binary.op.div", function (x: number, y: number) {
    return x / y;
  }),
  pow: defineHelper("binary.op.pow", function (x: number, y: number) {
    return Math.pow(x, y);
  }),
  // as acos in unary.ts: core's arithmetic atan2, accurate on every GPU
  atan2: POLY_ATAN2,
  max: defineHelper("binary.op.max", function (x: number, y: number) {
    return Math.max(x, y);
  }),
  min: defineHelper("binary.op.min", function (x: number, y: number) {
    return Math.min(x, y);
  }),
  gt: defineHelper("binary.op.gt", function (x: number, y: number) {
    return x > y ? 1 : 0;
  }),
  ge: defineHelper("binary.op.ge", function (x: number, y: number) {
    return x >= y ? 1 : 0;
  }),
  lt: defineHelper("binary.op.lt", function (x: number, y: number) {
    return x < y ? 1 : 0;
  }),
  le: defineHelper("binary.op.le", function (x: number, y: number) {
    return x <= y ? 1 : 0;
  }),
  eq: defineHelper("binary.op.eq", function (x: number, y: number) {
    return x === y ? 1 : 0;
  }),
};

declare function binaryOp(x: number, y: number): number;

/** How `b` lines up with `a`. */
type Broadcast = "same" | "row" | "scalar" | "number";

// one kernel per (rank of a, broadcast); `s` is a JS number passed as a kernel argument
const same1 = defineKernel("binary.same.vector", function same1(this: KernelThis, a: Vec, b: Vec): number {
  return binaryOp(a[this.thread.x], b[this.thread.x]);
});
const same2 = defineKernel("binary.same.matrix", function same2(this: KernelThis, a: Rows, b: Rows): number {
  return binaryOp(a[this.thread.y][this.thread.x], b[this.thread.y][this.thread.x]);
});
const row2 = defineKernel("binary.row.matrix", function row2(this: KernelThis, a: Rows, b: Vec): number {
  return binaryOp(a[this.thread.y][this.thread.x], b[this.thread.y]);
});
const scalar1 = defineKernel("binary.scalar.vector", function scalar1(this: KernelThis, a: Vec, b: Vec): number {
  return binaryOp(a[this.thread.x], b[0]);
});
const scalar2 = defineKernel("binary.scalar.matrix", function scalar2(this: KernelThis, a: Rows, b: Vec): number {
  return binaryOp(a[this.thread.y][this.thread.x], b[0]);
});
const number1 = defineKernel("binary.number.vector", function number1(this: KernelThis, a: Vec, s: number): number {
  return binaryOp(a[this.thread.x], s);
});
const number2 = defineKernel("binary.number.matrix", function number2(this: KernelThis, a: Rows, s: number): number {
  return binaryOp(a[this.thread.y][this.thread.x], s);
});

const KERNELS: Record<Broadcast, [RegisteredKernel, RegisteredKernel | null]> = {
  same: [same1, same2],
  row: [same1, row2], // a vector `row` operand only broadcasts over a matrix
  scalar: [scalar1, scalar2],
  number: [number1, number2],
};

/**
 * Elementwise named function of two arguments with the contract's broadcasting: `b` of
 * `a`'s shape, a `[n]` vector along the rows of an `[n, d]` matrix, a `[]` scalar
 * tensor, or a JS number (passed as a kernel argument, so new numbers compile nothing).
 */
export function binary(ctx: GpujsContext, op: BinaryOp, a: GpujsTensor, b: GpujsTensor | number): GpujsTensor {
  const f = BINARY[op];
  if (!f) throw ctx.error("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}: use one of ${Object.keys(BINARY).join(", ")}`);
  let mode: Broadcast;
  if (typeof b === "number") mode = "number";
  else if (!(b instanceof GpujsTensor)) throw ctx.error("BAD_OPTION", `binary ${op}: the second operand must be a tensor of this backend or a number`);
  else if (b.shape.length === 0 && a.shape.length > 0) mode = "scalar";
  else if (b.shape.join() === a.shape.join() || (a.shape.length < 2 && b.shape.length < 2 && b.size === a.size)) mode = "same";
  else if (a.shape.length === 2 && b.shape.length === 1 && b.shape[0] === a.shape[0]) mode = "row";
  else throw ctx.error("BAD_SHAPE", `binary ${op}: cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`);
  const source = (a.shape.length === 2 ? KERNELS[mode][1] : KERNELS[mode][0]) as RegisteredKernel;
  return ctx.run(
    {
      name: "binary",
      variant: `${op}:${mode}`,
      shapes: typeof b === "number" ? [a.shape] : [a.shape, b.shape],
      output: outputOf(a.shape),
      source,
      functions: [floatHelper("binaryOp", f, 2)],
    },
    [a, b],
    a.shape,
  );
}
