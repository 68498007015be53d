import { MMARegError } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { dims2, type TfjsContext } from "../context.js";

/**
 * `[n, m]` `sum_k (a_ik - b_jk)^2` by explicit differences (no `|a|^2 + |b|^2 - 2ab`
 * cancellation for near-equal rows). The `[rows, m, d]` difference tensor is formed for
 * blocks of rows of at most `blockElements` entries and freed block by block.
 */
export function sqDist(ctx: TfjsContext, a: Tensor, b: Tensor): Tensor {
  const [n, d] = dims2(ctx, a, "sqDist");
  const [m, d2] = dims2(ctx, b, "sqDist");
  if (d !== d2) throw new MMARegError("BAD_SHAPE", `sqDist: row lengths differ (${d} vs ${d2})`, { backend: ctx.name() });
  const { tf } = ctx;
  const rowsPerBlock = Math.max(1, Math.floor(ctx.blockElements / Math.max(1, m * d)));
  return tf.tidy(() => {
    const right = tf.reshape(b, [1, m, d]);
    const blocks: Tensor[] = [];
    for (let i0 = 0; i0 < n; i0 += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, n - i0);
      blocks.push(
        tf.tidy(() => {
          const left = tf.reshape(rows === n ? a : tf.slice(a, [i0, 0], [rows, d]), [rows, 1, d]);
          return tf.sum(tf.square(tf.sub(left, right)), 2);
        }),
      );
    }
    return blocks.length === 1 ? (blocks[0] as Tensor) : tf.concat(blocks, 0);
  });
}
