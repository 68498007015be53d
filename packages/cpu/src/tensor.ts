import { MMARegError, type Dtype } from "@mmareg/core";

/** Float storage of the CPU backend: one typed array per dtype. */
export type CpuData = Float64Array | Float32Array;

/**
 * A CPU tensor: row-major data and a shape. Immutable by convention: ops return new
 * tensors. Index vectors are stored as `Int32Array`.
 */
export class CpuTensor {
  readonly data: CpuData | Int32Array;
  readonly shape: readonly number[];

  constructor(data: CpuData | Int32Array, shape: readonly number[]) {
    this.data = data;
    this.shape = shape;
  }

  /** Number of elements. */
  get size(): number {
    return this.data.length;
  }
}

/** What every op needs to know about the backend it runs in. */
export interface CpuContext {
  readonly dtype: Dtype;
  readonly name: string;
  /** A zeroed float array of the backend's dtype. */
  alloc(length: number): CpuData;
}

/** Make a context for a dtype. */
export function createContext(dtype: Dtype, name: string): CpuContext {
  return {
    dtype,
    name,
    alloc: dtype === "float32" ? (len) => new Float32Array(len) : (len) => new Float64Array(len),
  };
}

/** `[n, d]` of a matrix tensor, or a typed error naming the op. */
export function dims2(x: CpuTensor, op: string): [number, number] {
  if (x.shape.length !== 2) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 2-D tensor, got shape [${x.shape.join(", ")}]`, { backend: "cpu" });
  }
  return x.shape as [number, number];
}

/** The length of a vector tensor, or a typed error naming the op. */
export function dims1(x: CpuTensor, op: string): number {
  if (x.shape.length !== 1) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 1-D tensor, got shape [${x.shape.join(", ")}]`, { backend: "cpu" });
  }
  return x.shape[0] as number;
}

/** The data as `Float64Array` (no copy when it already is one): keeps hot loops monomorphic. */
export function f64(x: CpuTensor): Float64Array {
  return x.data instanceof Float64Array ? x.data : Float64Array.from(x.data);
}

/** The data as row numbers. */
export function indices(x: CpuTensor): Int32Array {
  return x.data instanceof Int32Array ? x.data : Int32Array.from(x.data);
}
