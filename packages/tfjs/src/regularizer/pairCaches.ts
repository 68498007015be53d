import { createPairCache, type PairCache, type PairLossName } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import { createTfjsBackend, type TfjsBackend } from "../createTfjsBackend.js";
import type { TfNamespace } from "../tf.js";
import type { ResolvedRegularizerOptions } from "./options.js";

const pairBackends = new WeakMap<TfNamespace, TfjsBackend>();

/**
 * The backend the pair caches compute on, one per namespace: the shared backend's
 * defaults except `scatterRows: "auto"`, so that on webgl and webgpu the gradient sent to
 * each row's partner is a one-hot matrix product instead of the `n^2 d` scatter shader
 * (on cpu and wasm the same `scatterND` as always).
 */
export function pairBackend(tf: TfNamespace): TfjsBackend {
  let b = pairBackends.get(tf);
  if (!b) {
    b = createTfjsBackend({ tf, scatterRows: "auto" });
    pairBackends.set(tf, b);
  }
  return b;
}

/** Frees the pairs of a cache set whose owner was garbage-collected without `dispose()`. */
const orphans = new FinalizationRegistry<Map<unknown, PairCache<Tensor>>>((caches) => {
  for (const c of caches.values()) c.dispose();
});

/**
 * The neighbour-refresh state of one owner (a regularizer, or a model for
 * `diversityLoss`): one core pair cache per weight, on the namespace's pair-cache tfjs
 * backend ({@link pairBackend}), its index tensor protected with `tf.keep` (the caches run inside
 * `tf.customGrad`) and disposed when replaced, on {@link PairCaches.dispose}, or when the
 * owner is garbage-collected.
 */
export class PairCaches<K> {
  private readonly caches = new Map<K, PairCache<Tensor>>();

  constructor(
    private readonly tf: TfNamespace,
    owner: object,
  ) {
    orphans.register(owner, this.caches as Map<unknown, PairCache<Tensor>>, this);
  }

  /** The cache of weight `key` for these options (a new one when the options changed). */
  get(key: K, o: Pick<ResolvedRegularizerOptions, "loss" | "mode" | "refreshEvery">): PairCache<Tensor> {
    const existing = this.caches.get(key);
    const tag = `${o.loss}/${o.mode}/${o.refreshEvery}`;
    if (existing && (existing as PairCache<Tensor> & { tag?: string }).tag === tag) return existing;
    existing?.dispose();
    const tf = this.tf;
    const cache = Object.assign(
      createPairCache<Tensor>(pairBackend(tf), { loss: o.loss as PairLossName, mode: o.mode, refreshEvery: o.refreshEvery, keep: (t) => void tf.keep(t) }),
      { tag },
    );
    this.caches.set(key, cache);
    return cache;
  }

  /** Number of weights with state. */
  get size(): number {
    return this.caches.size;
  }

  /** Dispose every cached index (the next step searches again). */
  dispose(): void {
    for (const c of this.caches.values()) c.dispose();
    this.caches.clear();
  }
}
