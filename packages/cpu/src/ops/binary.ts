import { MMARegError, type BinaryOp } from "@mmareg/core";
import { type CpuContext, CpuTensor } from "../tensor.js";
import { BINARY_FUNCTIONS } from "@mmareg/core/internal";

/**
 * Elementwise named function of two arguments with the contract's broadcasting: same
 * shape, a `[n]` vector along the rows of an `[n, d]` matrix, or a scalar.
 */
export function binary(ctx: CpuContext, op: BinaryOp, a: CpuTensor, b: CpuTensor | number): CpuTensor {
  const f = BINARY_FUNCTIONS[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}`, { backend: ctx.name });
  const x = a.data;
  const out = ctx.alloc(a.size);
  if (typeof b === "number" || (b.shape.length === 0 && a.shape.length > 0)) {
    const y = typeof b === "number" ? b : (b.data[0] as number);
    if (op === "mul") for (let i = 0; i < out.length; i++) out[i] = (x[i] as number) * y;
    else for (let i = 0; i < out.length; i++) out[i] = f(x[i] as number, y);
    return new CpuTensor(out, a.shape);
  }
  const y = b.data;
  if (b.size === a.size) {
    for (let i = 0; i < out.length; i++) out[i] = f(x[i] as number, y[i] as number);
    return new CpuTensor(out, a.shape);
  }
  if (a.shape.length === 2 && b.shape.length === 1 && b.shape[0] === a.shape[0]) {
    const [n, d] = a.shape as [number, number];
    for (let i = 0; i < n; i++) {
      const yi = y[i] as number;
      for (let k = 0; k < d; k++) out[i * d + k] = f(x[i * d + k] as number, yi);
    }
    return new CpuTensor(out, a.shape);
  }
  throw new MMARegError("BAD_SHAPE", `binary ${op}: cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`, {
    backend: ctx.name,
  });
}
