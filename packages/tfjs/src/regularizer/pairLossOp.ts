import { lossForPairs, rowsShape, type Layout, type PairCache, type PairLossName } from "@mmareg/core";
import type { GradSaveFunc, Scalar, Tensor } from "@tensorflow/tfjs";
import { kernelRows } from "../model/kernelRows.js";
import type { TfNamespace } from "../tf.js";
import { pairBackend } from "./pairCaches.js";
import { boundedSearch, hostPairLoss, scanGram, unitColumns, type HostLayout, type HostSearchState } from "./hostPairs.js";

/** The tfjs backends whose tensors live in host memory, where reading a weight is a copy. */
const HOST_BACKENDS: ReadonlySet<string> = new Set(["cpu", "wasm"]);

/**
 * Whether the cached steps of `refreshEvery > 1` run on the host ({@link pairLossOp}):
 * the active backend keeps its tensors in host memory (tfjs-cpu, tfjs-wasm) and the mode
 * is `exact`. On GPU backends (webgl, webgpu) and in `reference` mode the cached pairs go
 * through core's `lossForPairs` on the device instead.
 */
export function hostPairsApply(tf: TfNamespace, mode: string): boolean {
  return mode === "exact" && HOST_BACKENDS.has(tf.getBackend());
}

/** Each cached index tensor read back once (it changes only on a refresh step). */
const hostIndex = new WeakMap<Tensor, Int32Array>();

function indexOnHost(index: Tensor): Int32Array {
  let h = hostIndex.get(index);
  if (!h) {
    h = Int32Array.from(index.dataSync() as ArrayLike<number>);
    hostIndex.set(index, h);
  }
  return h;
}

/** `columns`: the neurons are the weight's last axis (`[d, n]` data); `rows`: `[n, d]`. */
function hostLayout(layout: Layout): HostLayout {
  return layout === "rows" || layout === "conv-oihw" ? "rows" : "columns";
}

/** Up to this many rows the refresh searches on the host (it keeps the `n x n` cosines: 16 MiB at 2048). */
const HOST_SEARCH_MAX_ROWS = 2048;
/** A bounded search may check this many candidate pairs per row before a full search is cheaper. */
const CANDIDATES_PER_ROW = 8;

/** The host search state of each pair cache. */
const searchStates = new WeakMap<PairCache<Tensor>, HostSearchState>();

/**
 * A refresh step's search on a host-memory backend: the bounded search from the state of
 * the last full search when it stays within its budget, else a full one (the Gram product
 * of the unit rows with tfjs, its row maxima scanned on the host), which renews the state.
 */
function hostSearch(tf: TfNamespace, pairs: PairCache<Tensor>, unit: Float32Array, n: number, d: number): Int32Array {
  const state = searchStates.get(pairs);
  if (state && state.n === n && state.d === d) {
    const found = boundedSearch(state, unit, CANDIDATES_PER_ROW * n);
    if (found) {
      state.index = found;
      return found;
    }
  }
  const gram = tf.tidy(() => {
    const columns = tf.tensor2d(unit, [d, n], "float32");
    // an explicit transpose: on wasm matMul's transpose flag is much slower
    return tf.matMul(tf.transpose(columns), columns);
  });
  const g = gram.dataSync() as Float32Array;
  gram.dispose();
  const index = new Int32Array(n);
  scanGram(g, n, 0, n, index);
  searchStates.set(pairs, { n, d, ref: unit, gram: g, index });
  return index;
}

/**
 * The pair loss of one weight, in its stored layout, with the neighbour cache `pairs`
 * (`refreshEvery > 1`, exact mode, a host-memory backend: see {@link hostPairsApply}),
 * as one `tf.customGrad` op on the weight itself:
 *
 * - on a refresh step (the cache's first call, a new shape, every k-th call) the nearest
 *   neighbours of the current rows, exactly, from one read of the weight: from the
 *   previous search's cosines and how far each row turned since (see `boundedSearch`), or
 *   with a full Gram product when too many rows could have changed partner (always the
 *   first time); weights of more than 2048 rows search with the cache's own tfjs search;
 * - the loss and gradient of the pairs: on tfjs-cpu {@link hostPairLoss} (two host passes
 *   over the data, no transposes, one upload of the gradient, instead of about 60 tfjs
 *   kernels in JavaScript); on tfjs-wasm core's given-pairs ops on the rows, whose SIMD
 *   kernels are faster there than a scalar host pass over a large kernel (measured with
 *   `bench/cached-ab.mjs`), the gradient transposed back.
 *
 * The backward pass scales the kept gradient by `dy`, like `angularLoss`.
 */
export function pairLossOp(tf: TfNamespace, x: Tensor, layout: Layout, pairs: PairCache<Tensor>, loss: PairLossName): Scalar {
  const { n, d } = rowsShape(x.shape, layout);
  const op = tf.customGrad((...args: (Tensor | GradSaveFunc)[]) => {
    const [w, save] = args as [Tensor, GradSaveFunc];
    let index = pairs.reuse([n, d]);
    if (index === null && (n < 2 || n > HOST_SEARCH_MAX_ROWS)) {
      // the cache's own search (and its loss, which is the same for these pairs)
      const rows = kernelRows(tf, w, layout);
      const r = pairs.loss(rows);
      const grad = rows === w ? r.grad : hostLayout(layout) === "rows" ? tf.reshape(r.grad, w.shape) : tf.reshape(tf.transpose(r.grad), w.shape);
      save([grad]);
      return { value: r.loss, gradFunc: (dy: Tensor, saved: Tensor[]) => tf.mul(saved[0] as Tensor, dy) };
    }
    let data: Float32Array | null = null;
    let host: Int32Array;
    if (index === null) {
      data = w.dataSync() as Float32Array;
      host = hostSearch(tf, pairs, unitColumns(data, n, d, hostLayout(layout)), n, d);
      index = tf.tensor1d(host, "int32");
      hostIndex.set(index, host);
      pairs.remember(index, [n, d]);
    } else {
      host = indexOnHost(index);
    }
    if (tf.getBackend() !== "cpu") {
      // tfjs-wasm: its SIMD kernels beat a scalar host pass over a large kernel, so the pairs'
      // loss is core's given-pairs ops on the rows (with the searched pairs, the bits of the
      // searched loss), the gradient transposed back
      const rows = kernelRows(tf, w, layout);
      const r = lossForPairs(pairBackend(tf), rows, index, { loss });
      const grad = rows === w ? r.grad : hostLayout(layout) === "rows" ? tf.reshape(r.grad, w.shape) : tf.reshape(tf.transpose(r.grad), w.shape);
      save([grad]);
      return { value: r.loss, gradFunc: (dy: Tensor, saved: Tensor[]) => tf.mul(saved[0] as Tensor, dy) };
    }
    const r = hostPairLoss(data ?? (w.dataSync() as Float32Array), n, d, hostLayout(layout), host, loss);
    const grad = tf.tensor(r.grad, w.shape, "float32");
    save([grad]);
    return { value: tf.scalar(r.loss), gradFunc: (dy: Tensor, saved: Tensor[]) => tf.mul(saved[0] as Tensor, dy) };
  });
  return op(x) as Scalar;
}
