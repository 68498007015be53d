import { defineBackend, MMARegError, type BackendArray, type DefinedBackend, type Dtype } from "@mmareg/core";
import * as ops from "./ops/index.js";
import { createContext, CpuTensor, REUSE_MIN_LENGTH, type CpuData } from "./tensor.js";

/** Options of {@link createCpuBackend}. */
export interface CpuBackendOptions {
  /** Storage precision: `float64` (default) or `float32`. Arithmetic is done in float64 either way. */
  dtype?: Dtype;
  /**
   * The shortest float array the backend reuses after its tensor is disposed (default
   * `65536` elements; `Infinity` turns reuse off, `0` reuses every array). See
   * {@link createCpuBackend}.
   */
  reuseMinLength?: number;
}

/**
 * The CPU backend: a `Backend` over {@link CpuTensor} with every optional op, synchronous
 * reads, a `dispose` that hands a tensor's array back for reuse, and a `close()` that marks
 * it closed and forgets those arrays (it holds nothing else).
 */
export type CpuBackend = DefinedBackend<CpuTensor, typeof ops> & {
  borrow(data: ArrayLike<number>, shape: readonly number[]): CpuTensor;
  readSync(x: CpuTensor): BackendArray;
  readView(x: CpuTensor): BackendArray;
  take(x: CpuTensor): BackendArray;
  dispose(x: CpuTensor): void;
};

/**
 * Create the pure-TypeScript reference backend. Tensors are `Float64Array` (or
 * `Float32Array` with `dtype: "float32"`); every op runs synchronously; the hot paths
 * (nearest-neighbour search, pair angles, pairwise energies) are fused so the MMA loss
 * never allocates an `n x n` matrix.
 *
 * Memory: tensors are garbage-collected arrays, and `dispose` (which core calls on every
 * intermediate it is done with) also hands a tensor's array back to the backend, so the
 * next op or upload of the same length reuses it instead of allocating while the old one
 * still waits for the garbage collector (a loss followed by an angle report of a
 * 100,000 x 512 matrix would otherwise hold both passes' `[n, d]` arrays at once). The
 * backend keeps those arrays only through weak references, so it never holds memory the
 * collector would free. A disposed tensor cannot be used again (`BACKEND`), so a reused
 * array is never seen through a stale tensor; an array handed over by `take` is the
 * caller's and is never reused, nor is one lent by the caller through `borrow` (core's
 * `evaluateLoss` and `angleReport` upload the input matrix that way: a float64 array on
 * the float64 backend, a float32 one on float32, is used as it is, not copied).
 *
 * @example
 * ```ts
 * import { createCpuBackend, mmaLoss } from "@mmareg/cpu";
 * const b = createCpuBackend();
 * const { loss, grad } = mmaLoss(b, b.tensor([1, 0, 0.8, 0.6], [2, 2]));
 * b.readSync(loss); // Float64Array [-0.6435011087932844]
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for an unknown dtype.
 */
export function createCpuBackend(options: CpuBackendOptions = {}): CpuBackend {
  const dtype = options.dtype ?? "float64";
  if (dtype !== "float64" && dtype !== "float32") {
    throw new MMARegError("BAD_OPTION", `dtype must be "float64" or "float32", got ${typeof dtype === "string" ? JSON.stringify(dtype) : typeof dtype}`, { backend: "cpu" });
  }
  const name = dtype === "float64" ? "cpu" : "cpu-float32";
  const reuseMinLength = options.reuseMinLength ?? REUSE_MIN_LENGTH;
  if (typeof reuseMinLength !== "number" || !(reuseMinLength >= 0)) {
    throw new MMARegError("BAD_OPTION", `reuseMinLength must be a number >= 0 (Infinity turns reuse off), got ${String(reuseMinLength)}`, { backend: "cpu" });
  }
  const ctx = createContext(dtype, name, reuseMinLength);
  // arrays lent by a caller (borrow): never recycled
  const borrowed = new WeakSet<CpuData>();
  const upload = (data: ArrayLike<number>, shape: readonly number[], kind: "float" | "index"): CpuTensor => {
    if (kind === "index") return new CpuTensor(Int32Array.from(data), [...shape]);
    const out = ctx.alloc(data.length, false);
    for (let i = 0; i < data.length; i++) out[i] = data[i] as number;
    return new CpuTensor(out, [...shape]);
  };
  const live = (x: CpuTensor): CpuTensor => {
    if (x.disposed) throw new MMARegError("BACKEND", `a ${name} tensor of shape [${x.shape.join(", ")}] was used after dispose (or after take): keep tensors you still need`, { backend: name });
    return x;
  };
  const readSync = (x: CpuTensor): BackendArray => {
    const a = live(x).data;
    return a instanceof Int32Array ? Float64Array.from(a) : (a.slice() as BackendArray);
  };
  // a tensor's own array as read back (index tensors, int32 inside, are converted): what
  // readView lends (valid until the tensor is disposed, when its array may be reused) and
  // take hands over
  const ownArray = (a: CpuData | Int32Array): BackendArray => (a instanceof Int32Array ? Float64Array.from(a) : (a as BackendArray));
  return defineBackend({
    name,
    dtype,
    context: ctx,
    ops,
    tensor: upload,
    // the caller's own array where it already has the dtype (core's one-call functions
    // upload the input matrix this way: never written, never handed to another tensor)
    borrow(data, shape) {
      if (!ctx.owns(data)) return upload(data, shape, "float");
      borrowed.add(data);
      return new CpuTensor(data, [...shape]);
    },
    shape: (x: CpuTensor) => live(x).shape,
    read: (x) => Promise.resolve(readSync(x)),
    readSync,
    readView: (x: CpuTensor): BackendArray => ownArray(live(x).data),
    // handed over to a caller that drops the tensor: the array is the caller's, never reused
    take(x) {
      return ownArray(live(x).detach() as CpuData | Int32Array);
    },
    dispose(x) {
      const a = x.detach();
      if (a !== null && !(a instanceof Int32Array) && !borrowed.has(a)) ctx.recycle(a);
    },
    close: () => ctx.clear(),
  });
}
