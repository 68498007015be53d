import { after, type MaybePromise } from "./maybe.js";
import type { DeviceHandle, StoredValue } from "./tensor.js";

/**
 * Where tensors live. `host`: the `cpu` and `webasm` modes compute on JS memory anyway,
 * so kernel outputs are kept as the arrays gpu.js returns and fed straight into the next
 * kernel. `device`: the GPU modes run every kernel with `pipeline: true, immutable: true`,
 * so each result stays a texture (webgl, webgl2) or storage buffer (webgpu) and is only
 * read back when `read` asks for it.
 */
export interface Storage {
  readonly kind: "host" | "device";
  /** Kernel settings this storage needs. */
  readonly kernelSettings: { pipeline: boolean; immutable: boolean };
  /** Read a stored value back as flat row-major float32 (a fresh copy). */
  read(v: StoredValue, size: number): MaybePromise<Float32Array>;
  /** Release a stored value's memory (device textures and buffers; host arrays are GC'd). */
  free(v: StoredValue): void;
}

/**
 * Row-major `flat` in the layout gpu.js kernels take: a vector or scalar as it is, a
 * matrix as one `Float32Array` view per row (no copy).
 */
export function hostLayout(flat: Float32Array, shape: readonly number[]): Float32Array | Float32Array[] {
  if (shape.length < 2) return flat;
  const [n, d] = shape as [number, number];
  const rows = new Array<Float32Array>(n);
  for (let i = 0; i < n; i++) rows[i] = flat.subarray(i * d, (i + 1) * d);
  return rows;
}

/** Flatten what gpu.js returns (a typed array, or an array of row arrays) into a fresh `Float32Array`. */
export function flatten(out: unknown, size: number): Float32Array {
  const flat = new Float32Array(size);
  if (ArrayBuffer.isView(out)) {
    flat.set((out as Float32Array).subarray(0, size));
    return flat;
  }
  const rows = out as ArrayLike<ArrayLike<number>>;
  let o = 0;
  for (let i = 0; i < rows.length && o < size; i++) {
    const row = rows[i] as ArrayLike<number>;
    if (ArrayBuffer.isView(row)) flat.set(row as Float32Array, o);
    else for (let k = 0; k < row.length; k++) flat[o + k] = row[k] as number;
    o += row.length;
  }
  return flat;
}

/** Host storage: the `cpu` and `webasm` modes. */
export const hostStorage: Storage = {
  kind: "host",
  kernelSettings: { pipeline: false, immutable: true },
  read: (v, size) => flatten(v, size),
  free: () => undefined,
};

/** Device storage: the GPU modes (pipeline textures and buffers). */
export const deviceStorage: Storage = {
  kind: "device",
  kernelSettings: { pipeline: true, immutable: true },
  read: (v, size) => after((v as DeviceHandle).toArray() as MaybePromise<unknown>, (out) => flatten(out, size)),
  free: (v) => (v as DeviceHandle).delete(),
};
