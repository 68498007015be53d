import { MMARegError, type BinaryOp } from "@mmareg/core";
import { DataType } from "../proto.js";
import { atan2 } from "./atan2.js";
import { asFloat, column, shapeError, type OpDef } from "./opDef.js";

const ONNX_BINARY: Record<BinaryOp, string> = {
  add: "Add",
  sub: "Sub",
  mul: "Mul",
  div: "Div",
  pow: "Pow",
  atan2: "",
  max: "Max",
  min: "Min",
  gt: "Greater",
  ge: "GreaterOrEqual",
  lt: "Less",
  le: "LessOrEqual",
  eq: "Equal",
};

const COMPARISONS = new Set<string>(["gt", "ge", "lt", "le", "eq"]);

/**
 * Elementwise named function of two arguments, with the contract's broadcasting: the same
 * shape, a `[n]` vector along the rows of `[n, d]` (unsqueezed to `[n, 1]`), a `[]`
 * scalar, or a JS number (recorded as the attribute `scalar`, a graph constant).
 * Comparisons give 1 or 0 as floats.
 */
export const binary: OpDef = {
  infer(inputs, { op }) {
    if (!Object.hasOwn(ONNX_BINARY, op as string)) {
      throw new MMARegError("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}`, { backend: "onnx" });
    }
    const [a, b] = inputs;
    if (b !== undefined) {
      const same = b.shape.length === a!.shape.length && b.shape.every((s, i) => s === a!.shape[i]);
      const rows = a!.shape.length === 2 && b.shape.length === 1 && b.shape[0] === a!.shape[0];
      if (!same && !rows && b.shape.length !== 0) {
        throw shapeError(`binary ${String(op)}`, `cannot broadcast [${b.shape.join(", ")}] to [${a!.shape.join(", ")}]`);
      }
    }
    return [{ shape: a!.shape, kind: "float" }];
  },
  lower(g, [a, b], { op, scalar }) {
    const x = asFloat(g, a!);
    let y: string;
    if (b === undefined) y = g.f32(scalar as number);
    else if (b.shape.length === 1 && a!.shape.length === 2) y = column(g, asFloat(g, b));
    else y = asFloat(g, b);
    if (op === "atan2") return [atan2(g, x, y)];
    const out = g.op(ONNX_BINARY[op as BinaryOp], [x, y], {}, op as string);
    return [COMPARISONS.has(op as string) ? g.op("Cast", [out], { to: DataType.FLOAT }, `${String(op)}_float`) : out];
  },
};
