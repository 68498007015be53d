import { MMARegError } from "./errors.js";

/** Options of {@link createScopeTracker}. */
export interface ScopeTrackerOptions<T> {
  /** True for the backend's tensors (the values a scope's result is searched for). */
  isTensor(x: unknown): x is T;
  /** Release one tensor's memory (called at most once per tensor by the tracker). */
  free(t: T): void;
  /** The backend's name, for the error a misused scope throws. */
  name?: () => string;
}

/**
 * The bookkeeping behind `Backend.scope` for a backend whose tensors need freeing (GPU
 * textures, wasm heap blocks): tfjs `tidy` semantics without tfjs.
 */
export interface ScopeTracker<T> {
  /** Register a new tensor with the innermost open scope (outside any scope: not tracked). Returns it. */
  track(t: T): T;
  /**
   * Run `fn` and free every tensor tracked while it ran except those it returns (a tensor,
   * or tensors inside arrays and plain objects), which move to the enclosing scope. If
   * `fn` throws, all of them are freed. `fn` must be synchronous.
   */
  scope<R>(fn: () => R): R;
  /** Scopes open now (0 outside any). */
  readonly depth: number;
}

/**
 * A scope tracker for an adapter's `Backend.scope`: the adapter calls `track` on every
 * tensor it creates and passes `scope` to `defineBackend`.
 *
 * @example
 * ```ts
 * const tracker = createScopeTracker<MyTensor>({ isTensor: (x): x is MyTensor => x instanceof MyTensor, free: (t) => t.release() });
 * const upload = (data: Float32Array) => tracker.track(new MyTensor(data));
 * const kept = tracker.scope(() => upload(a)); // tensors made inside and not returned are freed
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` from `scope` when `fn` returns a promise.
 */
export function createScopeTracker<T>(options: ScopeTrackerOptions<T>): ScopeTracker<T> {
  const frames: Set<T>[] = [];
  const collect = (x: unknown, out: Set<T>): void => {
    if (options.isTensor(x)) out.add(x);
    else if (Array.isArray(x)) for (const v of x) collect(v, out);
    else if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
      for (const v of Object.values(x)) collect(v, out);
    }
  };
  return {
    track(t) {
      frames[frames.length - 1]?.add(t);
      return t;
    },
    scope<R>(fn: () => R): R {
      const frame = new Set<T>();
      frames.push(frame);
      let result: R;
      try {
        result = fn();
      } catch (e) {
        frames.pop();
        for (const t of frame) options.free(t);
        throw e;
      }
      frames.pop();
      if (result !== null && typeof result === "object" && typeof (result as { then?: unknown }).then === "function") {
        for (const t of frame) options.free(t);
        throw new MMARegError("BAD_OPTION", "scope() takes a synchronous function: await outside it, or read inside it after the ops", {
          ...(options.name ? { backend: options.name() } : {}),
        });
      }
      const keep = new Set<T>();
      collect(result, keep);
      for (const t of frame) if (!keep.has(t)) options.free(t);
      const parent = frames[frames.length - 1];
      if (parent) for (const t of keep) if (frame.has(t)) parent.add(t);
      return result;
    },
    get depth() {
      return frames.length;
    },
  };
}
