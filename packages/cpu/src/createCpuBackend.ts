import { defineBackend, MMARegError, type BackendArray, type DefinedBackend, type Dtype } from "@mmareg/core";
import * as ops from "./ops/index.js";
import { createContext, CpuTensor } from "./tensor.js";

/** Options of {@link createCpuBackend}. */
export interface CpuBackendOptions {
  /** Storage precision: `float64` (default) or `float32`. Arithmetic is done in float64 either way. */
  dtype?: Dtype;
}

/**
 * The CPU backend: a `Backend` over {@link CpuTensor} with every optional op, synchronous
 * reads, and a `close()` that only marks it closed (it holds nothing but tensors, which
 * the garbage collector frees).
 */
export type CpuBackend = DefinedBackend<CpuTensor, typeof ops> & { readSync(x: CpuTensor): BackendArray; readView(x: CpuTensor): BackendArray; take(x: CpuTensor): BackendArray };

/**
 * Create the pure-TypeScript reference backend. Tensors are `Float64Array` (or
 * `Float32Array` with `dtype: "float32"`); every op runs synchronously; the hot paths
 * (nearest-neighbour search, pair angles, pairwise energies) are fused so the MMA loss
 * never allocates an `n x n` matrix.
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
  const ctx = createContext(dtype, name);
  const readSync = (x: CpuTensor): BackendArray =>
    x.data instanceof Int32Array ? Float64Array.from(x.data) : (x.data.slice() as BackendArray);
  // the tensor's own array (index tensors, int32 inside, are converted): a view to look at
  // (readView), or handed over to a caller that drops the tensor (take)
  const ownArray = (x: CpuTensor): BackendArray => (x.data instanceof Int32Array ? Float64Array.from(x.data) : (x.data as BackendArray));
  return defineBackend({
    name,
    dtype,
    context: ctx,
    ops,
    tensor(data, shape, kind) {
      if (kind === "index") return new CpuTensor(Int32Array.from(data), [...shape]);
      const out = ctx.alloc(data.length);
      for (let i = 0; i < data.length; i++) out[i] = data[i] as number;
      return new CpuTensor(out, [...shape]);
    },
    shape: (x: CpuTensor) => x.shape,
    read: (x) => Promise.resolve(readSync(x)),
    readSync,
    readView: ownArray,
    take: ownArray,
  });
}
