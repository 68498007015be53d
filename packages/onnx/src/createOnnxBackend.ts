import { MMARegError, type Backend, type BackendArray, type Dtype } from "@mmareg/core";
import { emitGraph, planTrace, type GraphOutput } from "./graph/emitGraph.js";
import { encodeModel } from "./graph/encodeModel.js";
import { importOrt, isNodeRuntime, RUNTIME_PACKAGES, type OrtModule, type OrtSession, type RuntimeName } from "./runtime/ortTypes.js";
import { runMemoryPlan } from "./runtime/memoryPlan.js";
import { SessionCache } from "./runtime/sessionCache.js";
import { createTracingBackend, type TracingBackend } from "./trace/createTracingBackend.js";
import type { TraceTensor } from "./trace/traceTensor.js";

/** Options of {@link createOnnxBackend}. */
export interface OnnxBackendOptions {
  /** Precision: only `float32` (ONNX Runtime Web's kernels are float32). */
  dtype?: Dtype;
  /**
   * The ONNX Runtime to run the graphs with: a module you imported (`await
   * import("onnxruntime-node")`, `onnxruntime-web`, `onnxruntime-web/webgpu`), or a name
   * imported on first use: `"web"` (`onnxruntime-web`, the default) or `"node"`
   * (`onnxruntime-node`, ONNX Runtime's native build: Node only, several times faster
   * than wasm). Both packages are optional peer dependencies: install the one you use.
   */
  runtime?: OrtModule | RuntimeName;
  /** The same as `runtime` given a module (the option's earlier name; `runtime` wins). */
  ort?: OrtModule;
  /**
   * Execution providers, in order of preference (default `["wasm"]` with onnxruntime-web,
   * `["cpu"]` with onnxruntime-node; `["webgpu", "wasm"]` in a browser).
   */
  executionProviders?: string[];
  /**
   * Intra-op threads. onnxruntime-node: each session's `intraOpNumThreads` (default: ONNX
   * Runtime's, one per core). onnxruntime-web: `ort.env.wasm.numThreads` (a process-wide
   * setting, read when the first session starts).
   */
  numThreads?: number;
  /** The most compiled sessions kept (least recently used go first; default 64). */
  maxSessions?: number;
  /** Backend name (default `onnx-node` on onnxruntime-node, else `onnx-<first execution provider>`, for example `onnx-wasm`). */
  name?: string;
  /**
   * Write the graph forms that ONNX Runtime Web's WebGPU execution provider computes
   * correctly (README, "WebGPU": no `ArgMax`, float reductions over a leading unit axis,
   * blocks of rows per `Scan` iteration). Default: `true` when `executionProviders`
   * includes `"webgpu"`. The forms compute the same values on every provider.
   */
  webgpuGraphs?: boolean;
  /**
   * Rows per block of the nearest-neighbour and angle-statistics graphs (a `Loop` over
   * blocks of rows, each multiplied by the rows after it). Default: one block while
   * `n^2 <= 2^22` cosines, else `floor(2^22 / n)` rows (16 MB of float32 cosines per
   * block), so no graph holds the `n x n` matrix; on onnxruntime-node with `numThreads: 1`,
   * blocks of 128 rows from 512 rows up (each pair computed once, faster on one thread).
   * On onnxruntime-node's CPU provider, above `2^11` rows: `floor(2^20 / n)` rows (4 MB
   * blocks), and runs that return one value per row (the angle statistics) go without
   * ONNX Runtime's CPU arena, which would keep the blocks' high-water mark. Giving
   * `blockRows` turns both off.
   * A static row count in at most 8 blocks (and `n^2 <= 2^22`) has its blocks written out
   * one after another instead of a `Loop` (no per-block copies of the rows). Results do
   * not depend on any of these choices.
   */
  blockRows?: number;
}

/** The ONNX backend: core's {@link Backend} over traced tensors, plus session bookkeeping. */
export type OnnxBackend = TracingBackend & {
  /** The `.onnx` bytes of the graph that computes `outputs` from the data they were traced from. */
  modelFor(outputs: Record<string, TraceTensor>): Uint8Array;
  /**
   * Intra-op threads the sessions run with: `numThreads` when it was given (onnxruntime-web:
   * `ort.env.wasm.numThreads` when set), else `undefined` (the runtime's default: one per
   * core on onnxruntime-node). `mma bench` prints it.
   */
  readonly threads: number | undefined;
  /** Compiled sessions alive, and sessions created so far. */
  stats(): { sessions: number; created: number; runs: number };
  /** Read the given tensors now, so later graphs start from their values (`Backend.settle`). */
  settle(xs: readonly TraceTensor[]): Promise<void>;
  /**
   * Release the compiled sessions (and with them ONNX Runtime's memory for their runs: the
   * CPU arena on onnxruntime-node) once the runs asked for so far are done, keeping the
   * backend usable: the next graph compiles its session again (`Backend.trim`). At
   * 10575 x 512 on onnxruntime-node, a loss and then the angle report in one process peak
   * at 283 MB with it between them, 359 MB without. onnxruntime-web's WebAssembly memory
   * never shrinks, so there it only lets later sessions reuse the space.
   *
   * @example
   * ```ts
   * const r = await evaluateLoss(backend, w);
   * await backend.trim(); // the loss's session and its arena go
   * const report = await angleReport(backend, w);
   * ```
   */
  trim(): Promise<void>;
  /** Release every session (idempotent); afterwards the backend refuses work (`BACKEND`). */
  close(): Promise<void>;
};

interface PendingRead {
  x: TraceTensor;
  /** A `settle` request: the value goes to the tensor only, never to a caller. */
  settleOnly: boolean;
  resolve(v: BackendArray): void;
  reject(e: unknown): void;
}

/**
 * A float32 result read by a caller becomes its tensor's value (a graph input) through a
 * copy up to this many elements (128 KiB: below glibc's mmap threshold, so the copy is a
 * cheap heap allocation); a larger one keeps its history unless `settle` asks for it.
 * Every fresh large array costs a page fault per 4 KiB page on first write (about 2,300
 * for a 512 x 4608 gradient), which on a VM can cost more than the loss itself.
 */
const SETTLE_COPY_LIMIT = 32768;

/** onnxruntime-web's process-wide wasm thread count, when one was set. */
function wasmThreads(ort: OrtModule): number | undefined {
  const k = ort.env.wasm?.numThreads;
  return typeof k === "number" && Number.isInteger(k) && k >= 1 ? k : undefined;
}

function leafArray(x: TraceTensor): BackendArray {
  const d = x.node.data;
  if (d instanceof BigInt64Array) return Float64Array.from(d, Number);
  if (d instanceof Float32Array) return d.slice();
  throw new MMARegError("BACKEND", "a placeholder has no data to read", { backend: "onnx" });
}

/**
 * Create the ONNX backend. Every op traces a graph node; reading a result lowers the
 * trace to an ONNX graph (opset 13) whose outputs are the tensors read, compiles it once
 * per distinct structure (one session per loss, options and shape) and runs it with ONNX
 * Runtime, feeding the uploaded data as the graph's inputs. Reads issued together (as
 * `evaluateLoss` reads the loss and the gradient) run as one graph. Results come back as
 * `Float32Array`; there is no synchronous read. A tensor once read becomes a graph input
 * holding its value (`settle`), so the state of an iterative loop does not drag its
 * history into every later graph. With the `webgpu` execution provider the
 * graphs take the forms its kernels compute correctly (`webgpuGraphs`).
 *
 * @example
 * ```ts
 * import { evaluateLoss } from "@mmareg/core";
 * import { createOnnxBackend } from "@mmareg/onnx";
 *
 * const b = await createOnnxBackend(); // onnxruntime-web, wasm execution provider
 * const { loss, grad } = await evaluateLoss(b, [[1, 0], [0.8, 0.6]], { loss: "mma" });
 * // in Node, ONNX Runtime's native build with 2 threads:
 * const fast = await createOnnxBackend({ runtime: "node", numThreads: 2 });
 * ```
 * With `runtime: "node"` (or the `onnxruntime-node` module) the graphs run on ONNX
 * Runtime's native CPU build, in Node.
 *
 * @throws {@link MMARegError} `BAD_OPTION` for a dtype other than float32, an unknown
 *   runtime name or a bad `numThreads` or `blockRows`; `BACKEND` when the runtime package cannot be
 *   loaded (the message names the package to install) and, on read, when ONNX Runtime
 *   cannot compile or run a graph.
 */
export async function createOnnxBackend(options: OnnxBackendOptions = {}): Promise<OnnxBackend> {
  const dtype = options.dtype ?? "float32";
  const requested = options.runtime ?? options.ort ?? "web";
  if (typeof requested === "string" && !Object.hasOwn(RUNTIME_PACKAGES, requested)) {
    throw new MMARegError("BAD_OPTION", `unknown runtime ${JSON.stringify(requested)}: use "web" (onnxruntime-web), "node" (onnxruntime-node) or pass the imported module`, { backend: "onnx" });
  }
  if (options.numThreads !== undefined && !(Number.isInteger(options.numThreads) && options.numThreads >= 1)) {
    throw new MMARegError("BAD_OPTION", `numThreads must be a positive integer, got ${String(options.numThreads)}`, { backend: "onnx" });
  }
  if (options.blockRows !== undefined && !(Number.isInteger(options.blockRows) && options.blockRows >= 1)) {
    throw new MMARegError("BAD_OPTION", `blockRows must be a positive integer, got ${String(options.blockRows)}`, { backend: "onnx" });
  }
  if (dtype !== "float32") {
    throw new MMARegError("BAD_OPTION", `the ONNX backend computes in float32, got dtype ${JSON.stringify(dtype)}: use dtype "float32"`, { backend: "onnx" });
  }
  let ort: OrtModule;
  if (typeof requested === "string") {
    try {
      ort = await importOrt(requested);
    } catch (e) {
      const pkg = RUNTIME_PACKAGES[requested];
      throw new MMARegError(
        "BACKEND",
        `${pkg} could not be loaded (${(e as Error).message}): install it next to @mmareg/onnx (npm install ${pkg}); it is an optional peer dependency`,
        { backend: `onnx-${requested}` },
      );
    }
  } else ort = requested;
  const native = isNodeRuntime(ort);
  const eps = options.executionProviders ?? (native ? ["cpu"] : ["wasm"]);
  const name = options.name ?? (native && options.executionProviders === undefined ? "onnx-node" : `onnx-${eps[0] ?? "wasm"}`);
  const webgpu = options.webgpuGraphs ?? eps.includes("webgpu");
  // One native intra-op thread: the nearest-neighbour search computes each pair once
  // (row blocks from 512 rows; README, "Speed"): about 9% faster at 512 x 4608 there, while
  // with several threads the single product parallelizes better.
  const singleThread = native && options.numThreads === 1 && !webgpu;
  const emitOptions = { prefix: "g", graphName: name, webgpu, singleThread, ...(options.blockRows !== undefined ? { blockRows: options.blockRows } : {}) };
  if (options.numThreads !== undefined && !native && ort.env.wasm) ort.env.wasm.numThreads = options.numThreads;
  const cache = new SessionCache(options.maxSessions ?? 64);
  let runs = 0;
  let pending: PendingRead[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  // With the WebGPU provider, ONNX Runtime Web writes a tensor copied from the CPU to the GPU
  // at once (queue.writeBuffer), ahead of the GPU kernels it has recorded but not yet
  // submitted; the sequential executor's memory plan may hand such a copy the buffer of a
  // tensor whose last (recorded, not yet run) reader is among those kernels, which then
  // reads the copy instead (README, "WebGPU"). The parallel executor's plan does not reuse
  // buffers that way.
  const sessionOptions = {
    executionProviders: eps,
    graphOptimizationLevel: "all" as const,
    logSeverityLevel: 3 as const,
    ...(native && options.numThreads !== undefined ? { intraOpNumThreads: options.numThreads } : {}),
    ...(eps.includes("webgpu") ? { executionMode: "parallel" as const } : {}),
    // no CPU arena and no memory pattern: both keep the high-water mark of every run (at
    // 10575 x 512 about +150 MB over the tensors alive at any one time), and a loss or
    // statistics run is one pass whose blocks are freed as they go
    ...(eps.includes("webgpu") ? {} : { enableMemPattern: false }),
  };
  const nativeCpu = native && !webgpu && eps[0] === "cpu";
  const compile = (bytes: Uint8Array, cpuArena: boolean): Promise<OrtSession> =>
    ort.InferenceSession.create(bytes, cpuArena ? sessionOptions : { ...sessionOptions, enableCpuMemArena: false }).catch((e: Error) => {
      throw new MMARegError("BACKEND", `ONNX Runtime could not compile the graph: ${e.message}`, { backend: name });
    });

  async function runBatch(batch: PendingRead[]): Promise<void> {
    const tensors = [...new Set(batch.map((p) => p.x))];
    const outputs: GraphOutput[] = tensors.map((tensor, i) => ({ name: `out_${i}`, tensor }));
    const plan = planTrace(outputs);
    // Large inputs on the native CPU provider: smaller row blocks, and no arena for runs
    // that return one value per row (runtime/memoryPlan.ts).
    const rows = Math.max(0, ...plan.leaves.map((l) => (l.shape?.length === 2 ? (l.shape[0] as number) : 0)));
    const memory = runMemoryPlan(nativeCpu, options.blockRows, rows, tensors.map((t) => t.shape));
    const runEmit = memory.blockRows === undefined ? emitOptions : { ...emitOptions, blockRows: memory.blockRows };
    // The key names the graph forms too, so a cache never hands a wasm-form session to WebGPU.
    const key = `${webgpu ? "webgpu" : "default"}|${memory.blockRows ?? ""}|${memory.cpuArena ? "" : "noarena"}|${plan.key}`;
    const session = await cache.get(key, () => compile(encodeModel(emitGraph(plan, outputs, runEmit)), memory.cpuArena));
    const feeds: Record<string, InstanceType<OrtModule["Tensor"]>> = {};
    for (const leaf of plan.leaves) {
      const data = leaf.data;
      if (!data) throw new MMARegError("BACKEND", "a placeholder cannot be read: upload data with tensor()", { backend: name });
      const type = data instanceof BigInt64Array ? "int64" : "float32";
      feeds[plan.inputNames.get(leaf) as string] = new ort.Tensor(type, data, leaf.shape as number[]);
    }
    let result: Record<string, { data: unknown }>;
    try {
      result = (await session.run(feeds)) as Record<string, { data: unknown }>;
      runs++;
    } catch (e) {
      throw new MMARegError("BACKEND", `ONNX Runtime failed to run the graph: ${(e as Error).message}`, { backend: name });
    }
    const values = new Map<TraceTensor, BackendArray>();
    const callerReads = new Set(batch.filter((p) => !p.settleOnly).map((p) => p.x));
    const settleAsked = new Set(batch.filter((p) => p.settleOnly).map((p) => p.x));
    outputs.forEach((o) => {
      const data = (result[o.name] as { data: unknown }).data as Float32Array | BigInt64Array;
      const forCaller = callerReads.has(o.tensor);
      if (data instanceof BigInt64Array) {
        // the caller gets a float64 conversion: the runtime's array is the tensor's own
        if (forCaller) values.set(o.tensor, Float64Array.from(data, Number));
        o.tensor.settle(data);
      } else if (!forCaller) {
        o.tensor.settle(data); // settle only: nobody else holds this array
      } else {
        values.set(o.tensor, data);
        // A tensor read is computed: later graphs feed its value instead of its history,
        // through a copy (a caller writing into the array it got back changes nothing).
        // Large results keep their history instead (no second fresh n x d array per read)
        // unless settle asked for them too.
        if (settleAsked.has(o.tensor) || data.length <= SETTLE_COPY_LIMIT) o.tensor.settle(data.slice());
      }
    });
    for (const p of batch) p.resolve(p.settleOnly ? new Float32Array(0) : (values.get(p.x) as BackendArray));
  }

  function flush(): void {
    const batch = pending;
    if (batch.length === 0) return; // trim() flushed it already
    pending = [];
    // One graph run at a time: ONNX Runtime sessions are not re-entrant.
    queue = queue.then(() => runBatch(batch)).catch((e: unknown) => batch.forEach((p) => p.reject(e)));
  }

  const tracer = createTracingBackend({
    name,
    close: () => cache.clear(),
    pairAngles: !webgpu,
    angleStats: !webgpu,
    read(x) {
      if (x.isLeaf) {
        try {
          return Promise.resolve(leafArray(x));
        } catch (e) {
          return Promise.reject(e);
        }
      }
      return request(x, false);
    },
  });
  function request(x: TraceTensor, settleOnly: boolean): Promise<BackendArray> {
    return new Promise<BackendArray>((resolve, reject) => {
      pending.push({ x, settleOnly, resolve, reject });
      if (pending.length === 1) queueMicrotask(flush);
    });
  }
  return {
    ...tracer,
    async settle(xs) {
      await Promise.all(xs.filter((x) => !x.isLeaf).map((x) => request(x, true)));
    },
    modelFor(named) {
      const outputs = Object.entries(named).map(([n, tensor]) => ({ name: n, tensor }));
      return encodeModel(emitGraph(planTrace(outputs), outputs, emitOptions));
    },
    threads: options.numThreads ?? (native ? undefined : wasmThreads(ort)),
    stats: () => ({ sessions: cache.size, created: cache.misses, runs }),
    trim() {
      // behind the reads already asked for (a session is never released mid-run)
      flush();
      const done = queue.then(() => cache.clear());
      queue = done.catch(() => {});
      return done;
    },
    close: async () => tracer.close(),
  };
}
