/**
 * Losses for given pairs, and the neighbour cache that reuses them between refreshes.
 *
 * MMA and cosine pick one partner per row, the nearest neighbour, and that search (a Gram
 * product) is the only O(n^2 d) part; the loss and gradient for known pairs are O(n d).
 * During training the nearest neighbour of a row changes slowly, so a training loop may
 * search every `k` steps and use the pairs it found in between. Core's functions stay
 * pure: the pairs are an argument; the state (which pairs, how many steps since the
 * search) lives in a {@link PairCache} that the caller owns (the tfjs adapter keeps one per
 * weight inside its regularizer).
 *
 * @module
 */
import { release, type Backend } from "../backend.js";
import { MMARegError } from "../errors.js";
import type { BaseLossOptions, LossTensors } from "../types.js";
import { cosineTensors } from "./cosine.js";
import { mmaTensors } from "./mma.js";
import type { PairLossTensors } from "./pairShared.js";

export type { PairLossTensors } from "./pairShared.js";

/** The losses whose value depends on one partner per row, so their pairs can be cached. */
export type PairLossName = "mma" | "cosine";

/** Every {@link PairLossName}. */
export const PAIR_LOSSES: readonly PairLossName[] = ["mma", "cosine"];

/** Options of {@link lossForPairs} and {@link lossWithPairs}: a pair loss, its mode, the fused switch. */
export interface PairLossOptions extends BaseLossOptions {
  /** `mma` (default) or `cosine`. */
  loss?: PairLossName;
}

function resolvePairLoss(loss: unknown): PairLossName {
  if (loss === undefined) return "mma";
  if (loss === "mma" || loss === "cosine") return loss;
  throw new MMARegError(
    "BAD_OPTION",
    `pairs can be cached for ${PAIR_LOSSES.join(" and ")} only (one nearest neighbour per row), not for ${JSON.stringify(loss)}: use refreshEvery 1 (the default) with it`,
  );
}

function run<T>(b: Backend<T>, w: T, options: PairLossOptions, given: T | null, returnIndex: boolean): PairLossTensors<T> {
  const loss = resolvePairLoss(options.loss);
  try {
    return loss === "mma" ? mmaTensors(b, w, options, given, returnIndex) : cosineTensors(b, w, options, given, returnIndex);
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext({ backend: b.name, loss }) : e;
  }
}

/**
 * The MMA loss (paper eq. 6) with each row's partner given instead of searched:
 * `-(1/n) sum_i theta(i, index_i)` and its gradient with respect to the raw rows, in
 * O(n d) (no Gram product). With `index` equal to the nearest neighbours (for example the
 * index of {@link lossWithPairs}) the result is bit-identical to {@link mmaLoss} in
 * `exact` mode, which computes the angles of the chosen pairs the same way (one exception:
 * the ONNX backend's searched loss of up to 128 rows takes moderate angles, 41 to 139
 * degrees, from its Gram product, equal to rounding); in `reference` mode the cosine comes
 * from a row-wise dot product instead of the Gram matrix, equal to rounding (about 1 ulp).
 *
 * Between refreshes the given pairs may no longer be the nearest ones: the result is
 * then the exact loss and gradient of the fixed pairing, a descent direction for it.
 *
 * `index` is an `[n]` index tensor (`b.tensor(data, [n], "index")`). In `exact` mode
 * `index[i] !== i` is expected (a self pair has angle 0 and gradient 0); `reference` mode
 * treats a self pair as the published code's masked diagonal.
 *
 * @param b - the backend.
 * @param w - `[n, d]` raw rows.
 * @param index - `[n]` the partner row of each row.
 * @throws {@link MMARegError} `BAD_SHAPE` (also for an index that is not `[n]`), `EMPTY`, `BAD_OPTION`.
 * @example
 * ```ts
 * const b = createCpuBackend();
 * const w = b.tensor([1, 0, 0.8, 0.6, 0, 1], [3, 2]);
 * const { loss } = mmaLossForPairs(b, w, b.tensor([1, 0, 1], [3], "index"));
 * ```
 */
export function mmaLossForPairs<T>(b: Backend<T>, w: T, index: T, options: BaseLossOptions = {}): LossTensors<T> {
  return run(b, w, { ...options, loss: "mma" }, index, false);
}

/**
 * The cosine loss (paper eq. 5) with each row's partner given: `(1/n) sum_i cos(i,
 * index_i)` and its gradient, in O(n d). The cosines come from row-wise dot products, so
 * with the nearest-neighbour index the value equals {@link cosineLoss}'s to rounding
 * (the Gram product sums in another order); the gradient formula is the same.
 *
 * @param b - the backend.
 * @param w - `[n, d]` raw rows.
 * @param index - `[n]` the partner row of each row.
 * @throws {@link MMARegError} `BAD_SHAPE`, `EMPTY`, `BAD_OPTION`.
 * @example
 * ```ts
 * const b = createCpuBackend();
 * const w = b.tensor([1, 0, 0.8, 0.6], [2, 2]);
 * b.readSync(cosineLossForPairs(b, w, b.tensor([1, 0], [2], "index")).loss); // [0.8]
 * ```
 */
export function cosineLossForPairs<T>(b: Backend<T>, w: T, index: T, options: BaseLossOptions = {}): LossTensors<T> {
  return run(b, w, { ...options, loss: "cosine" }, index, false);
}

/**
 * {@link mmaLossForPairs} or {@link cosineLossForPairs} by name (default `mma`).
 *
 * @throws {@link MMARegError} `BAD_OPTION` for a loss other than `mma` or `cosine`, and as the two.
 * @example
 * ```ts
 * const { loss, grad } = lossForPairs(b, w, index, { loss: "cosine" });
 * ```
 */
export function lossForPairs<T>(b: Backend<T>, w: T, index: T, options: PairLossOptions = {}): LossTensors<T> {
  return run(b, w, options, index, false);
}

/**
 * The loss with its nearest-neighbour search, as `mmaLoss` / `cosineLoss` compute it
 * (the same operations, so bit-identical results), and the partner index it found, to
 * pass to {@link lossForPairs} on the following steps. The caller owns (and releases)
 * all three tensors.
 *
 * @throws {@link MMARegError} `BAD_OPTION`, `BAD_SHAPE`, `EMPTY`.
 * @example
 * ```ts
 * const { loss, grad, index } = lossWithPairs(b, w, { loss: "mma" });
 * const later = lossForPairs(b, w2, index); // O(n d) while the pairs are fresh enough
 * ```
 */
export function lossWithPairs<T>(b: Backend<T>, w: T, options: PairLossOptions = {}): Required<PairLossTensors<T>> {
  return run(b, w, options, null, true) as Required<PairLossTensors<T>>;
}

/**
 * Check a `refreshEvery` option: an integer >= 1 (1, the default, searches every step).
 *
 * @throws {@link MMARegError} `BAD_OPTION` naming the value and what to pass.
 * @example
 * ```ts
 * resolveRefreshEvery(undefined); // 1
 * resolveRefreshEvery(10); // 10
 * ```
 */
export function resolveRefreshEvery(value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new MMARegError(
      "BAD_OPTION",
      `refreshEvery must be an integer >= 1 (1 searches the nearest neighbours every step; 10 every tenth step), got ${String(value)}`,
    );
  }
  return value;
}

/** Options of {@link createPairCache}. */
export interface PairCacheOptions<T> extends PairLossOptions {
  /**
   * Search the nearest neighbours every `refreshEvery` calls (default 1: every call, which
   * is exactly `mmaLoss` / `cosineLoss` and caches nothing). The pairs are also searched
   * on the first call and whenever the weight's shape changes.
   */
  refreshEvery?: number;
  /**
   * Protect the cached index from the caller's backend scope: with tfjs, pass
   * `(t) => tf.keep(t)` when {@link PairCache.loss} runs inside `tf.tidy` (or a
   * `tf.customGrad`). Not needed on garbage-collected backends or outside any scope.
   */
  keep?: (index: T) => void;
}

/** The state of one weight's cached pairs: see {@link createPairCache}. */
export interface PairCache<T> {
  /** The refresh period `k`. */
  readonly refreshEvery: number;
  /** The cached `[n]` partner index, or `null` before the first search (and always with `k = 1`). */
  readonly index: T | null;
  /** Calls so far. */
  readonly calls: number;
  /** Nearest-neighbour searches so far (refresh steps). */
  readonly searches: number;
  /**
   * The loss and its gradient for this step (counts one step): on a refresh step the
   * searched loss (bit-identical to `mmaLoss` / `cosineLoss`), otherwise the loss for the
   * cached pairs (O(n d)). The caller owns the returned tensors.
   */
  loss(w: T): LossTensors<T>;
  /**
   * For callers with their own O(n d) kernel for cached pairs (the tfjs adapter's host
   * loop on its CPU-side backends): when the next call for a weight of `shape` (`[n, d]`
   * rows) would reuse the cached pairs, count it as that step and return the cached index
   * (the caller computes the loss for those pairs itself); when it would search (the first
   * call, a new shape, a refresh step, and always with `k = 1`), count nothing and return
   * `null`: call {@link PairCache.loss} for the step instead.
   */
  reuse(shape: readonly number[]): T | null;
  /**
   * Record a refresh step whose nearest-neighbour search the caller ran itself (after
   * {@link PairCache.reuse} returned `null`) for a weight of `shape`: counts one call and
   * one search, and caches `index` (calling `keep` on it) in place of the previous pairs,
   * which are released. `index` must be an `[n]` index tensor.
   *
   * @throws {@link MMARegError} `BAD_SHAPE` when `index` is not `[n]` for `shape` `[n, d]`.
   */
  remember(index: T, shape: readonly number[]): void;
  /** Release the cached index; the next call searches again. */
  dispose(): void;
}

/**
 * A small stateful helper for training loops on any backend: it computes the MMA (or
 * cosine) loss with a nearest-neighbour search every `refreshEvery` calls and whenever
 * the weight's shape changes, and with the cached pairs ({@link lossForPairs}, O(n d))
 * in between. Use one cache per weight. With `refreshEvery: 1` it holds nothing and each
 * call is exactly `mmaLoss` / `cosineLoss`.
 *
 * @throws {@link MMARegError} `BAD_OPTION` for a bad `refreshEvery` or a loss other than mma / cosine.
 * @example
 * ```ts
 * const b = createCpuBackend();
 * const cache = createPairCache(b, { loss: "mma", refreshEvery: 10 });
 * for (let step = 0; step < 1000; step++) {
 *   const { loss, grad } = cache.loss(w); // searches on steps 0, 10, 20, ...
 *   // ... update w with grad ...
 * }
 * cache.dispose();
 * ```
 */
export function createPairCache<T>(b: Backend<T>, options: PairCacheOptions<T> = {}): PairCache<T> {
  const refreshEvery = resolveRefreshEvery(options.refreshEvery);
  const loss = resolvePairLoss(options.loss);
  const lossOptions: PairLossOptions = { loss, ...(options.mode !== undefined ? { mode: options.mode } : {}), ...(options.fused !== undefined ? { fused: options.fused } : {}) };
  const keep = options.keep;
  let index: T | null = null;
  let shape = "";
  let since = 0;
  let calls = 0;
  let searches = 0;
  return {
    refreshEvery,
    get index() {
      return index;
    },
    get calls() {
      return calls;
    },
    get searches() {
      return searches;
    },
    loss(w: T): LossTensors<T> {
      calls++;
      if (refreshEvery === 1) {
        searches++;
        return run(b, w, lossOptions, null, false);
      }
      const s = b.shape(w).join("x");
      if (index !== null && s === shape && since < refreshEvery) {
        since++;
        return run(b, w, lossOptions, index, false);
      }
      const r = run(b, w, lossOptions, null, true);
      keep?.(r.index as T);
      if (index !== null) release(b, index);
      index = r.index as T;
      shape = s;
      since = 1;
      searches++;
      return { loss: r.loss, grad: r.grad };
    },
    reuse(rowShape: readonly number[]): T | null {
      if (refreshEvery === 1 || index === null || rowShape.join("x") !== shape || since >= refreshEvery) return null;
      calls++;
      since++;
      return index;
    },
    remember(found: T, rowShape: readonly number[]): void {
      const got = b.shape(found);
      if (rowShape.length !== 2 || got.length !== 1 || got[0] !== rowShape[0]) {
        throw new MMARegError("BAD_SHAPE", `the searched index has shape [${got.join(", ")}] for rows of shape [${rowShape.join(", ")}]: pass one partner per row`);
      }
      keep?.(found);
      if (index !== null && index !== found) release(b, index);
      index = found;
      shape = rowShape.join("x");
      since = 1;
      calls++;
      searches++;
    },
    dispose() {
      if (index !== null) release(b, index);
      index = null;
      shape = "";
      since = 0;
    },
  };
}
