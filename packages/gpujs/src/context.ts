import { createScopeTracker, MMARegError, type ScopeTracker } from "@mmareg/core";
import type { KernelCache, KernelSpec } from "./kernelCache.js";
import { defineKernel } from "./kernelRegistry.js";
import { after, all, isPromise, quiet, type MaybePromise } from "./maybe.js";
import { hostLayout, type Storage } from "./storage.js";
import { GpujsTensor, type StoredValue } from "./tensor.js";

/** `this` inside a kernel function. */
export interface KernelThis<C = Record<string, number>> {
  thread: { x: number; y: number; z: number };
  constants: C;
}

/** A matrix argument inside a kernel: `a[row][column]`. */
export type Rows = ArrayLike<ArrayLike<number>>;
/** A vector argument inside a kernel: `v[i]`. */
export type Vec = ArrayLike<number>;

/** An argument of {@link GpujsContext.run}: a tensor, a JS number, or host data (maybe pending). */
export type RunArg = GpujsTensor | number | MaybePromise<Float32Array>;

/** gpu.js output size of a tensor shape: `[]` is `[1]`, `[n]` is `[n]`, `[n, d]` is `[d, n]` (x = column). */
export function outputOf(shape: readonly number[]): number[] {
  if (shape.length === 0) return [1];
  if (shape.length === 1) return [shape[0] as number];
  return [shape[1] as number, shape[0] as number];
}

const upload1 = defineKernel("upload.vector", function upload1(this: KernelThis, a: Vec): number {
  return a[this.thread.x] as number;
});

const upload2 = defineKernel("upload.matrix", function upload2(this: KernelThis, a: Rows): number {
  return (a[this.thread.y] as Vec)[this.thread.x] as number;
});

/**
 * What every op of the gpu.js backend needs: the kernel cache, where tensors live, and
 * the scope stack that frees intermediates. Ops call {@link GpujsContext.run} with a
 * kernel spec and get a tensor back at once; on asynchronous modes its value is pending
 * until the kernels before it have been issued.
 */
export class GpujsContext {
  private closed = false;
  /** Core's scope bookkeeping (tfjs `tidy` semantics), freeing through {@link GpujsContext.free}. */
  private readonly tracker: ScopeTracker<GpujsTensor>;

  constructor(
    /** Backend name, for error messages. */
    readonly name: string,
    readonly cache: KernelCache,
    readonly storage: Storage,
  ) {
    this.tracker = createScopeTracker({
      isTensor: (x): x is GpujsTensor => x instanceof GpujsTensor,
      free: (t) => this.free(t),
      name: () => this.name,
    });
  }

  /** A typed error naming this backend. */
  error(code: "BAD_SHAPE" | "BAD_OPTION" | "BACKEND", message: string): MMARegError {
    return new MMARegError(code, message, { backend: this.name });
  }

  /** Refuse further work: the backend was destroyed. */
  close(): void {
    this.closed = true;
  }

  private checkOpen(): void {
    if (this.closed) throw this.error("BACKEND", "this backend was destroyed: create a new one with createGpujsBackend()");
  }

  /** Register a new tensor with the innermost scope. */
  track(t: GpujsTensor): GpujsTensor {
    return this.tracker.track(t);
  }

  /** Upload row-major data as a tensor (on GPU modes through an upload kernel into a texture). */
  upload(flat: Float32Array, shape: readonly number[]): GpujsTensor {
    this.checkOpen();
    const host = hostLayout(flat, shape);
    if (this.storage.kind === "host") return this.track(new GpujsTensor(host, [...shape]));
    const spec: KernelSpec = {
      name: "upload",
      shapes: [shape],
      output: outputOf(shape),
      source: shape.length === 2 ? upload2 : upload1,
    };
    return this.run(spec, [host as Float32Array], shape);
  }

  /** The stored value of a live tensor, or a typed error for a disposed one. */
  private valueOf(t: GpujsTensor): MaybePromise<StoredValue> {
    if (t.disposed) throw this.error("BACKEND", "a tensor was used after it was disposed: keep it out of scope() or dispose() until you are done");
    return t.value;
  }

  /**
   * Run the kernel of `spec` (compiled on first use) on `args` and wrap its output as a
   * tensor of `shape`.
   */
  run(spec: KernelSpec, args: readonly RunArg[], shape: readonly number[]): GpujsTensor {
    this.checkOpen();
    const kernel = this.cache.get(spec);
    const values = args.map((a) => (a instanceof GpujsTensor ? this.valueOf(a) : a));
    const out = after(all(values as MaybePromise<unknown>[]), (vs) => kernel(...vs) as MaybePromise<StoredValue>);
    if (isPromise(out)) {
      const settled = out.then(
        () => undefined,
        () => undefined,
      );
      for (const a of args) if (a instanceof GpujsTensor) a.uses.push(settled);
    }
    return this.track(new GpujsTensor(quiet(out), [...shape]));
  }

  /** Read a tensor back as flat row-major float32. */
  read(t: GpujsTensor): MaybePromise<Float32Array> {
    return after(this.valueOf(t), (v) => this.storage.read(v, t.size));
  }

  /**
   * Release a tensor's memory. On asynchronous modes the release waits until the kernels
   * that read it have been issued.
   */
  free(t: GpujsTensor): void {
    if (t.disposed) return;
    t.disposed = true;
    const v = t.value;
    if (this.storage.kind === "host") {
      t.value = new Float32Array(0);
      return;
    }
    if (!isPromise(v) && t.uses.length === 0) {
      this.storage.free(v);
      return;
    }
    void Promise.allSettled([v, ...t.uses]).then(([r]) => {
      if (r?.status === "fulfilled") this.storage.free(r.value as StoredValue);
    });
  }

  /**
   * Run `fn` and free every tensor it created except those it returns (a tensor, or
   * tensors inside arrays and plain objects), like tfjs `tidy`. If `fn` throws, all of
   * them are freed.
   */
  scope<R>(fn: () => R): R {
    return this.tracker.scope(fn);
  }
}
