import type { DiagonalRule } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import type { TfjsContext } from "../context.js";
import { tidy } from "../tf.js";
import { maskDiagonal, maxWithLowestIndex } from "./rowMaxBlock.js";

/** What {@link scanRowBlocks} returns: per row the off-diagonal max, its index and optionally a count. */
export interface RowBlockScan {
  /** `[n]` float32 row max of the masked cosines. */
  value: Tensor;
  /** `[n]` int32 column of that max, lowest index on ties. */
  index: Tensor;
  /** `[n]` float32 per-row count of off-diagonal entries above the threshold (when asked). */
  above?: Tensor;
}

/** tfjs backends whose tensors live in host memory, where reading a small tensor back is a copy. */
const HOST_READ: ReadonlySet<string> = new Set(["cpu", "wasm"]);

/**
 * Rows per block of the blocked pairwise scans over `n` columns. The rule: the whole
 * `n x n` matrix in one block while `n^2 <= singleShotElements` (2^24 entries, `n <= 4096`,
 * with the default options), otherwise `floor(blockElements / n)` rows (at least 1), so
 * one block holds at most `blockElements` entries (2^22 by default: 16 MiB of float32;
 * 41 rows at n = 100,000). An explicit `blockElements` sets both limits.
 *
 * @example
 * ```ts
 * rowsPerBlock(createContext(tf, {}), 100_000); // 41
 * ```
 */
export function rowsPerBlock(ctx: TfjsContext, n: number): number {
  if (n * n <= ctx.singleShotElements) return Math.max(1, n);
  return Math.max(1, Math.floor(ctx.blockElements / Math.max(1, n)));
}

/**
 * One pass over the Gram matrix of the unit rows in row blocks of {@link rowsPerBlock}:
 * each block `U[i0 .. i0 + m) Uᵀ` is formed against one transposed copy of `U` (on wasm,
 * where `matMul`'s transpose flag is about 9x slower) or with the flag, its diagonal masked
 * by `rule`, reduced to its row max and lowest-index argmax (and, with `count`, the number
 * of entries above `count.threshold`, of `|c|` when `count.absolute`, the diagonal left
 * out), and freed before the next block. Working memory: the `[d, n]` transpose plus a few
 * blocks of at most `blockElements` entries; never the `n x n` matrix (unless it fits in
 * one block). The block boundaries do not change any result: every entry is the same dot
 * product whatever block holds it.
 */
export function scanRowBlocks(ctx: TfjsContext, unit: Tensor, rule: DiagonalRule, count?: { threshold: number; absolute: boolean }): RowBlockScan {
  const { tf } = ctx;
  const [n, d] = unit.shape as [number, number];
  const step = rowsPerBlock(ctx, n);
  // On the host-memory backends (tfjs-cpu, tfjs-wasm) each block's results go to host
  // arrays at once, so no small tensor stays allocated between the blocks' 16 MiB
  // products: on tfjs-wasm those kept tensors, 2 or 3 per block, were placed in the holes
  // the freed products left and split them, and with 2440 blocks (n = 100,000) the wasm
  // heap's free space fragmented until it could not hold the next product (issue 12).
  const host = step < n && HOST_READ.has(tf.getBackend());
  const hostValue = host ? new Float32Array(n) : null;
  const hostIndex = host ? new Int32Array(n) : null;
  const hostAbove = host && count ? new Float32Array(n) : null;
  return tidy(tf, () => {
    const right = ctx.explicitTranspose() ? tf.transpose(unit) : null;
    const values: Tensor[] = [];
    const indices: Tensor[] = [];
    const counts: Tensor[] = [];
    for (let i0 = 0; i0 < n; i0 += step) {
      const rows = Math.min(step, n - i0);
      const r = tidy(tf, () => {
        const left = rows === n ? unit : tf.slice(unit, [i0, 0], [rows, d]);
        const c = right ? tf.matMul(left, right) : tf.matMul(left, unit, false, true);
        const masked = maskDiagonal(ctx, c, rule, i0);
        c.dispose(); // the raw products are not needed once the diagonal is masked
        const best = maxWithLowestIndex(ctx, masked);
        if (!count) return best;
        // `exclude` put -Infinity on the diagonal: never above a finite threshold, but its
        // |.| is +Infinity, always above: counted once per row and taken off again
        // each block-sized intermediate freed as soon as the next exists: at most two
        // blocks alive at once instead of four (on tfjs-wasm the heap keeps its peak)
        const mag = count.absolute ? tf.abs(masked) : masked;
        if (mag !== masked) masked.dispose();
        const over = tf.greater(mag, count.threshold);
        mag.dispose();
        const ones = tf.cast(over, "float32");
        over.dispose();
        const hits = tf.sum(ones, 1);
        ones.dispose();
        return { ...best, above: count.absolute ? tf.sub(hits, 1) : hits };
      });
      if (hostValue && hostIndex) {
        hostValue.set(r.value.dataSync() as Float32Array, i0);
        hostIndex.set(r.index.dataSync() as Int32Array, i0);
        if (hostAbove && "above" in r) hostAbove.set((r.above as Tensor).dataSync() as Float32Array, i0);
        tf.dispose([r.value, r.index, ...("above" in r ? [r.above as Tensor] : [])]);
        continue;
      }
      values.push(r.value);
      indices.push(r.index);
      if ("above" in r) counts.push(r.above as Tensor);
    }
    if (hostValue && hostIndex) {
      right?.dispose();
      return { value: tf.tensor1d(hostValue, "float32"), index: tf.tensor1d(hostIndex, "int32"), ...(hostAbove ? { above: tf.tensor1d(hostAbove, "float32") } : {}) };
    }
    const join = (parts: Tensor[]): Tensor => (parts.length === 1 ? (parts[0] as Tensor) : tf.concat(parts));
    return { value: join(values), index: join(indices), ...(count ? { above: join(counts) } : {}) };
  });
}
