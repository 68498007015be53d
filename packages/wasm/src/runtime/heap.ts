/// <reference lib="dom" />
// (for the WebAssembly, Worker and Blob types, which Node's types lack; the package runs in both)
import { MMARegError } from "@mmareg/core";

/** Bytes in one WebAssembly page. */
const PAGE = 65536;
/** Every block is a multiple of this (keeps v128 loads aligned to cache lines). */
const ALIGN = 64;

/**
 * A first-fit-by-size allocator over one `WebAssembly.Memory`, run on the main thread
 * only (workers compute, never allocate). Freed blocks go to a free list per exact size,
 * so a training loop that makes the same shapes every step reuses the same blocks;
 * memory grows in pages when no block fits and is never shrunk (WebAssembly cannot).
 */
export class Heap {
  readonly memory: WebAssembly.Memory;
  private top: number;
  private readonly free = new Map<number, number[]>();
  private buffer: ArrayBuffer | SharedArrayBuffer;
  /** Views of the whole memory, renewed after every growth. */
  f32!: Float32Array;
  i32!: Int32Array;
  f64!: Float64Array;
  /** Bytes handed out and not yet freed. */
  live = 0;

  constructor(memory: WebAssembly.Memory, base: number) {
    this.memory = memory;
    this.top = Math.ceil(base / ALIGN) * ALIGN;
    this.buffer = memory.buffer;
    this.renew();
  }

  private renew(): void {
    this.buffer = this.memory.buffer;
    this.f32 = new Float32Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.f64 = new Float64Array(this.buffer);
  }

  /** The views, renewed if the memory grew since they were made. */
  views(): this {
    if (this.memory.buffer.byteLength !== this.buffer.byteLength) this.renew();
    return this;
  }

  /** Block size actually reserved for a request of `bytes`. */
  static size(bytes: number): number {
    return Math.max(ALIGN, Math.ceil(bytes / ALIGN) * ALIGN);
  }

  /** Reserve `bytes` (contents undefined); returns the byte offset. */
  alloc(bytes: number): number {
    const size = Heap.size(bytes);
    this.live += size;
    const list = this.free.get(size);
    if (list && list.length > 0) return list.pop() as number;
    const ptr = this.top;
    const end = ptr + size;
    if (end > this.memory.buffer.byteLength) {
      const pages = Math.ceil((end - this.memory.buffer.byteLength) / PAGE);
      try {
        this.memory.grow(pages);
      } catch {
        this.live -= size;
        throw new MMARegError(
          "BACKEND",
          `the wasm backend is out of memory: ${(end / 2 ** 20).toFixed(0)} MiB would exceed the 4 GiB a WebAssembly memory can hold; dispose tensors you no longer need (or use backend.scope)`,
          { backend: "wasm" },
        );
      }
      this.renew();
    }
    this.top = end;
    return ptr;
  }

  /** Return a block from {@link Heap.alloc} of the same `bytes`. */
  release(ptr: number, bytes: number): void {
    const size = Heap.size(bytes);
    this.live -= size;
    let list = this.free.get(size);
    if (!list) this.free.set(size, (list = []));
    list.push(ptr);
  }

  /** Bytes of memory the module holds (the high-water mark of the allocator). */
  get reserved(): number {
    return this.memory.buffer.byteLength;
  }
}
