import { MMARegError, type Backend, type BackendArray, type Dtype } from "@mmareg/core";
import * as ops from "./ops/index.js";
import { createContext, CpuTensor } from "./tensor.js";

/** Options of {@link createCpuBackend}. */
export interface CpuBackendOptions {
  /** Storage precision: `float64` (default) or `float32`. Arithmetic is done in float64 either way. */
  dtype?: Dtype;
}

/** The CPU backend: a {@link Backend} over {@link CpuTensor}, with synchronous reads. */
export type CpuBackend = Backend<CpuTensor> & { readSync(x: CpuTensor): BackendArray };

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
  return {
    name,
    dtype,
    tensor(data, shape, kind = "float") {
      const size = shape.reduce((p, s) => p * s, 1);
      if (data.length !== size) {
        throw new MMARegError("BAD_SHAPE", `tensor: ${data.length} values do not fill shape [${shape.join(", ")}]`, { backend: name });
      }
      if (kind === "index") return new CpuTensor(Int32Array.from(data), [...shape]);
      const out = ctx.alloc(size);
      for (let i = 0; i < size; i++) out[i] = data[i] as number;
      return new CpuTensor(out, [...shape]);
    },
    shape: (x) => x.shape,
    read: (x) => Promise.resolve(readSync(x)),
    readSync,
    normalizeRows: (a, eps) => ops.normalizeRows(ctx, a, eps),
    normalizeRowsGrad: (g, unit, norms, eps) => ops.normalizeRowsGrad(ctx, g, unit, norms, eps),
    gram: (a) => ops.gram(ctx, a),
    matmul: (a, b) => ops.matmul(ctx, a, b),
    sqDist: (a, b) => ops.sqDist(ctx, a, b),
    rowDot: (a, b) => ops.rowDot(ctx, a, b),
    rowMax: (c, rule) => ops.rowMax(ctx, c, rule),
    gatherRows: (a, index) => ops.gatherRows(ctx, a, index),
    scatterAddRows: (a, index, rows) => ops.scatterAddRows(ctx, a, index, rows),
    selfMask: (index) => ops.selfMask(ctx, index),
    unary: (op, a) => ops.unary(ctx, op, a),
    binary: (op, a, b) => ops.binary(ctx, op, a, b),
    rowSum: (a) => ops.rowSum(ctx, a),
    sum: (a) => ops.sum(ctx, a),
    addDiagonal: (a, v) => ops.addDiagonal(ctx, a, v),
    fillDiagonal: (a, v) => ops.fillDiagonal(ctx, a, v),
    nearestNeighbors: (unit, rule) => ops.nearestNeighbors(ctx, unit, rule),
    pairAngles: (unit, index) => ops.pairAngles(ctx, unit, index),
    pairEnergy: (unit, kernel) => ops.pairEnergy(ctx, unit, kernel),
  };
}
