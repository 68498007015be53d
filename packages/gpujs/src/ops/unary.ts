import type { UnaryOp } from "@mmareg/core";
import { outputOf, type GpujsContext, type KernelThis, type Rows, type Vec } from "../context.js";
import { POLY_ACOS } from "../coreHelpers.js";
import { floatHelper } from "../kernelCache.js";
import { defineHelper, defineKernel, type RegisteredKernel } from "../kernelRegistry.js";
import type { GpujsTensor } from "../tensor.js";

/** Each op as the helper `unaryOp` its kernel calls. */
const UNARY: Record<UnaryOp, RegisteredKernel> = {
  neg: defineHelper("unary.op.neg", function (x: number) {
    return -x;
  }),
  abs: defineHelper("unary.op.abs", function (x: number) {
    return Math.abs(x);
  }),
  sqrt: defineHelper("unary.op.sqrt", function (x: number) {
    return Math.sqrt(x);
  }),
  square: defineHelper("unary.op.square", function (x: number) {
    return x * x;
  }),
  reciprocal: defineHelper("unary.op.reciprocal", function (x: number) {
    return 1 / x;
  }),
  // GPU acos builtins are not accurate (SwiftShader's acos(0) is off by 7e-5): core's
  // arithmetic acos, in every mode so that all modes agree
  acos: POLY_ACOS,
  log: defineHelper("unary.op.log", function (x: number) {
    return Math.log(x);
  }),
  exp: defineHelper("unary.op.exp", function (x: number) {
    return Math.exp(x);
  }),
};

declare function unaryOp(x: number): number;

const unary1 = defineKernel("unary.vector", function unary1(this: KernelThis, a: Vec): number {
  return unaryOp(a[this.thread.x]);
});

const unary2 = defineKernel("unary.matrix", function unary2(this: KernelThis, a: Rows): number {
  return unaryOp(a[this.thread.y][this.thread.x]);
});

/** Elementwise named function, one kernel per op and shape. */
export function unary(ctx: GpujsContext, op: UnaryOp, a: GpujsTensor): GpujsTensor {
  const f = UNARY[op];
  if (!f) throw ctx.error("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}: use one of ${Object.keys(UNARY).join(", ")}`);
  return ctx.run(
    {
      name: "unary",
      variant: op,
      shapes: [a.shape],
      output: outputOf(a.shape),
      source: a.shape.length === 2 ? unary2 : unary1,
      functions: [floatHelper("unaryOp", f, 1)],
    },
    [a],
    a.shape,
  );
}
