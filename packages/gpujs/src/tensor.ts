import { MMARegError } from "@mmareg/core";
import type { MaybePromise } from "./maybe.js";

/**
 * A gpu.js pipeline result: a WebGL texture (`Texture`) or a WebGPU buffer handle. Both
 * read back with `toArray()` and free their memory with `delete()`.
 */
export interface DeviceHandle {
  toArray(): unknown;
  delete(): void;
}

/**
 * What a tensor stores. On the `cpu` and `webasm` modes: host arrays in the shape gpu.js
 * kernels take and return (a `Float32Array` for a vector or scalar, one `Float32Array`
 * per row for a matrix), passed from kernel to kernel without copies. On the GPU modes
 * (`webgl`, `webgl2`, `webgpu`): the device-resident output of the kernel that made it.
 */
export type StoredValue = Float32Array | Float32Array[] | DeviceHandle;

/**
 * A tensor of the gpu.js backend: a shape and the stored value, which is pending (a
 * promise) on asynchronous modes until the kernels that make it have been issued.
 * Immutable: ops return new tensors. Index vectors hold row numbers as float32, exact up
 * to 2^24.
 */
export class GpujsTensor {
  readonly shape: readonly number[];
  /** @internal The stored value, or a promise of it. */
  value: MaybePromise<StoredValue>;
  /** @internal Kernel runs issued (or pending) that read this tensor: disposal waits for them. */
  readonly uses: Promise<unknown>[] = [];
  /** @internal Set once the memory is released. */
  disposed = false;

  constructor(value: MaybePromise<StoredValue>, shape: readonly number[]) {
    this.value = value;
    this.shape = shape;
  }

  /** Number of elements. */
  get size(): number {
    return this.shape.reduce((p, s) => p * s, 1);
  }
}

/** `[n, d]` of a matrix tensor, or a typed error naming the op. */
export function dims2(x: GpujsTensor, op: string, backend: string): [number, number] {
  if (x.shape.length !== 2) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 2-D tensor, got shape [${x.shape.join(", ")}]`, { backend });
  }
  return x.shape as [number, number];
}

/** The length of a vector tensor, or a typed error naming the op. */
export function dims1(x: GpujsTensor, op: string, backend: string): number {
  if (x.shape.length !== 1) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 1-D tensor, got shape [${x.shape.join(", ")}]`, { backend });
  }
  return x.shape[0] as number;
}
