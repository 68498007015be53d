import { MMARegError, type BinaryOp } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import type { TfjsContext } from "../context.js";
import { atan2Tf } from "../kernels/accurateMath.js";
import type { TfNamespace } from "../tf.js";

type Operand = Tensor | number;

const BINARY: Record<BinaryOp, (tf: TfNamespace, x: Tensor, y: Operand) => Tensor> = {
  add: (tf, x, y) => tf.add(x, y),
  sub: (tf, x, y) => tf.sub(x, y),
  mul: (tf, x, y) => tf.mul(x, y),
  div: (tf, x, y) => tf.div(x, y),
  pow: (tf, x, y) => tf.pow(x, y),
  atan2: (tf, x, y) => atan2Tf(tf, x, typeof y === "number" ? tf.fill(x.shape, y) : y),
  max: (tf, x, y) => tf.maximum(x, y),
  min: (tf, x, y) => tf.minimum(x, y),
  // comparisons come back as bool: the contract wants 1 / 0 in the float type
  gt: (tf, x, y) => tf.cast(tf.greater(x, y), "float32"),
  ge: (tf, x, y) => tf.cast(tf.greaterEqual(x, y), "float32"),
  lt: (tf, x, y) => tf.cast(tf.less(x, y), "float32"),
  le: (tf, x, y) => tf.cast(tf.lessEqual(x, y), "float32"),
  eq: (tf, x, y) => tf.cast(tf.equal(x, y), "float32"),
};

/**
 * Elementwise named function of two arguments with the contract's broadcasting: the same
 * shape, an `[n]` vector along the rows of an `[n, d]` matrix (reshaped to `[n, 1]`, since
 * tfjs broadcasts from the right), a `[]` scalar, or a JS number.
 */
export function binary(ctx: TfjsContext, op: BinaryOp, a: Tensor, b: Tensor | number): Tensor {
  const f = BINARY[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}`, { backend: ctx.name() });
  const { tf } = ctx;
  if (typeof b === "number" || b.rank === 0) return f(tf, a, b);
  // checked before the same-size case: with d = 1 an [n] vector and an [n, 1] matrix have
  // the same size, and tfjs would broadcast them to [n, n]
  if (a.rank === 2 && b.rank === 1 && b.shape[0] === a.shape[0]) {
    return tf.tidy(() => f(tf, a, tf.reshape(b, [a.shape[0] as number, 1])));
  }
  if (b.size === a.size) {
    const same = b.rank === a.rank && b.shape.every((s, i) => s === a.shape[i]);
    return same ? f(tf, a, b) : tf.tidy(() => f(tf, a, tf.reshape(b, a.shape)));
  }
  throw new MMARegError("BAD_SHAPE", `binary ${op}: cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`, {
    backend: ctx.name(),
  });
}
