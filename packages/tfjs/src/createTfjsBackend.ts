import { defineBackend, MMARegError, type BackendArray, type DefinedBackend } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { createContext, type GramTranspose, type ScatterRows, type TieBreak } from "./context.js";
import * as ops from "./ops/index.js";
import { resolveTf, type TfNamespace } from "./tf.js";

/** Options of {@link createTfjsBackend}. */
export interface TfjsBackendOptions {
  /** The TensorFlow.js namespace to run on (default: the peer `@tensorflow/tfjs`). */
  tf?: TfNamespace;
  /**
   * The tfjs backend the tensors must live on (`cpu`, `wasm`, `webgl`, `webgpu`,
   * `tensorflow` for tfjs-node). When set, creating the backend and uploading data check
   * that it is the active one. Unset: whatever backend tfjs has active.
   */
  backend?: string;
  /** Gram product form: `auto` (default: explicit transpose on wasm, the matMul flag elsewhere). */
  gramTranspose?: GramTranspose;
  /**
   * Lowest-index tie rule of row maxima: `auto` (default: `tf.argMax` on cpu, wasm and
   * webgl, whose kernels already pick the lowest index; an exact masked search on the
   * others), or force one.
   */
  tieBreak?: TieBreak;
  /**
   * Largest number of entries of one block of an `n x n` intermediate (default 2^22,
   * 16 MiB of float32). The fused nearest-neighbour search and `angleStats` scan the
   * cosine matrix in blocks of `floor(blockElements / n)` rows (41 rows at n = 100,000),
   * each freed before the next, so their working memory is the `[d, n]` transpose plus a
   * few blocks; with the default, matrices of up to 2^24 entries (n <= 4096) are one block
   * (faster there). `sqDist` blocks its `[rows, m, d]` differences the same way. Results
   * do not depend on the block size.
   *
   * @example
   * ```ts
   * createTfjsBackend({ tf, blockElements: 1 << 20 }); // 4 MiB blocks: 10 rows at n = 100,000
   * ```
   */
  blockElements?: number;
  /**
   * How rows are scatter-added (the part of a pair loss's gradient sent to each row's
   * partner): `scatterND` (default: `tf.scatterND`, as always), `matMul` (a one-hot
   * matrix product, `oneHot(index)ᵀ · updates`, up to 2^24 one-hot entries), or `auto`
   * (`matMul` on webgl and webgpu, whose `ScatterNd` loops over every update for each
   * output element: `n^2 d` steps for `n` rows, slower than the Gram product). Sums of
   * several rows into one may round differently from `scatterND`'s order. The pair
   * caches of `refreshEvery > 1` use `auto`.
   *
   * @example
   * ```ts
   * createTfjsBackend({ tf, scatterRows: "auto" }); // webgl: MMA's gradient without the slow scatter shader
   * ```
   */
  scatterRows?: ScatterRows;
}

/** The tfjs backend: a {@link Backend} over tfjs tensors (float32; index vectors int32). */
export type TfjsBackend = DefinedBackend<Tensor, typeof ops> & {
  /**
   * `dataSync()`; absent when the backend was created on tfjs's webgpu backend, where a
   * synchronous read stalls the GPU queue (and tfjs warns): callers such as the Tammes
   * solver then use the async `read` (`data()`).
   */
  readSync?(x: Tensor): BackendArray;
  dispose(x: Tensor): void;
  scope<R>(fn: () => R): R;
  /** The namespace the backend runs on. */
  readonly tf: TfNamespace;
};

function toBackendArray(values: ArrayLike<number>): BackendArray {
  return values instanceof Float32Array ? values : Float64Array.from(values);
}

/**
 * Create a core backend over TensorFlow.js tensors. It runs on whatever tfjs backend is
 * active (cpu, wasm, webgl, webgpu, tfjs-node, tfjs-node-gpu) and imports none of them.
 * Tensors are float32 (index vectors int32); `scope` is `tf.tidy`, `dispose` is
 * `tensor.dispose()`, `read` is `data()`, `readSync` is `dataSync()` (not offered on
 * webgpu, where only the async read is cheap). The MMA hot path is
 * one Gram product (blocked above `blockElements`) whose row max is taken right away,
 * then O(n d) work.
 *
 * @example
 * ```ts
 * import * as tf from "@tensorflow/tfjs";
 * import "@tensorflow/tfjs-backend-wasm";
 * import { createTfjsBackend, evaluateLoss } from "@mmareg/tfjs";
 *
 * await tf.setBackend("wasm");
 * const b = createTfjsBackend({ tf, backend: "wasm" });
 * const r = await evaluateLoss(b, [[1, 0], [0.8, 0.6]], { loss: "mma" });
 * r.loss; // -0.6435 (minus the angle in radians)
 * ```
 * @throws {@link MMARegError} `BACKEND` when `backend` is set and is not tfjs's active
 *   backend; `BAD_OPTION` for an unknown option value.
 */
export function createTfjsBackend(options: TfjsBackendOptions = {}): TfjsBackend {
  const tf = resolveTf(options.tf);
  const pinned = options.backend;
  const ctx = createContext(tf, options);
  const checkActive = (): void => {
    if (pinned !== undefined && tf.getBackend() !== pinned) {
      throw new MMARegError(
        "BACKEND",
        `the active tfjs backend is "${tf.getBackend()}", not "${pinned}": await tf.setBackend("${pinned}") first, or use loadTfjsBackend({ backend: "${pinned}" })`,
        { backend: `tfjs-${pinned}` },
      );
    }
  };
  checkActive();
  const backend = defineBackend({
    name: ctx.name,
    dtype: "float32",
    context: ctx,
    ops,
    tensor(data, shape, kind) {
      checkActive();
      if (kind === "index") return tf.tensor(Int32Array.from(data), [...shape], "int32");
      // tfjs-wasm copies the values into its heap at once and keeps no reference: a
      // float32 array goes as it is (no second host copy of a large input, 22 MB at
      // 10575 x 512); the other backends keep the array they are given, so they get a copy
      if (data instanceof Float32Array && tf.getBackend() === "wasm") return tf.tensor(data, [...shape], "float32");
      return tf.tensor(Float32Array.from(data), [...shape], "float32");
    },
    shape: (x: Tensor) => x.shape,
    read: async (x) => toBackendArray(await x.data()),
    dispose: (x) => x.dispose(),
    scope: (fn) => tf.tidy(fn as () => never),
  });
  // on webgpu a synchronous read stalls the GPU queue (and tfjs warns): there, readSync is
  // absent and callers use the async read; looked up per access, as tfjs's active backend
  // can change after this backend was created
  const readSync = (x: Tensor): BackendArray => toBackendArray(x.dataSync());
  Object.defineProperty(backend, "readSync", { configurable: true, enumerable: true, get: () => (tf.getBackend() === "webgpu" ? undefined : readSync) });
  // tfjs owns the tensors and the kernels: close() only marks this backend closed
  return Object.assign(backend, { tf }) as TfjsBackend;
}
