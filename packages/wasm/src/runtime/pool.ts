/// <reference lib="dom" />
// (for the WebAssembly, Worker and Blob types, which Node's types lack; the package runs in both)
import { MMARegError } from "@mmareg/core";
import { CTL, KERNELS, WORKER_SOURCE, type KernelName } from "./workerSource.js";

/** The part of a Node `Worker` or a browser `Worker` the pool uses. */
interface PoolWorker {
  post(msg: unknown): void;
  terminate(): Promise<unknown> | void;
}

type KernelFn = (params: number, task: number, tid: number) => void;

/** True in Node (not in a browser page or a browser worker). */
export function isNode(): boolean {
  const g = globalThis as { process?: { versions?: { node?: string } }; window?: unknown; importScripts?: unknown };
  return !!g.process?.versions?.node && g.window === undefined && g.importScripts === undefined;
}

/** Import a Node built-in by a specifier bundlers do not try to resolve for the browser. */
export async function nodeImport<T>(name: string): Promise<T> {
  const spec = `node:${name}`;
  return (await import(/* @vite-ignore */ spec)) as T;
}

async function startNodeWorker(msg: unknown): Promise<PoolWorker> {
  const { Worker } = await nodeImport<typeof import("node:worker_threads")>("worker_threads");
  const w = new Worker(WORKER_SOURCE, { eval: true });
  // a forgotten close() must not keep a program (or a test run) alive
  w.unref();
  await new Promise<void>((resolve, reject) => {
    w.once("message", () => resolve());
    w.once("error", reject);
    w.postMessage(msg);
  });
  return { post: (m) => w.postMessage(m), terminate: () => w.terminate() };
}

async function startBrowserWorker(msg: unknown): Promise<PoolWorker> {
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
  const w = new Worker(url);
  try {
    await new Promise<void>((resolve, reject) => {
      w.onmessage = () => resolve();
      w.onerror = (e) => reject(new Error(e.message || "worker failed to start"));
      w.postMessage(msg);
    });
  } finally {
    URL.revokeObjectURL(url);
  }
  w.onmessage = null;
  w.onerror = null;
  return { post: (m) => w.postMessage(m), terminate: () => w.terminate() };
}

/**
 * The worker pool: `threads - 1` workers plus the calling thread, all running the same
 * compiled kernels on one shared memory. A job is a kernel, a parameter block and a number
 * of tasks; every thread (the caller included) claims tasks from an atomic counter until
 * none are left, and the caller returns when every worker has checked in. With one
 * thread there are no workers and no shared memory is needed.
 */
export class Pool {
  readonly threads: number;
  private readonly workers: PoolWorker[];
  private readonly fns: KernelFn[];
  private readonly ctl: Int32Array;
  /** The main thread may block in `Atomics.wait` (Node, a browser worker; not a page). */
  private readonly canBlock: boolean;
  private closed = false;
  /** Kernel calls that woke the workers (the others ran on the calling thread alone). */
  parallelCalls = 0;

  private constructor(fns: KernelFn[], ctl: Int32Array, workers: PoolWorker[]) {
    this.fns = fns;
    this.ctl = ctl;
    this.workers = workers;
    this.threads = workers.length + 1;
    let canBlock = false;
    if (workers.length > 0) {
      try {
        // returns "not-equal" at once where blocking is allowed, throws where it is not
        Atomics.wait(ctl, CTL.ERROR, -1, 0);
        canBlock = true;
      } catch {
        canBlock = false;
      }
    }
    this.canBlock = canBlock;
  }

  /** Start `threads - 1` workers on `module` and `memory` (shared when `threads > 1`). */
  static async create(module: WebAssembly.Module, memory: WebAssembly.Memory, ctlOffset: number, threads: number): Promise<Pool> {
    const inst = await WebAssembly.instantiate(module, { env: { memory } });
    const fns = KERNELS.map((k) => inst.exports[k] as unknown as KernelFn);
    const ctl = new Int32Array(memory.buffer, ctlOffset, 16);
    const workers: PoolWorker[] = [];
    if (threads > 1) {
      const start = isNode() ? startNodeWorker : startBrowserWorker;
      const started = await Promise.allSettled(
        Array.from({ length: threads - 1 }, (_, k) => start({ module, memory, ctl: ctlOffset, tid: k + 1, kernels: KERNELS })),
      );
      for (const s of started) if (s.status === "fulfilled") workers.push(s.value);
      const failed = started.find((s) => s.status === "rejected") as PromiseRejectedResult | undefined;
      if (failed) {
        await Promise.all(workers.map((w) => w.terminate()));
        throw new MMARegError("BACKEND", `the wasm backend could not start its workers: ${String(failed.reason)}; pass { threads: 1 } to run without them`, {
          backend: "wasm",
        });
      }
    }
    return new Pool(fns, ctl, workers);
  }

  /**
   * Run tasks `0 .. ntasks - 1` of `kernel` with the parameter block at `params`, on every
   * thread when `parallel` (else on the calling thread alone), and return when all are done.
   */
  run(kernel: KernelName, params: number, ntasks: number, parallel = true): void {
    if (this.closed) throw new MMARegError("BACKEND", "the wasm backend was closed: create a new one", { backend: "wasm" });
    const k = KERNELS.indexOf(kernel);
    const fn = this.fns[k] as KernelFn;
    if (ntasks <= 0) return;
    if (!parallel || this.workers.length === 0 || ntasks === 1) {
      for (let t = 0; t < ntasks; t++) fn(params, t, 0);
      return;
    }
    this.parallelCalls++;
    const ctl = this.ctl;
    ctl[CTL.KERNEL] = k;
    ctl[CTL.PARAMS] = params;
    ctl[CTL.NTASKS] = ntasks;
    Atomics.store(ctl, CTL.DONE, 0);
    Atomics.store(ctl, CTL.NEXT, 0);
    Atomics.add(ctl, CTL.GEN, 1);
    Atomics.notify(ctl, CTL.GEN);
    for (;;) {
      const t = Atomics.add(ctl, CTL.NEXT, 1);
      if (t >= ntasks) break;
      fn(params, t, 0);
    }
    const w = this.workers.length;
    for (;;) {
      const done = Atomics.load(ctl, CTL.DONE);
      if (done >= w) break;
      if (this.canBlock) Atomics.wait(ctl, CTL.DONE, done, 1000);
    }
    if (Atomics.load(ctl, CTL.ERROR) !== 0) {
      Atomics.store(ctl, CTL.ERROR, 0);
      throw new MMARegError("BACKEND", `wasm kernel ${kernel} failed in a worker thread`, { backend: "wasm" });
    }
  }

  /** Stop the workers. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.workers.length === 0) return;
    Atomics.store(this.ctl, CTL.QUIT, 1);
    Atomics.add(this.ctl, CTL.GEN, 1);
    Atomics.notify(this.ctl, CTL.GEN);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
