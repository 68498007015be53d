import { OPTIONAL_OPS, REQUIRED_OPS, type Backend } from "@mmareg/core";

/** What {@link recordTensorSizes} returns: the wrapped backend and what it saw. */
export interface TensorSizeRecorder<T> {
  /** The backend to hand to core: every upload and op result is measured, then passed through. */
  backend: Backend<T>;
  /** The most elements of any tensor uploaded or returned by an op since the last reset. */
  largest(): number;
  /** The op (or `tensor`) and shape of that largest tensor. */
  largestAt(): { op: string; shape: readonly number[] } | null;
  /** Forget what was seen. */
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
 * ```
 */
export function recordTensorSizes<T>(b: Backend<T>): TensorSizeRecorder<T> {
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
  const backend = new Proxy(b, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== "function") return v;
      const f = (v as (...a: unknown[]) => unknown).bind(target);
      if (typeof prop !== "string" || !MEASURED.has(prop)) return f;
      return (...args: unknown[]) => {
        const out = f(...args);
        if (prop === "tensor" || (out !== null && typeof out === "object" && isTensorLike(b, out))) see(prop, out);
        else if (out !== null && typeof out === "object") for (const x of Object.values(out)) see(prop, x);
        return out;
      };
    },
  });
  return {
    backend,
    largest: () => largest,
    largestAt: () => at,
    reset: () => {
      largest = 0;
      at = null;
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
