import { rowsShape, type Layout, type PairCache, type PairLossName } from "@mmareg/core";
import type { GradSaveFunc, Scalar, Tensor } from "@tensorflow/tfjs";
import { kernelRows } from "../model/kernelRows.js";
import type { TfNamespace } from "../tf.js";
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
 * The unit rows go into the buffer the state no longer needs (no new `n * d` array per
 * refresh). May run tfjs ops (a full search): a heap view of the weight taken before is
 * stale afterwards.
 */
function hostSearch(tf: TfNamespace, pairs: PairCache<Tensor>, data: Float32Array, n: number, d: number, layout: HostLayout): Int32Array {
  const state = searchStates.get(pairs);
  const same = state !== undefined && state.n === n && state.d === d;
  const unit = unitColumns(data, n, d, layout, same ? state.spare : undefined);
  if (same) {
    const found = boundedSearch(state, unit, CANDIDATES_PER_ROW * n);
    if (found) {
      state.index = found;
      state.spare = unit;
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
  searchStates.set(pairs, { n, d, ref: unit, gram: g, index, ...(same ? { spare: state.ref } : {}) });
  return index;
}

/** The tfjs-wasm backend's internals that {@link heapView} reads (not public API; checked at run time). */
interface WasmBackendInternals {
  dataIdMap?: { get(id: object): { memoryOffset?: unknown } | undefined };
  wasm?: { HEAPU8?: Uint8Array };
}

/**
 * On tfjs-wasm, a float32 tensor's data as a view into the module's heap: no copy (its
 * `dataSync` slices a new array, whose fresh pages cost more than the pass over them).
 * Valid until the next allocation in the heap (which may grow it); `null` elsewhere or
 * when the backend does not look as expected.
 */
export function heapView(tf: TfNamespace, t: Tensor): Float32Array | null {
  if (tf.getBackend() !== "wasm" || t.dtype !== "float32") return null;
  const b = tf.backend() as unknown as WasmBackendInternals;
  const offset = b.dataIdMap?.get(t.dataId)?.memoryOffset;
  const heap = b.wasm?.HEAPU8;
  if (typeof offset !== "number" || offset % 4 !== 0 || !(heap instanceof Uint8Array) || offset + 4 * t.size > heap.byteLength) return null;
  return new Float32Array(heap.buffer, heap.byteOffset + offset, t.size);
}

/**
 * The gradient buffer of each pair cache on tfjs-wasm, reused every step: a new tensor
 * there copies its values into the heap, so the buffer is free again at once (tfjs-cpu
 * keeps the array it is given, so there each step gets a new one).
 */
const gradBuffers = new WeakMap<PairCache<Tensor>, Float32Array>();

function gradBuffer(tf: TfNamespace, pairs: PairCache<Tensor>, size: number): Float32Array | undefined {
  if (tf.getBackend() !== "wasm") return undefined;
  let b = gradBuffers.get(pairs);
  if (!b || b.length !== size) {
    b = new Float32Array(size);
    gradBuffers.set(pairs, b);
  }
  return b;
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
 * - the loss and gradient of the pairs with {@link hostPairLoss}: two host passes over the
 *   data as stored (no transposes), one upload of the gradient, instead of about 60 tfjs
 *   kernels. On tfjs-wasm the weight is read in place in the module's heap and the
 *   gradient written into a buffer kept per weight (new `n * d` arrays cost more there
 *   than the passes: their fresh pages), which also makes it faster than core's
 *   given-pairs ops on wasm, whose transposes of a `[n, d]` kernel back to `[d, n]` are
 *   slow for `n = 1024` (measured with `bench/cached-ab.mjs` and `bench/cached-step.mjs`).
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
    // the weight's values: a view of the heap on wasm (renewed after a search, which may
    // allocate there), a copy on cpu
    const read = () => heapView(tf, w) ?? (w.dataSync() as Float32Array);
    let host: Int32Array;
    if (index === null) {
      host = hostSearch(tf, pairs, read(), n, d, hostLayout(layout));
      index = tf.tensor1d(host, "int32");
      hostIndex.set(index, host);
      pairs.remember(index, [n, d]);
    } else {
      host = indexOnHost(index);
    }
    const r = hostPairLoss(read(), n, d, hostLayout(layout), host, loss, hostLayout(layout) === "columns" ? gradBuffer(tf, pairs, n * d) : undefined);
    const grad = tf.tensor(r.grad, w.shape, "float32");
    save([grad]);
    return { value: tf.scalar(r.loss), gradFunc: (dy: Tensor, saved: Tensor[]) => tf.mul(saved[0] as Tensor, dy) };
  });
  return op(x) as Scalar;
}
