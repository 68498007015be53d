import { OPTIONAL_OPS, REQUIRED_OPS, type Backend } from "@mmareg/core";

/** What {@link recordTensorSizes} returns: the wrapped backend and what it saw. */
export interface TensorSizeRecorder<T> {
  /** The backend to hand to core: every upload and op result is measured, then passed through. */
  backend: Backend<T>;
  /** The most elements of any tensor uploaded or returned by an op since the last reset. */
  largest(): number;
  /** The op (or `tensor`) and shape of that largest tensor. */
  largestAt(): { op: string; shape: readonly number[] } | null;
  /**
   * The most tensors of at least `liveAtLeast` elements (an option of
   * {@link recordTensorSizes}) alive at once since the last reset: made by an upload or an
   * op and not yet released by `dispose` or by the `scope` that made them (the contract's
   * scope rule: everything not in its result). Meaningful only on a backend with `dispose`
   * (a garbage-collected backend frees nothing explicitly).
   */
  peakLive(): number;
  /** Forget what was seen (tensors alive now stay counted as alive). */
  reset(): void;
}

const MEASURED = new Set<string>(["tensor", ...REQUIRED_OPS, ...OPTIONAL_OPS]);

/**
 * Wrap a backend so that the size (elements) of every tensor it is asked to create is
 * recorded: each `tensor()` upload and each compute op's result (a tensor, or each tensor of
 * a result object such as `{ value, index }`). What an op allocates inside itself is the
 * backend's business and not seen. Used by the memory-bound checks: core's statistics must
 * never ask for an `n x n` tensor.
 *
 * @example
 * ```ts
 * const rec = recordTensorSizes(createCpuBackend());
 * await angleReport(rec.backend, { data, shape: [3000, 8] });
 * rec.largest(); // 24000: the input, never 3000 * 3000
 * // with { liveAtLeast: 3000 * 8 }: rec.peakLive() counts the [n, d] tensors alive at once
 * ```
 */
export function recordTensorSizes<T>(b: Backend<T>, options: { liveAtLeast?: number } = {}): TensorSizeRecorder<T> {
  const min = options.liveAtLeast ?? 1;
  let largest = 0;
  let at: { op: string; shape: readonly number[] } | null = null;
  const see = (op: string, x: unknown): void => {
    if (x === null || typeof x !== "object" && typeof x !== "function") return;
    let shape: readonly number[];
    try {
      shape = b.shape(x as T);
    } catch {
      return;
    }
    if (!Array.isArray(shape)) return;
    const size = shape.reduce((p, v) => p * v, 1);
    if (size > largest) {
      largest = size;
      at = { op, shape: [...shape] };
    }
  };
  // live tensors (object -> elements), the open scopes' tensors, and the peaks by size
  const live = new Map<object, number>();
  const frames: Set<object>[] = [];
  let peak = 0;
  const countLive = (): number => {
    let count = 0;
    for (const size of live.values()) if (size >= min) count++;
    return count;
  };
  const born = (x: unknown): void => {
    if (x === null || typeof x !== "object" || live.has(x)) return;
    let size: number;
    try {
      size = b.shape(x as T).reduce((p, v) => p * v, 1);
    } catch {
      return;
    }
    live.set(x, size);
    frames[frames.length - 1]?.add(x);
    if (size >= min) peak = Math.max(peak, countLive());
  };
  const died = (x: unknown): void => {
    if (x !== null && typeof x === "object") live.delete(x);
  };
  const results = (out: unknown): unknown[] => (out !== null && typeof out === "object" && !isTensorLike(b, out) ? Object.values(out) : [out]);
  const backend = new Proxy(b, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== "function") return v;
      const f = (v as (...a: unknown[]) => unknown).bind(target);
      if (prop === "dispose") {
        return (x: unknown) => {
          died(x);
          return f(x);
        };
      }
      if (prop === "scope") {
        return (fn: () => unknown) => {
          const mine = new Set<object>();
          frames.push(mine);
          let out: unknown;
          try {
            out = f(fn);
          } finally {
            frames.pop();
          }
          const keep = new Set<unknown>();
          keepAll(b, out, keep, 0);
          for (const x of mine) {
            if (!keep.has(x)) died(x);
            else frames[frames.length - 1]?.add(x);
          }
          return out;
        };
      }
      if (typeof prop !== "string" || !MEASURED.has(prop)) return f;
      return (...args: unknown[]) => {
        const out = f(...args);
        if (prop === "tensor" || (out !== null && typeof out === "object" && isTensorLike(b, out))) see(prop, out);
        else if (out !== null && typeof out === "object") for (const x of Object.values(out)) see(prop, x);
        for (const x of prop === "tensor" ? [out] : results(out)) born(x);
        return out;
      };
    },
  });
  return {
    backend,
    largest: () => largest,
    largestAt: () => at,
    peakLive: () => peak,
    reset: () => {
      largest = 0;
      at = null;
      peak = countLive();
    },
  };
}

/** Whether `x` is one of the backend's tensors (its shape can be read) rather than a result object. */
function isTensorLike<T>(b: Backend<T>, x: object): boolean {
  try {
    const s = b.shape(x as T);
    return Array.isArray(s) && s.every((v) => typeof v === "number");
  } catch {
    return false;
  }
}

/** The tensors of a scope's result (a tensor, an array or a plain object of them), as the contract's `scope` keeps them. */
function keepAll<T>(b: Backend<T>, x: unknown, keep: Set<unknown>, depth: number): void {
  if (depth > 4 || x === null || typeof x !== "object") return;
  if (isTensorLike(b, x)) {
    keep.add(x);
    return;
  }
  for (const v of Array.isArray(x) ? x : Object.values(x)) keepAll(b, v, keep, depth + 1);
}
