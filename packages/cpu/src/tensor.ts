import { MMARegError, type Dtype } from "@mmareg/core";

/** Float storage of the CPU backend: one typed array per dtype. */
export type CpuData = Float64Array | Float32Array;

/** The array a disposed tensor points at: nothing to read, nothing shared. */
const GONE = new Float64Array(0);

/**
 * A CPU tensor: row-major data and a shape. Immutable by convention: ops return new
 * tensors. Index vectors are stored as `Int32Array`. Once disposed (the backend's
 * `dispose`, or `take`), it holds nothing and the backend refuses it (`BACKEND`), so an
 * array the backend reuses is never read through a stale tensor.
 */
export class CpuTensor {
  #data: CpuData | Int32Array;
  #disposed = false;
  readonly shape: readonly number[];

  constructor(data: CpuData | Int32Array, shape: readonly number[]) {
    this.#data = data;
    this.shape = shape;
  }

  /** The row-major values (an empty array once the tensor is disposed). */
  get data(): CpuData | Int32Array {
    return this.#data;
  }

  /** Number of elements. */
  get size(): number {
    return this.#data.length;
  }

  /** True once the tensor was disposed or its array handed over. */
  get disposed(): boolean {
    return this.#disposed;
  }

  /**
   * Let go of the array and mark the tensor disposed; returns the array, or `null` when
   * the tensor was already disposed (so an array is never handed back twice).
   */
  detach(): CpuData | Int32Array | null {
    if (this.#disposed) return null;
    const a = this.#data;
    this.#disposed = true;
    this.#data = GONE;
    return a;
  }
}

/**
 * Arrays shorter than this are never kept for reuse: the garbage collector handles them
 * cheaply, and keeping them would only cost bookkeeping.
 */
export const REUSE_MIN_LENGTH = 2 ** 16;

/** Disposed arrays kept per length (the oldest beyond it are dropped). */
const REUSE_PER_LENGTH = 8;

/** What every op needs to know about the backend it runs in. */
export interface CpuContext {
  readonly dtype: Dtype;
  readonly name: string;
  /**
   * A float array of the backend's dtype: zeroed, or with `zeroed: false` of unspecified
   * contents (the caller writes every element). It may be an array the backend got back
   * from a disposed tensor (see {@link CpuContext.recycle}).
   */
  alloc(length: number, zeroed?: boolean): CpuData;
  /**
   * Hand back an array that nothing references any more (a disposed tensor's, or an op's
   * own temporary) so the next `alloc` of the same length can reuse it. The array is held
   * through a `WeakRef`: reuse takes only what the garbage collector has not yet freed,
   * so the backend never keeps memory alive that would otherwise be collected.
   */
  recycle(a: CpuData | Int32Array): void;
  /** Forget every array kept for reuse (the backend's `close`). */
  clear(): void;
  /** Whether `a` is a float array of the backend's dtype (one it can hold or reuse as it is). */
  owns(a: unknown): a is CpuData;
}

/**
 * Make a context for a dtype. `reuseMinLength` (default {@link REUSE_MIN_LENGTH}) is the
 * shortest array that is reused; `Infinity` turns reuse off.
 */
export function createContext(dtype: Dtype, name: string, reuseMinLength: number = REUSE_MIN_LENGTH): CpuContext {
  const make = dtype === "float32" ? (len: number): CpuData => new Float32Array(len) : (len: number): CpuData => new Float64Array(len);
  const isOwn = dtype === "float32" ? (a: unknown): a is CpuData => a instanceof Float32Array : (a: unknown): a is CpuData => a instanceof Float64Array;
  // length -> weak references to arrays nothing else holds, newest last
  const kept = new Map<number, WeakRef<CpuData>[]>();
  // arrays now in `kept`: an array handed back twice is still kept once
  const inPool = new WeakSet<CpuData>();
  return {
    dtype,
    name,
    alloc(len, zeroed = true) {
      const list = len >= reuseMinLength ? kept.get(len) : undefined;
      while (list !== undefined && list.length > 0) {
        const a = list.pop()!.deref();
        if (list.length === 0) kept.delete(len);
        if (a === undefined) continue;
        inPool.delete(a);
        if (zeroed) a.fill(0);
        return a;
      }
      return make(len);
    },
    recycle(a) {
      if (!isOwn(a) || a.length < reuseMinLength || inPool.has(a)) return;
      let list = kept.get(a.length);
      if (list === undefined) kept.set(a.length, (list = []));
      list.push(new WeakRef(a));
      inPool.add(a);
      if (list.length > REUSE_PER_LENGTH) {
        const old = list.shift()!.deref();
        if (old !== undefined) inPool.delete(old);
      }
    },
    clear() {
      kept.clear();
    },
    owns: isOwn,
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
