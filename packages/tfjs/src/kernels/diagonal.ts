import type { Tensor } from "@tensorflow/tfjs";
import type { TfNamespace } from "../tf.js";

/**
 * Diagonal access for an `[rows, cols]` block of a square matrix whose first row is row
 * `offset` of the whole: the block's diagonal entries are `(k, offset + k)`. Each helper
 * touches `rows` entries (plus one copy of the block for a write), never an `n x n` mask:
 * broadcast compares and `where` over `n x n` take a slow path on the wasm backend.
 */

/** `[rows]` flat positions `k * cols + offset + k`. */
function flatDiagonal(tf: TfNamespace, rows: number, cols: number, offset: number): Tensor {
  const idx = new Int32Array(rows);
  for (let k = 0; k < rows; k++) idx[k] = k * cols + offset + k;
  return tf.tensor1d(idx, "int32");
}

/** `[rows]` the diagonal entries `c[k, offset + k]`. */
export function diagonalOf(tf: TfNamespace, c: Tensor, offset = 0): Tensor {
  const [rows, cols] = c.shape as [number, number];
  return tf.tidy(() => tf.gather(tf.reshape(c, [rows * cols]), flatDiagonal(tf, rows, cols, offset)));
}

/**
 * Backends whose `TensorScatterUpdate` really writes (one copy plus `rows` writes). The
 * webgl kernel (4.22) blends `mix(old, new, found)` instead, so an infinite entry being
 * overwritten (the zero diagonal of an MHE slope matrix) becomes `inf * 0 = NaN`: there,
 * and on any backend not listed, we use the exact masked select.
 */
const SCATTER_WRITES = new Set(["cpu", "wasm", "tensorflow"]);

/**
 * A copy of `c` with `c[k, offset + k] = values[k]`, exact whatever `c` holds (even
 * infinities): `TensorScatterUpdate` where the backend's kernel truly writes, an exact
 * masked select otherwise.
 */
export function setDiagonal(tf: TfNamespace, c: Tensor, values: Tensor, offset = 0): Tensor {
  const [rows, cols] = c.shape as [number, number];
  return tf.tidy(() => {
    if (SCATTER_WRITES.has(tf.getBackend()) && tf.getKernel("TensorScatterUpdate", tf.getBackend()) !== undefined) {
      const idx = new Int32Array(2 * rows);
      for (let k = 0; k < rows; k++) {
        idx[2 * k] = k;
        idx[2 * k + 1] = offset + k;
      }
      // tfjs-backend-cpu's kernel (4.22) writes into its input's buffer and returns a tensor
      // sharing it: hand it a fresh copy there, so `c` stays as it was
      const target = tf.getBackend() === "cpu" ? tf.add(c, 0) : c;
      return tf.tensorScatterUpdate(target, tf.tensor2d(idx, [rows, 2], "int32"), values);
    }
    const r = tf.reshape(tf.range(offset, offset + rows, 1, "int32"), [rows, 1]);
    const col = tf.reshape(tf.range(0, cols, 1, "int32"), [1, cols]);
    return tf.where(tf.equal(r, col), tf.tile(tf.reshape(values, [rows, 1]), [1, cols]), c);
  });
}
