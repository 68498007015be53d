var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
import { M as MMARegError, d as defineBackend, b as compensatedSum, B as BINARY_FUNCTIONS, U as UNARY_FUNCTIONS } from "./app.js";
import "vue/server-renderer";
import "vue";
import "./plugin-vue_export-helper.1tPrXgE0.js";
var PAGE = 65536;
var ALIGN = 64;
var Heap = class _Heap {
  constructor(memory, base) {
    __publicField(this, "memory");
    __publicField(this, "top");
    __publicField(this, "free", /* @__PURE__ */ new Map());
    __publicField(this, "buffer");
    /** Views of the whole memory, renewed after every growth. */
    __publicField(this, "f32");
    __publicField(this, "i32");
    __publicField(this, "f64");
    /** Bytes handed out and not yet freed. */
    __publicField(this, "live", 0);
    this.memory = memory;
    this.top = Math.ceil(base / ALIGN) * ALIGN;
    this.buffer = memory.buffer;
    this.renew();
  }
  renew() {
    this.buffer = this.memory.buffer;
    this.f32 = new Float32Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.f64 = new Float64Array(this.buffer);
  }
  /** The views, renewed if the memory grew since they were made. */
  views() {
    if (this.memory.buffer.byteLength !== this.buffer.byteLength) this.renew();
    return this;
  }
  /** Block size actually reserved for a request of `bytes`. */
  static size(bytes) {
    return Math.max(ALIGN, Math.ceil(bytes / ALIGN) * ALIGN);
  }
  /** Reserve `bytes` (contents undefined); returns the byte offset. */
  alloc(bytes) {
    const size = _Heap.size(bytes);
    this.live += size;
    const list = this.free.get(size);
    if (list && list.length > 0) return list.pop();
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
          { backend: "wasm" }
        );
      }
      this.renew();
    }
    this.top = end;
    return ptr;
  }
  /** Return a block from {@link Heap.alloc} of the same `bytes`. */
  release(ptr, bytes) {
    const size = _Heap.size(bytes);
    this.live -= size;
    let list = this.free.get(size);
    if (!list) this.free.set(size, list = []);
    list.push(ptr);
  }
  /** Bytes of memory the module holds (the high-water mark of the allocator). */
  get reserved() {
    return this.memory.buffer.byteLength;
  }
};
var WasmTensor = class {
  constructor(ptr, size, shape, kind) {
    /** Byte offset of the data in the backend's memory. */
    __publicField(this, "ptr");
    /** Number of elements. */
    __publicField(this, "size");
    __publicField(this, "shape");
    /** `index` tensors hold int32 row numbers. */
    __publicField(this, "kind");
    /** Set by `dispose`; using the tensor afterwards is an error. */
    __publicField(this, "disposed", false);
    this.ptr = ptr;
    this.size = size;
    this.shape = shape;
    this.kind = kind;
  }
};
var Context = class {
  constructor(heap, pool, name, minParallelWork) {
    __publicField(this, "heap");
    __publicField(this, "pool");
    __publicField(this, "name");
    /** A 256-byte parameter block for kernel calls (one call at a time). */
    __publicField(this, "params");
    /** 64 bytes of scratch per thread for the Gram micro-kernel. */
    __publicField(this, "scratch");
    __publicField(this, "scopes", []);
    __publicField(this, "registry");
    /** Task lists of the tiled kernels, by `n`. */
    __publicField(this, "tileCache", /* @__PURE__ */ new Map());
    /** Work (about one multiply-add each) below which a kernel runs on the calling thread alone. */
    __publicField(this, "minParallelWork");
    this.minParallelWork = minParallelWork;
    this.heap = heap;
    this.pool = pool;
    this.name = name;
    this.params = heap.alloc(256);
    this.scratch = heap.alloc(64 * pool.threads);
    this.registry = new FinalizationRegistry((h) => heap.release(h.ptr, h.bytes));
  }
  /** Whether a kernel call of `work` multiply-adds is worth waking the workers for. */
  parallel(work) {
    return work >= this.minParallelWork;
  }
  /** A new tensor (contents undefined), owned by the innermost scope. */
  make(size, shape, kind = "float") {
    const bytes = size * 4;
    const t = new WasmTensor(this.heap.alloc(bytes), size, shape, kind);
    const scope = this.scopes[this.scopes.length - 1];
    if (scope) scope.add(t);
    else this.registry.register(t, { ptr: t.ptr, bytes }, t);
    return t;
  }
  /** Free a tensor's memory now. */
  dispose(t) {
    if (t.disposed) return;
    t.disposed = true;
    this.registry.unregister(t);
    this.heap.release(t.ptr, t.size * 4);
    for (const s of this.scopes) s.delete(t);
  }
  /** Run `fn`, then dispose every tensor it made except those in its result. */
  scope(fn) {
    const mine = /* @__PURE__ */ new Set();
    this.scopes.push(mine);
    let result;
    try {
      result = fn();
    } finally {
      this.scopes.pop();
    }
    const keep = /* @__PURE__ */ new Set();
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
  f32(t) {
    this.check(t);
    const o = t.ptr >> 2;
    return this.heap.views().f32.subarray(o, o + t.size);
  }
  /** Int32 view of an index tensor's data, or a rounded copy of a float tensor's. */
  idx(t) {
    this.check(t);
    const o = t.ptr >> 2;
    const v = this.heap.views();
    if (t.kind === "index") return v.i32.subarray(o, o + t.size);
    return Int32Array.from(v.f32.subarray(o, o + t.size), (x) => Math.round(x));
  }
  /** An index tensor in this memory for `t` (itself when it already is one). */
  indexTensor(t) {
    if (t.kind === "index") return t;
    const out = this.make(t.size, t.shape, "index");
    const src = this.f32(t);
    const dst = this.heap.views().i32.subarray(out.ptr >> 2, (out.ptr >> 2) + t.size);
    for (let i = 0; i < t.size; i++) dst[i] = Math.round(src[i]);
    return out;
  }
  check(t) {
    if (!(t instanceof WasmTensor)) throw new MMARegError("BAD_OPTION", "not a tensor of the wasm backend: create it with backend.tensor()", { backend: this.name });
    if (t.disposed) throw new MMARegError("BAD_OPTION", "this tensor was disposed: keep it out of dispose/scope while you use it", { backend: this.name });
  }
  /**
   * The tile-pair task list of the tiled kernels for `n` rows: tiles of `tb` rows (a
   * multiple of 4) and every pair `(I, J)` with `J >= I`, the diagonal tiles first.
   */
  tiles(n) {
    const hit = this.tileCache.get(n);
    if (hit) return hit;
    const want = Math.ceil(n / 8);
    const tb = Math.max(4, Math.min(n > 4096 ? 128 : 64, Math.ceil(want / 4) * 4));
    const T = Math.ceil(n / tb);
    const count = T * (T + 1) / 2;
    const ptr = this.heap.alloc(count * 8);
    const i32 = this.heap.views().i32;
    let k = ptr >> 2;
    for (let gap = T - 1; gap >= 0; gap--) {
      for (let I = 0; I + gap < T; I++) {
        i32[k++] = I;
        i32[k++] = I + gap;
      }
    }
    const entry = { ptr, count, tb };
    if (this.tileCache.size >= 8) {
      const [oldN, old] = this.tileCache.entries().next().value;
      this.heap.release(old.ptr, old.count * 8);
      this.tileCache.delete(oldN);
    }
    this.tileCache.set(n, entry);
    return entry;
  }
};
function collect(x, keep, depth) {
  if (depth > 4 || x === null || typeof x !== "object") return;
  if (x instanceof WasmTensor) {
    keep.add(x);
    return;
  }
  if (Array.isArray(x)) for (const v of x) collect(v, keep, depth + 1);
  else for (const v of Object.values(x)) collect(v, keep, depth + 1);
}
function dims2(x, op) {
  if (x.shape.length !== 2) throw new MMARegError("BAD_SHAPE", `${op} expects a 2-D tensor, got shape [${x.shape.join(", ")}]`, { backend: "wasm" });
  return x.shape;
}
function dims1(x, op) {
  if (x.shape.length !== 1) throw new MMARegError("BAD_SHAPE", `${op} expects a 1-D tensor, got shape [${x.shape.join(", ")}]`, { backend: "wasm" });
  return x.shape[0];
}
var CTL = {
  /** Job generation: bumped (and notified) once per job. */
  GEN: 0,
  /** Next task number to claim (`Atomics.add`). */
  NEXT: 1,
  /** Number of tasks of the current job. */
  NTASKS: 2,
  /** Kernel number (index into {@link KERNELS}). */
  KERNEL: 3,
  /** Byte offset of the job's parameter block. */
  PARAMS: 4,
  /** Workers finished with the current job. */
  DONE: 5,
  /** 1 asks the workers to leave their loop. */
  QUIT: 6,
  /** 1 when a task threw in a worker. */
  ERROR: 7
};
var KERNELS = ["gramTask", "nearestTask", "normalizeTask", "normalizeGradTask", "pairAnglesTask", "pairGradTask", "pairEnergyTask"];
var WORKER_SOURCE = `"use strict";
let nodePort = null;
const post = (m) => (nodePort ? nodePort.postMessage(m) : self.postMessage(m));
function start(msg) {
  const inst = new WebAssembly.Instance(msg.module, { env: { memory: msg.memory } });
  const fns = msg.kernels.map((k) => inst.exports[k]);
  const ctl = new Int32Array(msg.memory.buffer, msg.ctl, 16);
  const tid = msg.tid;
  let seen = Atomics.load(ctl, ${CTL.GEN});
  post({ ready: tid });
  for (;;) {
    Atomics.wait(ctl, ${CTL.GEN}, seen);
    const g = Atomics.load(ctl, ${CTL.GEN});
    if (g === seen) continue;
    seen = g;
    if (Atomics.load(ctl, ${CTL.QUIT}) !== 0) break;
    try {
      const fn = fns[ctl[${CTL.KERNEL}]];
      const p = ctl[${CTL.PARAMS}];
      const nt = ctl[${CTL.NTASKS}];
      for (;;) {
        const t = Atomics.add(ctl, ${CTL.NEXT}, 1);
        if (t >= nt) break;
        fn(p, t, tid);
      }
    } catch (e) {
      Atomics.store(ctl, ${CTL.ERROR}, 1);
    }
    Atomics.add(ctl, ${CTL.DONE}, 1);
    Atomics.notify(ctl, ${CTL.DONE});
  }
  if (nodePort) nodePort.close();
  else self.close();
}
// dynamic import works whether Node runs this string as CommonJS or as a module
if (typeof self === "undefined") import("node:worker_threads").then((wt) => { nodePort = wt.parentPort; nodePort.once("message", start); });
else self.onmessage = (e) => { self.onmessage = null; start(e.data); };
`;
function isNode() {
  var _a, _b;
  const g = globalThis;
  return !!((_b = (_a = g.process) == null ? void 0 : _a.versions) == null ? void 0 : _b.node) && g.window === void 0 && g.importScripts === void 0;
}
async function nodeImport(name) {
  const spec = `node:${name}`;
  return await import(
    /* @vite-ignore */
    spec
  );
}
async function startNodeWorker(msg) {
  const { Worker: Worker2 } = await nodeImport("worker_threads");
  const w = new Worker2(WORKER_SOURCE, { eval: true });
  w.unref();
  await new Promise((resolve, reject) => {
    w.once("message", () => resolve());
    w.once("error", reject);
    w.postMessage(msg);
  });
  return { post: (m) => w.postMessage(m), terminate: () => w.terminate() };
}
async function startBrowserWorker(msg) {
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
  const w = new Worker(url);
  try {
    await new Promise((resolve, reject) => {
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
var Pool = class _Pool {
  constructor(fns, ctl, workers) {
    __publicField(this, "threads");
    __publicField(this, "workers");
    __publicField(this, "fns");
    __publicField(this, "ctl");
    /** The main thread may block in `Atomics.wait` (Node, a browser worker; not a page). */
    __publicField(this, "canBlock");
    __publicField(this, "closed", false);
    this.fns = fns;
    this.ctl = ctl;
    this.workers = workers;
    this.threads = workers.length + 1;
    let canBlock = false;
    if (workers.length > 0) {
      try {
        Atomics.wait(ctl, CTL.ERROR, -1, 0);
        canBlock = true;
      } catch {
        canBlock = false;
      }
    }
    this.canBlock = canBlock;
  }
  /** Start `threads - 1` workers on `module` and `memory` (shared when `threads > 1`). */
  static async create(module, memory, ctlOffset, threads) {
    const inst = await WebAssembly.instantiate(module, { env: { memory } });
    const fns = KERNELS.map((k) => inst.exports[k]);
    const ctl = new Int32Array(memory.buffer, ctlOffset, 16);
    const workers = [];
    if (threads > 1) {
      const start = isNode() ? startNodeWorker : startBrowserWorker;
      const started = await Promise.allSettled(
        Array.from({ length: threads - 1 }, (_, k) => start({ module, memory, ctl: ctlOffset, tid: k + 1, kernels: KERNELS }))
      );
      for (const s of started) if (s.status === "fulfilled") workers.push(s.value);
      const failed = started.find((s) => s.status === "rejected");
      if (failed) {
        await Promise.all(workers.map((w) => w.terminate()));
        throw new MMARegError("BACKEND", `the wasm backend could not start its workers: ${String(failed.reason)}; pass { threads: 1 } to run without them`, {
          backend: "wasm"
        });
      }
    }
    return new _Pool(fns, ctl, workers);
  }
  /**
   * Run tasks `0 .. ntasks - 1` of `kernel` with the parameter block at `params`, on every
   * thread when `parallel` (else on the calling thread alone), and return when all are done.
   */
  run(kernel, params, ntasks, parallel = true) {
    if (this.closed) throw new MMARegError("BACKEND", "the wasm backend was closed: create a new one", { backend: "wasm" });
    const k = KERNELS.indexOf(kernel);
    const fn = this.fns[k];
    if (ntasks <= 0) return;
    if (!parallel || this.workers.length === 0 || ntasks === 1) {
      for (let t = 0; t < ntasks; t++) fn(params, t, 0);
      return;
    }
    const ctl = this.ctl;
    ctl[CTL.KERNEL] = k;
    ctl[CTL.PARAMS] = params;
    ctl[CTL.NTASKS] = ntasks;
    Atomics.store(ctl, CTL.DONE, 0);
    Atomics.store(ctl, CTL.NEXT, 0);
    Atomics.add(ctl, CTL.GEN, 1);
    Atomics.notify(ctl, CTL.GEN);
    for (; ; ) {
      const t = Atomics.add(ctl, CTL.NEXT, 1);
      if (t >= ntasks) break;
      fn(params, t, 0);
    }
    const w = this.workers.length;
    for (; ; ) {
      const done = Atomics.load(ctl, CTL.DONE);
      if (done >= w) break;
      if (this.canBlock) Atomics.wait(ctl, CTL.DONE, done, 1e3);
    }
    if (Atomics.load(ctl, CTL.ERROR) !== 0) {
      Atomics.store(ctl, CTL.ERROR, 0);
      throw new MMARegError("BACKEND", `wasm kernel ${kernel} failed in a worker thread`, { backend: "wasm" });
    }
  }
  /** Stop the workers. Idempotent. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    if (this.workers.length === 0) return;
    Atomics.store(this.ctl, CTL.QUIT, 1);
    Atomics.add(this.ctl, CTL.GEN, 1);
    Atomics.notify(this.ctl, CTL.GEN);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
async function bytesOf(src) {
  var _a;
  if (src instanceof ArrayBuffer || src instanceof Uint8Array) return src;
  const url = src instanceof URL ? src : new URL(src, ((_a = globalThis.location) == null ? void 0 : _a.href) ?? import.meta.url);
  if (url.protocol === "file:" && isNode()) {
    const { readFile } = await nodeImport("fs/promises");
    return readFile(url);
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url.href}`);
  return res.arrayBuffer();
}
async function compileKernels(shared, files = {}) {
  const src = shared ? files.multiThread ?? new URL("../wasm/kernels-mt.wasm", import.meta.url) : files.singleThread ?? new URL("../wasm/kernels-st.wasm", import.meta.url);
  let bytes;
  try {
    bytes = await bytesOf(src);
  } catch (e) {
    throw new MMARegError(
      "BACKEND",
      `the wasm backend could not load its kernels (${String(src)}): ${e.message}; in a clone of the repository run \`pnpm build\`, on a site serve the package's wasm/ folder and pass its URLs as { kernels }`,
      { backend: "wasm" }
    );
  }
  return WebAssembly.compile(bytes);
}
function rowsPerTask(ctx, n) {
  return Math.max(1, Math.ceil(n / (4 * ctx.pool.threads)));
}
function gram(ctx, a) {
  const [n, d] = dims2(a, "gram");
  const out = ctx.make(n * n, [n, n]);
  if (n === 0) return out;
  ctx.check(a);
  const tl = ctx.tiles(n);
  const I = ctx.heap.views().i32;
  const p = ctx.params >> 2;
  I[p] = a.ptr;
  I[p + 1] = n;
  I[p + 2] = d;
  I[p + 3] = tl.tb;
  I[p + 4] = tl.ptr;
  I[p + 5] = out.ptr;
  I[p + 8] = ctx.scratch;
  ctx.pool.run("gramTask", ctx.params, tl.count, ctx.parallel(n * n * d / 2));
  return out;
}
function nearestNeighbors(ctx, unit, rule) {
  const [n, d] = dims2(unit, "nearestNeighbors");
  const value = ctx.make(n, [n]);
  const index = ctx.make(n, [n], "index");
  if (n === 0) return { value, index };
  ctx.check(unit);
  const threads = ctx.pool.threads;
  const bv = ctx.heap.alloc(threads * n * 4);
  const bi = ctx.heap.alloc(threads * n * 4);
  try {
    const tl = ctx.tiles(n);
    const h = ctx.heap.views();
    h.f32.fill(-Infinity, bv >> 2, (bv >> 2) + threads * n);
    h.i32.fill(2147483647, bi >> 2, (bi >> 2) + threads * n);
    const I = h.i32;
    const p = ctx.params >> 2;
    I[p] = unit.ptr;
    I[p + 1] = n;
    I[p + 2] = d;
    I[p + 3] = tl.tb;
    I[p + 4] = tl.ptr;
    I[p + 5] = bv;
    I[p + 6] = bi;
    I[p + 7] = rule === "negate" ? 1 : 0;
    I[p + 8] = ctx.scratch;
    ctx.pool.run("nearestTask", ctx.params, tl.count, ctx.parallel(n * n * d / 2));
    const F = h.f32;
    const vo = value.ptr >> 2;
    const io = index.ptr >> 2;
    for (let i = 0; i < n; i++) {
      let best = F[(bv >> 2) + i];
      let arg = I[(bi >> 2) + i];
      for (let t = 1; t < threads; t++) {
        const v = F[(bv >> 2) + t * n + i];
        const j = I[(bi >> 2) + t * n + i];
        if (v > best || v === best && j < arg) {
          best = v;
          arg = j;
        }
      }
      F[vo + i] = best;
      I[io + i] = arg === 2147483647 ? 0 : arg;
    }
  } finally {
    ctx.heap.release(bv, threads * n * 4);
    ctx.heap.release(bi, threads * n * 4);
  }
  return { value, index };
}
function normalizeRows(ctx, a, eps) {
  const [n, d] = dims2(a, "normalizeRows");
  const unit = ctx.make(n * d, [n, d]);
  const norms = ctx.make(n, [n]);
  if (n === 0) return { unit, norms };
  ctx.check(a);
  const h = ctx.heap.views();
  const p = ctx.params >> 2;
  const rows = rowsPerTask(ctx, n);
  h.i32[p] = n;
  h.i32[p + 1] = d;
  h.i32[p + 2] = rows;
  h.i32[p + 3] = a.ptr;
  h.i32[p + 4] = unit.ptr;
  h.i32[p + 5] = norms.ptr;
  h.f64[ctx.params + 24 >> 3] = eps === null ? -1 : eps;
  ctx.pool.run("normalizeTask", ctx.params, Math.ceil(n / rows), ctx.parallel(n * d * 32));
  return { unit, norms };
}
function normalizeRowsGrad(ctx, g, unit, norms, eps) {
  const [n, d] = dims2(g, "normalizeRowsGrad");
  const out = ctx.make(n * d, [n, d]);
  if (n === 0) return out;
  ctx.check(g);
  ctx.check(unit);
  ctx.check(norms);
  const h = ctx.heap.views();
  const p = ctx.params >> 2;
  const rows = rowsPerTask(ctx, n);
  h.i32[p] = n;
  h.i32[p + 1] = d;
  h.i32[p + 2] = rows;
  h.i32[p + 3] = g.ptr;
  h.i32[p + 4] = unit.ptr;
  h.i32[p + 5] = norms.ptr;
  h.i32[p + 6] = out.ptr;
  h.f64[ctx.params + 32 >> 3] = eps === null ? -1 : eps;
  ctx.pool.run("normalizeGradTask", ctx.params, Math.ceil(n / rows), ctx.parallel(n * d * 32));
  return out;
}
function pairAngles(ctx, unit, index) {
  const [n, d] = dims2(unit, "pairAngles");
  const m = dims1(index, "pairAngles");
  if (m !== n) throw new MMARegError("BAD_SHAPE", `pairAngles: ${m} indices for ${n} rows`, { backend: "wasm" });
  const theta = ctx.make(n, [n]);
  const grad = ctx.make(n * d, [n, d]);
  if (n === 0) return { theta, grad };
  const idx = ctx.indexTensor(index);
  const hs = ctx.heap.alloc(n * 8);
  const r1 = ctx.heap.alloc(n * 8);
  const r2 = ctx.heap.alloc(n * 8);
  const start = ctx.heap.alloc((n + 1) * 4);
  const list = ctx.heap.alloc(n * 4);
  const scratch = ctx.heap.alloc(ctx.pool.threads * d * 8);
  try {
    const h = ctx.heap.views();
    const I = h.i32;
    const ix = idx.ptr >> 2;
    const s0 = start >> 2;
    I.fill(0, s0, s0 + n + 1);
    for (let i = 0; i < n; i++) {
      const j = I[ix + i];
      if (!(j >= 0 && j < n)) throw new MMARegError("BAD_SHAPE", `pairAngles: index ${j} of row ${i} is not a row of [${n}, ${d}]`, { backend: "wasm", row: i });
      I[s0 + j + 1]++;
    }
    for (let j = 0; j < n; j++) I[s0 + j + 1] = I[s0 + j + 1] + I[s0 + j];
    const fill = Int32Array.from(I.subarray(s0, s0 + n));
    for (let i = 0; i < n; i++) {
      const j = I[ix + i];
      I[(list >> 2) + fill[j]++] = i;
    }
    const rows = rowsPerTask(ctx, n);
    const tasks = Math.ceil(n / rows);
    const parallel = ctx.parallel(n * d * 32);
    const p = ctx.params >> 2;
    I[p] = n;
    I[p + 1] = d;
    I[p + 2] = rows;
    I[p + 3] = unit.ptr;
    I[p + 4] = idx.ptr;
    I[p + 5] = theta.ptr;
    I[p + 6] = hs;
    I[p + 7] = r1;
    I[p + 8] = r2;
    ctx.pool.run("pairAnglesTask", ctx.params, tasks, parallel);
    I[p + 3] = unit.ptr;
    I[p + 4] = idx.ptr;
    I[p + 5] = hs;
    I[p + 6] = r1;
    I[p + 7] = r2;
    I[p + 8] = start;
    I[p + 9] = list;
    I[p + 10] = grad.ptr;
    I[p + 11] = scratch;
    ctx.pool.run("pairGradTask", ctx.params, tasks, parallel);
  } finally {
    if (idx !== index) ctx.dispose(idx);
    ctx.heap.release(hs, n * 8);
    ctx.heap.release(r1, n * 8);
    ctx.heap.release(r2, n * 8);
    ctx.heap.release(start, (n + 1) * 4);
    ctx.heap.release(list, n * 4);
    ctx.heap.release(scratch, ctx.pool.threads * d * 8);
  }
  return { theta, grad };
}
function pairEnergy(ctx, unit, kernel) {
  const [n, d] = dims2(unit, "pairEnergy");
  const energy = ctx.make(1, []);
  const grad = ctx.make(n * d, [n, d]);
  const rowE = ctx.heap.alloc(Math.max(1, n) * 8);
  const scratch = ctx.heap.alloc(ctx.pool.threads * d * 8);
  try {
    ctx.check(unit);
    const h = ctx.heap.views();
    const p = ctx.params >> 2;
    const rows = Math.max(1, Math.floor(n / (8 * ctx.pool.threads)));
    h.i32[p] = n;
    h.i32[p + 1] = d;
    h.i32[p + 2] = rows;
    h.i32[p + 3] = unit.ptr;
    h.i32[p + 4] = rowE;
    h.i32[p + 5] = grad.ptr;
    h.i32[p + 6] = kernel.halfSpace ? 1 : 0;
    h.i32[p + 7] = scratch;
    h.f64[ctx.params + 32 >> 3] = kernel.s;
    ctx.pool.run("pairEnergyTask", ctx.params, Math.ceil(n / rows), ctx.parallel(n * n * d));
    h.f32[energy.ptr >> 2] = compensatedSum(h.f64.subarray(rowE >> 3, (rowE >> 3) + n));
  } finally {
    ctx.heap.release(rowE, Math.max(1, n) * 8);
    ctx.heap.release(scratch, ctx.pool.threads * d * 8);
  }
  return { energy, grad };
}
function values(ctx, t) {
  ctx.check(t);
  return t.kind === "index" ? ctx.idx(t) : ctx.f32(t);
}
function unary(ctx, op, a) {
  const f = UNARY_FUNCTIONS[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: ctx.name });
  const out = ctx.make(a.size, a.shape);
  const x = values(ctx, a);
  const y = ctx.f32(out);
  if (op === "neg") for (let i = 0; i < y.length; i++) y[i] = -x[i];
  else for (let i = 0; i < y.length; i++) y[i] = f(x[i]);
  return out;
}
function binary(ctx, op, a, b) {
  const f = BINARY_FUNCTIONS[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}`, { backend: ctx.name });
  const out = ctx.make(a.size, a.shape);
  const x = values(ctx, a);
  const o = ctx.f32(out);
  if (typeof b === "number" || b.shape.length === 0 && a.shape.length > 0) {
    const y2 = typeof b === "number" ? b : values(ctx, b)[0];
    if (op === "mul") for (let i = 0; i < o.length; i++) o[i] = x[i] * y2;
    else for (let i = 0; i < o.length; i++) o[i] = f(x[i], y2);
    return out;
  }
  const y = values(ctx, b);
  if (b.size === a.size) {
    for (let i = 0; i < o.length; i++) o[i] = f(x[i], y[i]);
    return out;
  }
  if (a.shape.length === 2 && b.shape.length === 1 && b.shape[0] === a.shape[0]) {
    const [n, d] = a.shape;
    for (let i = 0; i < n; i++) {
      const yi = y[i];
      for (let k = 0; k < d; k++) o[i * d + k] = f(x[i * d + k], yi);
    }
    return out;
  }
  ctx.dispose(out);
  throw new MMARegError("BAD_SHAPE", `binary ${op}: cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`, { backend: ctx.name });
}
function matmul(ctx, a, b) {
  const [n, k] = dims2(a, "matmul");
  const [k2, m] = dims2(b, "matmul");
  if (k !== k2) throw new MMARegError("BAD_SHAPE", `matmul: inner sizes differ (${k} vs ${k2})`, { backend: ctx.name });
  const out = ctx.make(n * m, [n, m]);
  const av = ctx.f32(a);
  const bv = ctx.f32(b);
  const o = ctx.f32(out);
  const acc = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    for (let p = 0; p < k; p++) {
      const s = av[i * k + p];
      if (s === 0) continue;
      const off = p * m;
      for (let j = 0; j < m; j++) acc[j] = acc[j] + s * bv[off + j];
    }
    o.set(acc, i * m);
  }
  return out;
}
function sqDist(ctx, a, b) {
  const [n, d] = dims2(a, "sqDist");
  const [m, d2] = dims2(b, "sqDist");
  if (d !== d2) throw new MMARegError("BAD_SHAPE", `sqDist: row lengths differ (${d} vs ${d2})`, { backend: ctx.name });
  const out = ctx.make(n * m, [n, m]);
  const av = ctx.f32(a);
  const bv = ctx.f32(b);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) {
        const t = av[i * d + k] - bv[j * d + k];
        s += t * t;
      }
      o[i * m + j] = s;
    }
  }
  return out;
}
function rowDot(ctx, a, b) {
  const [n, d] = dims2(a, "rowDot");
  const [n2, d2] = dims2(b, "rowDot");
  if (n !== n2 || d !== d2) throw new MMARegError("BAD_SHAPE", `rowDot: shapes differ ([${n}, ${d}] vs [${n2}, ${d2}])`, { backend: ctx.name });
  const out = ctx.make(n, [n]);
  const x = ctx.f32(a);
  const y = ctx.f32(b);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += x[i * d + k] * y[i * d + k];
    o[i] = s;
  }
  return out;
}
function rowMax(ctx, c, rule) {
  const [n] = dims2(c, "rowMax");
  const value = ctx.make(n, [n]);
  const index = ctx.make(n, [n], "index");
  const x = ctx.f32(c);
  const v = ctx.f32(value);
  const ix = ctx.idx(index);
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = -1;
    for (let j = 0; j < n; j++) {
      let e = x[i * n + j];
      if (j === i) {
        if (rule === "exclude") continue;
        e = -e;
      }
      if (e > best || arg < 0) {
        best = e;
        arg = j;
      }
    }
    v[i] = best;
    ix[i] = arg < 0 ? 0 : arg;
  }
  return { value, index };
}
function checkIndex(ctx, ix, rows, op) {
  for (let i = 0; i < ix.length; i++) {
    const j = ix[i];
    if (!(j >= 0 && j < rows)) throw new MMARegError("BAD_SHAPE", `${op}: index ${j} at position ${i} is not a row number below ${rows}`, { backend: ctx.name });
  }
}
function gatherRows(ctx, a, index) {
  const [m, d] = dims2(a, "gatherRows");
  const n = dims1(index, "gatherRows");
  const out = ctx.make(n * d, [n, d]);
  const ix = ctx.idx(index);
  checkIndex(ctx, ix, m, "gatherRows");
  const src = ctx.f32(a);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) {
    const j = ix[i];
    o.set(src.subarray(j * d, j * d + d), i * d);
  }
  return out;
}
function scatterAddRows(ctx, a, index, rows) {
  const [n, d] = dims2(a, "scatterAddRows");
  if (dims1(index, "scatterAddRows") !== n) throw new MMARegError("BAD_SHAPE", `scatterAddRows: ${index.size} indices for ${n} rows`, { backend: ctx.name });
  const out = ctx.make(rows * d, [rows, d]);
  const ix = ctx.idx(index);
  checkIndex(ctx, ix, rows, "scatterAddRows");
  const src = ctx.f32(a);
  const acc = new Float64Array(rows * d);
  for (let i = 0; i < n; i++) {
    const o = ix[i] * d;
    for (let k = 0; k < d; k++) acc[o + k] = acc[o + k] + src[i * d + k];
  }
  ctx.f32(out).set(acc);
  return out;
}
function selfMask(ctx, index) {
  const n = dims1(index, "selfMask");
  const out = ctx.make(n, [n]);
  const ix = ctx.idx(index);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) o[i] = ix[i] === i ? 1 : 0;
  return out;
}
function rowSum(ctx, a) {
  const [n, d] = dims2(a, "rowSum");
  const out = ctx.make(n, [n]);
  const x = ctx.f32(a);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) o[i] = compensatedSum(x.subarray(i * d, i * d + d));
  return out;
}
function sum(ctx, a) {
  const out = ctx.make(1, []);
  const x = values(ctx, a);
  ctx.f32(out)[0] = compensatedSum(x);
  return out;
}
function addDiagonal(ctx, a, value) {
  const [n, m] = dims2(a, "addDiagonal");
  const out = ctx.make(n * m, [n, m]);
  const o = ctx.f32(out);
  o.set(ctx.f32(a));
  for (let i = 0; i < Math.min(n, m); i++) o[i * m + i] = o[i * m + i] + value;
  return out;
}
function fillDiagonal(ctx, a, value) {
  const [n, m] = dims2(a, "fillDiagonal");
  const out = ctx.make(n * m, [n, m]);
  const o = ctx.f32(out);
  o.set(ctx.f32(a));
  for (let i = 0; i < Math.min(n, m); i++) o[i * m + i] = value;
  return out;
}
async function defaultThreads() {
  if (isNode()) {
    const os = await nodeImport("os");
    return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length || 1;
  }
  const nav = globalThis.navigator;
  return Math.max(1, (nav == null ? void 0 : nav.hardwareConcurrency) ?? 1);
}
function sharedMemoryUnavailable() {
  const g = globalThis;
  if (typeof g.SharedArrayBuffer !== "function" || typeof g.Atomics !== "object") {
    return "SharedArrayBuffer is not available: serve the page with the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp";
  }
  if (g.crossOriginIsolated === false) {
    return "the page is not cross-origin isolated: serve it with the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp";
  }
  return void 0;
}
var INITIAL_PAGES = 32;
var MAX_PAGES = 65536;
async function createWasmBackend(options = {}) {
  const dtype = options.dtype ?? "float32";
  if (dtype !== "float32") {
    throw new MMARegError(
      "BAD_OPTION",
      `the wasm backend computes in float32 only, got dtype ${JSON.stringify(dtype)}: use @mmareg/cpu (createCpuBackend({ dtype: "float64" })) for float64`,
      { backend: "wasm" }
    );
  }
  const asked = options.threads ?? await defaultThreads();
  if (!Number.isInteger(asked) || asked < 1 || asked > 256) {
    throw new MMARegError("BAD_OPTION", `threads must be an integer from 1 to 256, got ${String(options.threads)}`, { backend: "wasm" });
  }
  let fallbackReason;
  let threads = asked;
  if (threads > 1) {
    fallbackReason = sharedMemoryUnavailable();
    if (fallbackReason) threads = 1;
  }
  const shared = threads > 1;
  const module = await compileKernels(shared, options.kernels);
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: MAX_PAGES, shared });
  const probe = await WebAssembly.instantiate(module, { env: { memory } });
  const base = probe.exports.heapBase();
  const ctlOffset = Math.ceil(base / 64) * 64;
  const heap = new Heap(memory, ctlOffset + 64);
  const pool = await Pool.create(module, memory, ctlOffset, threads);
  const ctx = new Context(heap, pool, "wasm", options.minParallelWork ?? 2 ** 21);
  return makeBackend(ctx, fallbackReason);
}
function makeBackend(ctx, fallbackReason) {
  const readSync = (x) => {
    ctx.check(x);
    return x.kind === "index" ? Float64Array.from(ctx.idx(x)) : ctx.f32(x).slice();
  };
  const ops = {
    normalizeRows: (a, eps) => normalizeRows(ctx, a, eps),
    normalizeRowsGrad: (g, unit, norms, eps) => normalizeRowsGrad(ctx, g, unit, norms, eps),
    gram: (a) => gram(ctx, a),
    matmul: (a, b) => matmul(ctx, a, b),
    sqDist: (a, b) => sqDist(ctx, a, b),
    rowDot: (a, b) => rowDot(ctx, a, b),
    rowMax: (c, rule) => rowMax(ctx, c, rule),
    gatherRows: (a, index) => gatherRows(ctx, a, index),
    scatterAddRows: (a, index, rows) => scatterAddRows(ctx, a, index, rows),
    selfMask: (index) => selfMask(ctx, index),
    unary: (op, a) => unary(ctx, op, a),
    binary: (op, a, b) => binary(ctx, op, a, b),
    rowSum: (a) => rowSum(ctx, a),
    sum: (a) => sum(ctx, a),
    addDiagonal: (a, v) => addDiagonal(ctx, a, v),
    fillDiagonal: (a, v) => fillDiagonal(ctx, a, v),
    nearestNeighbors: (unit, rule) => nearestNeighbors(ctx, unit, rule),
    pairAngles: (unit, index) => pairAngles(ctx, unit, index),
    pairEnergy: (unit, kernel) => pairEnergy(ctx, unit, kernel)
  };
  const backend = defineBackend({
    name: "wasm",
    dtype: "float32",
    ops,
    tensor(data, shape, kind = "float") {
      const size = shape.reduce((p, s) => p * s, 1);
      const t = ctx.make(size, [...shape], kind);
      if (kind === "index") {
        const v = ctx.idx(t);
        for (let i = 0; i < size; i++) v[i] = data[i];
      } else {
        const v = ctx.f32(t);
        if (data instanceof Float32Array || data instanceof Float64Array || Array.isArray(data)) v.set(data);
        else for (let i = 0; i < size; i++) v[i] = data[i];
      }
      return t;
    },
    shape: (x) => x.shape,
    read: (x) => Promise.resolve(readSync(x)),
    readSync,
    dispose: (x) => ctx.dispose(x),
    scope: (fn) => ctx.scope(fn),
    close: () => ctx.pool.close()
  });
  return Object.assign(backend, {
    threads: ctx.pool.threads,
    fallbackReason,
    memoryBytes: () => ctx.heap.reserved
  });
}
export {
  createWasmBackend,
  defaultThreads,
  sharedMemoryUnavailable
};
