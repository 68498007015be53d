import { MMARegError, rowsShape, type Layout } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import type { TfNamespace } from "../tf.js";

/** A layout, or `auto`: pick it from the weight (see {@link detectLayout}). */
export type KernelLayout = Layout | "auto";

/** Every value a `layout` option takes. */
export const KERNEL_LAYOUTS: readonly KernelLayout[] = ["auto", "rows", "dense", "conv-hwio", "conv-oihw", "depthwise-hwcm"];

/**
 * The layout of a tf.layers kernel, from its variable name and rank: a name ending in
 * `depthwise_kernel` (DepthwiseConv2D, SeparableConv2D) is `depthwise-hwcm` (`[kh, kw, in,
 * multiplier]`, one `kh * kw` row per filter); otherwise rank 2 is a `dense` kernel
 * (`[in, out]`, a row per unit) and rank 3 to 5 a channels-last conv kernel `conv-hwio`
 * (Conv1D/2D/3D and SeparableConv2D's pointwise kernel, `[..., in, out]`, a row per
 * filter). tfjs stores conv kernels channels-last whatever the layer's `dataFormat`.
 *
 * @example
 * ```ts
 * detectLayout([3, 3, 16, 32], "conv2d_Conv2D1/kernel"); // "conv-hwio"
 * ```
 * @throws {@link MMARegError} `BAD_SHAPE` for a weight of rank below 2 (a bias or a
 *   batch-norm scale has no rows of its own).
 */
export function detectLayout(shape: readonly number[], name?: string): Layout {
  if (name !== undefined && /(^|\/)depthwise_kernel(_\d+)?$/.test(name) && shape.length === 4) return "depthwise-hwcm";
  if (shape.length === 2) return "dense";
  if (shape.length >= 3) return "conv-hwio";
  throw new MMARegError(
    "BAD_SHAPE",
    `weight ${name ?? ""} of shape [${shape.join(", ")}] has no rows: angular regularizers apply to kernels (kernelRegularizer, depthwiseRegularizer), not to biases or scales`,
    name !== undefined ? { layer: name } : {},
  );
}

/** The layout to use for a weight: the given one, or the detected one for `auto`. */
export function resolveLayout(layout: KernelLayout | undefined, shape: readonly number[], name?: string): Layout {
  return layout === undefined || layout === "auto" ? detectLayout(shape, name) : layout;
}

/**
 * The `[n, d]` row matrix of a weight tensor, with tf ops (so it stays on the device and
 * autodiff carries gradients back to the weight). The same row order as core's `toRows`:
 * layouts with the neurons on the last axis are flattened to `[d, n]` and transposed.
 *
 * @example
 * ```ts
 * const rows = kernelRows(tf, convKernel, "conv-hwio"); // [filters, kh * kw * in]
 * ```
 * @throws {@link MMARegError} `BAD_SHAPE` when the rank does not fit the layout.
 */
export function kernelRows(tf: TfNamespace, x: Tensor, layout: Layout): Tensor {
  const { n, d } = rowsShape(x.shape, layout);
  switch (layout) {
    case "rows":
      return x;
    case "conv-oihw":
      return tf.reshape(x, [n, d]);
    default:
      // dense, conv-hwio, depthwise-hwcm: the data is [d, n] row-major
      return tf.tidy(() => tf.transpose(tf.reshape(x, [d, n])));
  }
}
