/// <reference lib="dom" />
// (for the WebAssembly, Worker and Blob types, which Node's types lack; the package runs in both)
import { defineBackend, MMARegError, type Backend, type BackendArray, type Dtype, type OptionalOp } from "@mmareg/core";
import { Context, WasmTensor } from "./context.js";
import { compileKernels, type KernelFiles } from "./kernels.js";
import * as js from "./ops/jsOps.js";
import * as k from "./ops/kernelOps.js";
import { Heap } from "./runtime/heap.js";
import { isNode, nodeImport, Pool } from "./runtime/pool.js";

/** Options of {@link createWasmBackend}. */
export interface WasmBackendOptions {
  /**
   * Threads to compute on, the calling thread included (default: the number of cores,
   * `os.availableParallelism()` in Node, `navigator.hardwareConcurrency` in a browser).
   * Where shared memory is unavailable (a page that is not cross-origin isolated) the
   * backend runs on one thread whatever is asked; the `threads` field of the {@link WasmBackend} says.
   */
  threads?: number;
  /** Precision: only `float32` (the default) is supported. */
  dtype?: Dtype;
  /**
   * Work (about one multiply-add each) below which a kernel call runs on the calling
   * thread alone, because waking the workers would cost more (default 2^21, about a
   * 64 x 64 x 1024 Gram product). `0` sends every call to the pool (tests use it).
   */
  minParallelWork?: number;
  /** Where the kernel binaries are, when not next to the package (see {@link KernelFiles}). */
  kernels?: KernelFiles;
}

/** The wasm backend: a {@link Backend} over {@link WasmTensor} with a worker pool to close. */
export type WasmBackend = Backend<WasmTensor> &
  Required<Pick<Backend<WasmTensor>, "readSync" | "readView" | "dispose" | "scope" | "close" | OptionalOp>> & {
  /** Threads the backend computes on (1 when shared memory is unavailable). */
  readonly threads: number;
  /** Why the backend runs on fewer threads than asked, if it does. */
  readonly fallbackReason: string | undefined;
  /** Bytes of WebAssembly memory the backend holds now. */
  memoryBytes(): number;
  /**
   * Kernel calls so far that ran on the worker pool; a call below `minParallelWork`
   * (about one multiply-add each: `n² d / 2` for the tiled kernels, `32 n d` for a row
   * kernel) runs on the calling thread alone and is not counted.
   */
  parallelCalls(): number;
  /** Stop the worker threads; the backend cannot be used afterwards. Idempotent. */
  close(): Promise<void>;
};

/** The number of cores of this machine (1 when it cannot be told). */
export async function defaultThreads(): Promise<number> {
  if (isNode()) {
    const os = await nodeImport<typeof import("node:os")>("os");
    return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length || 1;
  }
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  return Math.max(1, nav?.hardwareConcurrency ?? 1);
}

/** Why shared memory cannot be used here, or `undefined` when it can. */
export function sharedMemoryUnavailable(): string | undefined {
  const g = globalThis as { SharedArrayBuffer?: unknown; crossOriginIsolated?: boolean; Atomics?: unknown };
  if (typeof g.SharedArrayBuffer !== "function" || typeof g.Atomics !== "object") {
    return "SharedArrayBuffer is not available: serve the page with the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp";
  }
  if (g.crossOriginIsolated === false) {
    return "the page is not cross-origin isolated: serve it with the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp";
  }
  return undefined;
}

/** Memory pages (64 KiB) to start with, and the most a wasm32 memory can have (4 GiB). */
const INITIAL_PAGES = 32;
const MAX_PAGES = 65536;

/**
 * Create the WebAssembly backend: float32 kernels with 128-bit SIMD (register-blocked,
 * tiled Gram product; fused nearest-neighbour search that never stores `n x n`; fused
 * pair angles and MHE energy) on a pool of `threads` threads sharing one
 * `WebAssembly.Memory`. Results do not depend on the number of threads: every output
 * element is summed in one fixed order, and ties go to the lowest index.
 *
 * Asynchronous because it compiles the kernels and starts the workers; call
 * {@link WasmBackend.close} when done (a forgotten pool does not keep Node alive).
 *
 * @example
 * ```ts
 * import { createWasmBackend } from "@mmareg/wasm";
 * import { mmaLoss } from "@mmareg/core";
 *
 * const b = await createWasmBackend({ threads: 2 });
 * const { loss, grad } = mmaLoss(b, b.tensor([1, 0, 0.8, 0.6], [2, 2]));
 * console.log(b.readSync(loss)); // Float32Array [-0.6435...]
 * await b.close();
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for `dtype: "float64"` or a bad `threads`;
 *   `BACKEND` when the kernels cannot be loaded or the workers cannot start.
 */
export async function createWasmBackend(options: WasmBackendOptions = {}): Promise<WasmBackend> {
  const dtype = options.dtype ?? "float32";
  if (dtype !== "float32") {
    throw new MMARegError(
      "BAD_OPTION",
      `the wasm backend computes in float32 only, got dtype ${JSON.stringify(dtype)}: use @mmareg/cpu (createCpuBackend({ dtype: "float64" })) for float64`,
      { backend: "wasm" },
    );
  }
  const asked = options.threads ?? (await defaultThreads());
  if (!Number.isInteger(asked) || asked < 1 || asked > 256) {
    throw new MMARegError("BAD_OPTION", `threads must be an integer from 1 to 256, got ${String(options.threads)}`, { backend: "wasm" });
  }
  let fallbackReason: string | undefined;
  let threads = asked;
  if (threads > 1) {
    fallbackReason = sharedMemoryUnavailable();
    if (fallbackReason) threads = 1;
  }
  const shared = threads > 1;
  const module = await compileKernels(shared, options.kernels);
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: MAX_PAGES, shared } as WebAssembly.MemoryDescriptor);
  // the module's static data ends at heapBase(); the control block and the heap follow
  const probe = await WebAssembly.instantiate(module, { env: { memory } });
  const base = (probe.exports.heapBase as () => number)();
  const ctlOffset = Math.ceil(base / 64) * 64;
  const heap = new Heap(memory, ctlOffset + 64);
  const pool = await Pool.create(module, memory, ctlOffset, threads);
  const ctx = new Context(heap, pool, "wasm", options.minParallelWork ?? 2 ** 21);
  return makeBackend(ctx, fallbackReason);
}

function makeBackend(ctx: Context, fallbackReason: string | undefined): WasmBackend {
  const readSync = (x: WasmTensor): BackendArray => {
    ctx.check(x);
    return x.kind === "index" ? Float64Array.from(ctx.idx(x)) : new Float32Array(ctx.f32(x));
  };
  // The op table: one object, each member the contract's op of the same name, bound and
  // shape-checked by core's defineBackend.
  const ops = {
    normalizeRows: (a: WasmTensor, eps: number | null) => k.normalizeRows(ctx, a, eps),
    normalizeRowsGrad: (g: WasmTensor, unit: WasmTensor, norms: WasmTensor, eps: number | null) => k.normalizeRowsGrad(ctx, g, unit, norms, eps),
    gram: (a: WasmTensor) => k.gram(ctx, a),
    matmul: (a: WasmTensor, b: WasmTensor) => js.matmul(ctx, a, b),
    sqDist: (a: WasmTensor, b: WasmTensor) => js.sqDist(ctx, a, b),
    rowDot: (a: WasmTensor, b: WasmTensor) => js.rowDot(ctx, a, b),
    rowMax: (c: WasmTensor, rule: Parameters<typeof js.rowMax>[2]) => js.rowMax(ctx, c, rule),
    gatherRows: (a: WasmTensor, index: WasmTensor) => js.gatherRows(ctx, a, index),
    scatterAddRows: (a: WasmTensor, index: WasmTensor, rows: number) => js.scatterAddRows(ctx, a, index, rows),
    selfMask: (index: WasmTensor) => js.selfMask(ctx, index),
    unary: (op: Parameters<typeof js.unary>[1], a: WasmTensor) => js.unary(ctx, op, a),
    binary: (op: Parameters<typeof js.binary>[1], a: WasmTensor, b: WasmTensor | number) => js.binary(ctx, op, a, b),
    rowSum: (a: WasmTensor) => js.rowSum(ctx, a),
    sum: (a: WasmTensor) => js.sum(ctx, a),
    addDiagonal: (a: WasmTensor, v: number) => js.addDiagonal(ctx, a, v),
    fillDiagonal: (a: WasmTensor, v: number) => js.fillDiagonal(ctx, a, v),
    nearestNeighbors: (unit: WasmTensor, rule: Parameters<typeof k.nearestNeighbors>[2]) => k.nearestNeighbors(ctx, unit, rule),
    pairAngles: (unit: WasmTensor, index: WasmTensor) => k.pairAngles(ctx, unit, index),
    pairEnergy: (unit: WasmTensor, kernel: Parameters<typeof k.pairEnergy>[2]) => k.pairEnergy(ctx, unit, kernel),
    angleStats: (unit: WasmTensor, threshold: number, absolute: boolean) => k.angleStats(ctx, unit, threshold, absolute),
    mmaExact: (w: WasmTensor, index: WasmTensor | null) => k.mmaExact(ctx, w, index),
  };
  const backend = defineBackend({
    name: "wasm",
    dtype: "float32",
    ops,
    tensor(data: ArrayLike<number>, shape: readonly number[], kind: "float" | "index" = "float"): WasmTensor {
      const size = shape.reduce((p, s) => p * s, 1);
      const t = ctx.make(size, [...shape], kind);
      if (kind === "index") {
        const v = ctx.idx(t);
        for (let i = 0; i < size; i++) v[i] = data[i] as number;
      } else {
        const v = ctx.f32(t);
        if (data instanceof Float32Array || data instanceof Float64Array || Array.isArray(data)) v.set(data as ArrayLike<number>);
        else for (let i = 0; i < size; i++) v[i] = data[i] as number;
      }
      return t;
    },
    shape: (x: WasmTensor): readonly number[] => x.shape,
    read: (x: WasmTensor): Promise<BackendArray> => Promise.resolve(readSync(x)),
    readSync,
    // a view of the WebAssembly memory itself (index tensors, int32 inside, are converted)
    readView: (x: WasmTensor): BackendArray => (ctx.check(x), x.kind === "index" ? Float64Array.from(ctx.idx(x)) : ctx.f32(x)),
    dispose: (x: WasmTensor): void => ctx.dispose(x),
    scope: <R>(fn: () => R): R => ctx.scope(fn),
    close: () => ctx.pool.close(),
  });
  return Object.assign(backend, {
    threads: ctx.pool.threads,
    fallbackReason,
    memoryBytes: () => ctx.heap.reserved,
    parallelCalls: () => ctx.pool.parallelCalls,
  }) as WasmBackend;
}
