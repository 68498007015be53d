/// <reference lib="dom" />
// (for the WebAssembly, Worker and Blob types, which Node's types lack; the package runs in both)
import { MMARegError } from "@mmareg/core";
import { Heap } from "./runtime/heap.js";
import type { Pool } from "./runtime/pool.js";

/**
 * A tensor of the wasm backend: a block of the shared WebAssembly memory (float32, or
 * int32 row numbers for index vectors) and a shape. Immutable by convention.
 */
export class WasmTensor {
  /** Byte offset of the data in the backend's memory. */
  readonly ptr: number;
  /** Number of elements. */
  readonly size: number;
  readonly shape: readonly number[];
  /** `index` tensors hold int32 row numbers. */
  readonly kind: "float" | "index";
  /** Set by `dispose`; using the tensor afterwards is an error. */
  disposed = false;

  constructor(ptr: number, size: number, shape: readonly number[], kind: "float" | "index") {
    this.ptr = ptr;
    this.size = size;
    this.shape = shape;
    this.kind = kind;
  }
}

/** What every op needs: the memory, the pool, the scopes. */
export class Context {
  readonly heap: Heap;
  readonly pool: Pool;
  readonly name: string;
  /** A 256-byte parameter block for kernel calls (one call at a time). */
  readonly params: number;
  /** 64 bytes of scratch per thread for the Gram micro-kernel. */
  readonly scratch: number;
  private readonly scopes: Set<WasmTensor>[] = [];
  private readonly registry: FinalizationRegistry<{ ptr: number; bytes: number }>;
  /** Task lists of the tiled kernels, by `n`. */
  private readonly tileCache = new Map<number, { ptr: number; count: number; tb: number }>();

  /** Work (about one multiply-add each) below which a kernel runs on the calling thread alone. */
  readonly minParallelWork: number;

  constructor(heap: Heap, pool: Pool, name: string, minParallelWork: number) {
    this.minParallelWork = minParallelWork;
    this.heap = heap;
    this.pool = pool;
    this.name = name;
    this.params = heap.alloc(256);
    this.scratch = heap.alloc(64 * pool.threads);
    // tensors nobody disposed are returned to the allocator when collected
    this.registry = new FinalizationRegistry((h) => heap.release(h.ptr, h.bytes));
  }

  /** Whether a kernel call of `work` multiply-adds is worth waking the workers for. */
  parallel(work: number): boolean {
    return work >= this.minParallelWork;
  }

  /** A new tensor (contents undefined), owned by the innermost scope. */
  make(size: number, shape: readonly number[], kind: "float" | "index" = "float"): WasmTensor {
    const bytes = size * 4;
    const t = new WasmTensor(this.heap.alloc(bytes), size, shape, kind);
    const scope = this.scopes[this.scopes.length - 1];
    // inside a scope the scope frees it; only tensors that reach the caller are watched by
    // the garbage collector (registering every intermediate costs GC time)
    if (scope) scope.add(t);
    else this.registry.register(t, { ptr: t.ptr, bytes }, t);
    return t;
  }

  /** Free a tensor's memory now. */
  dispose(t: WasmTensor): void {
    if (t.disposed) return;
    t.disposed = true;
    this.registry.unregister(t);
    this.heap.release(t.ptr, t.size * 4);
    for (const s of this.scopes) s.delete(t);
  }

  /** Run `fn`, then dispose every tensor it made except those in its result. */
  scope<R>(fn: () => R): R {
    const mine = new Set<WasmTensor>();
    this.scopes.push(mine);
    let result: R;
    try {
      result = fn();
    } finally {
      this.scopes.pop();
    }
    const keep = new Set<WasmTensor>();
    collect(result, keep, 0);
    const parent = this.scopes[this.scopes.length - 1];
    for (const t of mine) {
      if (!keep.has(t)) this.dispose(t);
      else if (parent) parent.add(t);
      else this.registry.register(t, { ptr: t.ptr, bytes: t.size * 4 }, t);
    }
    return result;
  }

  /** Float32 view of a float tensor's data (valid until the next allocation). */
  f32(t: WasmTensor): Float32Array {
    this.check(t);
    const o = t.ptr >> 2;
    return this.heap.views().f32.subarray(o, o + t.size);
  }

  /** Int32 view of an index tensor's data, or a rounded copy of a float tensor's. */
  idx(t: WasmTensor): Int32Array {
    this.check(t);
    const o = t.ptr >> 2;
    const v = this.heap.views();
    if (t.kind === "index") return v.i32.subarray(o, o + t.size);
    return Int32Array.from(v.f32.subarray(o, o + t.size), (x) => Math.round(x));
  }

  /** An index tensor in this memory for `t` (itself when it already is one). */
  indexTensor(t: WasmTensor): WasmTensor {
    if (t.kind === "index") return t;
    const out = this.make(t.size, t.shape, "index");
    const src = this.f32(t);
    const dst = this.heap.views().i32.subarray(out.ptr >> 2, (out.ptr >> 2) + t.size);
    for (let i = 0; i < t.size; i++) dst[i] = Math.round(src[i] as number);
    return out;
  }

  check(t: WasmTensor): void {
    if (!(t instanceof WasmTensor)) throw new MMARegError("BAD_OPTION", "not a tensor of the wasm backend: create it with backend.tensor()", { backend: this.name });
    if (t.disposed) throw new MMARegError("BAD_OPTION", "this tensor was disposed: keep it out of dispose/scope while you use it", { backend: this.name });
  }

  /**
   * The tile-pair task list of the tiled kernels for `n` rows: tiles of `tb` rows (a
   * multiple of 4) and every pair `(I, J)` with `J >= I`, the diagonal tiles first.
   */
  tiles(n: number): { ptr: number; count: number; tb: number } {
    const hit = this.tileCache.get(n);
    if (hit) return hit;
    const want = Math.ceil(n / 8);
    const tb = Math.max(4, Math.min(n > 4096 ? 128 : 64, Math.ceil(want / 4) * 4));
    const T = Math.ceil(n / tb);
    const count = (T * (T + 1)) / 2;
    const ptr = this.heap.alloc(count * 8);
    const i32 = this.heap.views().i32;
    let k = ptr >> 2;
    // big off-diagonal tiles first, so the last tasks claimed are the small ones
    for (let gap = T - 1; gap >= 0; gap--) {
      for (let I = 0; I + gap < T; I++) {
        i32[k++] = I;
        i32[k++] = I + gap;
      }
    }
    const entry = { ptr, count, tb };
    if (this.tileCache.size >= 8) {
      const [oldN, old] = this.tileCache.entries().next().value as [number, { ptr: number; count: number }];
      this.heap.release(old.ptr, old.count * 8);
      this.tileCache.delete(oldN);
    }
    this.tileCache.set(n, entry);
    return entry;
  }
}

function collect(x: unknown, keep: Set<WasmTensor>, depth: number): void {
  if (depth > 4 || x === null || typeof x !== "object") return;
  if (x instanceof WasmTensor) {
    keep.add(x);
    return;
  }
  if (Array.isArray(x)) for (const v of x) collect(v, keep, depth + 1);
  else for (const v of Object.values(x as Record<string, unknown>)) collect(v, keep, depth + 1);
}

/** `[n, d]` of a matrix, or a typed error naming the op. */
export function dims2(x: WasmTensor, op: string): [number, number] {
  if (x.shape.length !== 2) throw new MMARegError("BAD_SHAPE", `${op} expects a 2-D tensor, got shape [${x.shape.join(", ")}]`, { backend: "wasm" });
  return x.shape as [number, number];
}

/** The length of a vector, or a typed error naming the op. */
export function dims1(x: WasmTensor, op: string): number {
  if (x.shape.length !== 1) throw new MMARegError("BAD_SHAPE", `${op} expects a 1-D tensor, got shape [${x.shape.join(", ")}]`, { backend: "wasm" });
  return x.shape[0] as number;
}
