import { compensatedSum } from "@mmareg/core/internal";
import { MMARegError, type AngleStats, type DiagonalRule, type PairAngles, type PairEnergy, type PairKernel, type RowMax, type NormalizedRows } from "@mmareg/core";
import { dims1, dims2, type Context, WasmTensor } from "../context.js";
import { Heap } from "../runtime/heap.js";

// The ops that run in WebAssembly. Each writes its parameter block (layouts in
// assembly/kernels.ts), then runs its kernel's tasks on the pool. Outputs are allocated
// before any view of the memory is taken (an allocation may grow the memory).


/**
 * Fill the call's parameter block (layouts in assembly/kernels.ts): `words[k]` as the i32
 * at byte offset `4 k`, then, when `f64At >= 0`, `f64` as the float64 at byte offset
 * `f64At` (after the words, so it may lie over unused ones). Returns the block's offset
 * for `pool.run`.
 */
function writeParams(ctx: Context, words: readonly number[], f64At = -1, f64 = 0): number {
  const h = ctx.heap.views();
  const I = h.i32;
  const p = ctx.params >> 2;
  for (let k = 0; k < words.length; k++) I[p + k] = words[k] as number;
  if (f64At >= 0) h.f64[(ctx.params + f64At) >> 3] = f64;
  return ctx.params;
}

/** Rows per task of a row kernel: about four tasks per thread. */
function rowsPerTask(ctx: Context, n: number): number {
  return Math.max(1, Math.ceil(n / (4 * ctx.pool.threads)));
}

/** `[n, n]` `U Uᵀ` by the tiled SIMD kernel (each dot product once, written to both halves). */
export function gram(ctx: Context, a: WasmTensor): WasmTensor {
  const [n, d] = dims2(a, "gram");
  const out = ctx.make(n * n, [n, n]);
  if (n === 0) return out;
  ctx.check(a);
  const tl = ctx.tiles(n);
  const params = writeParams(ctx, [a.ptr, n, d, tl.tb, tl.ptr, out.ptr, 0, 0, ctx.scratch]);
  ctx.pool.run("gramTask", params, tl.count, ctx.parallel((n * n * d) / 2));
  return out;
}

/**
 * The fused search over `n` unit rows at byte offset `unit` (rule "negate" when `negate`),
 * its per-thread maxima merged into `valuePtr` (f32, 0: not wanted) and `indexPtr` (i32).
 * With `invPtr` (float64 `1 / |w_i|`) the rows are raw and each pair's value is its cosine
 * `f32(f64(w_i . w_j) * (inv_i * inv_j))`.
 */
function search(ctx: Context, unit: number, n: number, d: number, negate: number, valuePtr: number, indexPtr: number, diagPtr = 0, invPtr = 0): void {
  const threads = ctx.pool.threads;
  const part = Heap.size(threads * n * 4);
  const bv = ctx.heap.alloc(2 * part);
  const bi = bv + part;
  try {
    const tl = ctx.tiles(n);
    const h = ctx.heap.views();
    h.f32.fill(-Infinity, bv >> 2, (bv >> 2) + threads * n);
    h.i32.fill(0x7fffffff, bi >> 2, (bi >> 2) + threads * n);
    const params = writeParams(ctx, [unit, n, d, tl.tb, tl.ptr, bv, bi, negate, ctx.scratch, diagPtr, 0, 0, 0, 0, invPtr]);
    ctx.pool.run("nearestTask", params, tl.count, ctx.parallel((n * n * d) / 2));
    mergeMaxima(ctx, n, bv, bi, valuePtr, indexPtr);
  } finally {
    ctx.heap.release(bv, 2 * part);
  }
}

/** Fused `rowMax(gram(unit), rule)`: the same dot products, reduced to a row max per thread, merged. */
export function nearestNeighbors(ctx: Context, unit: WasmTensor, rule: DiagonalRule): RowMax<WasmTensor> {
  const [n, d] = dims2(unit, "nearestNeighbors");
  const value = ctx.make(n, [n]);
  const index = ctx.make(n, [n], "index");
  if (n === 0) return { value, index };
  ctx.check(unit);
  search(ctx, unit.ptr, n, d, rule === "negate" ? 1 : 0, value.ptr, index.ptr);
  return { value, index };
}

/**
 * Fused angle statistics (`angleStats`): the nearest other row of each unit row, as
 * `nearestNeighbors(unit, "exclude")`, and per row the number of other rows with
 * `cos > threshold` (`|cos|` with `absolute`), in the same tiled symmetric pass (the
 * kernel `statsTask`): each pair above the threshold counts for both of its rows. The
 * per-thread counts are integers, so their sum does not depend on the thread count.
 */
export function angleStats(ctx: Context, unit: WasmTensor, threshold: number, absolute: boolean): AngleStats<WasmTensor> {
  const [n, d] = dims2(unit, "angleStats");
  const value = ctx.make(n, [n]);
  const index = ctx.make(n, [n], "index");
  const above = ctx.make(n, [n]);
  if (n === 0) return { value, index, above };
  ctx.check(unit);
  const threads = ctx.pool.threads;
  const bytes = threads * n * 4;
  const bv = ctx.heap.alloc(bytes);
  const bi = ctx.heap.alloc(bytes);
  const cnt = ctx.heap.alloc(bytes);
  try {
    const tl = ctx.tiles(n);
    const h = ctx.heap.views();
    h.f32.fill(-Infinity, bv >> 2, (bv >> 2) + threads * n);
    h.i32.fill(0x7fffffff, bi >> 2, (bi >> 2) + threads * n);
    h.i32.fill(0, cnt >> 2, (cnt >> 2) + threads * n);
    const params = writeParams(ctx, [unit.ptr, n, d, tl.tb, tl.ptr, bv, bi, 0, ctx.scratch, 0, cnt, absolute ? 1 : 0], 48, threshold);
    ctx.pool.run("statsTask", params, tl.count, ctx.parallel((n * n * d) / 2));
    mergeMaxima(ctx, n, bv, bi, value.ptr, index.ptr);
    const F = h.f32;
    const I = h.i32;
    const ao = above.ptr >> 2;
    for (let i = 0; i < n; i++) {
      let c = 0;
      for (let t = 0; t < threads; t++) c += I[(cnt >> 2) + t * n + i] as number;
      F[ao + i] = c;
    }
  } finally {
    ctx.heap.release(bv, bytes);
    ctx.heap.release(bi, bytes);
    ctx.heap.release(cnt, bytes);
  }
  return { value, index, above };
}

/** Merge the threads' running maxima: larger value, then lower index (a total order: any merge order gives the same). */
function mergeMaxima(ctx: Context, n: number, bv: number, bi: number, valuePtr: number, indexPtr: number): void {
  const threads = ctx.pool.threads;
  const h = ctx.heap.views();
  const F = h.f32;
  const I = h.i32;
  const vo = valuePtr >> 2;
  const io = indexPtr >> 2;
  for (let i = 0; i < n; i++) {
    let best = F[(bv >> 2) + i] as number;
    let arg = I[(bi >> 2) + i] as number;
    for (let t = 1; t < threads; t++) {
      const v = F[(bv >> 2) + t * n + i] as number;
      const j = I[(bi >> 2) + t * n + i] as number;
      if (v > best || (v === best && j < arg)) {
        best = v;
        arg = j;
      }
    }
    if (valuePtr !== 0) F[vo + i] = best;
    I[io + i] = arg === 0x7fffffff ? 0 : arg;
  }
}

/** Elements per task of the scale kernel. */
const SCALE_CHUNK = 1 << 15;

/**
 * `a * c` for a float tensor and a number, by the kernel `scaleTask` (float64 product,
 * rounded once: the same bits as the JavaScript loop).
 */
export function scale(ctx: Context, a: WasmTensor, c: number): WasmTensor {
  const out = ctx.make(a.size, a.shape);
  if (a.size === 0) return out;
  ctx.check(a);
  const params = writeParams(ctx, [a.size, SCALE_CHUNK, 0, a.ptr, out.ptr], 24, c);
  ctx.pool.run("scaleTask", params, Math.ceil(a.size / SCALE_CHUNK), ctx.parallel(a.size * 32));
  return out;
}

/** Row normalization in float64 (the kernel `normalizeTask`). */
export function normalizeRows(ctx: Context, a: WasmTensor, eps: number | null): NormalizedRows<WasmTensor> {
  const [n, d] = dims2(a, "normalizeRows");
  const unit = ctx.make(n * d, [n, d]);
  const norms = ctx.make(n, [n]);
  if (n === 0) return { unit, norms };
  ctx.check(a);
  const rows = rowsPerTask(ctx, n);
  const params = writeParams(ctx, [n, d, rows, a.ptr, unit.ptr, norms.ptr, 0, 0, 0, 0], 24, eps === null ? -1 : eps);
  ctx.pool.run("normalizeTask", params, Math.ceil(n / rows), ctx.parallel(n * d * 32));
  return { unit, norms };
}

/** Backward of {@link normalizeRows} (the kernel `normalizeGradTask`). */
export function normalizeRowsGrad(ctx: Context, g: WasmTensor, unit: WasmTensor, norms: WasmTensor, eps: number | null): WasmTensor {
  const [n, d] = dims2(g, "normalizeRowsGrad");
  const out = ctx.make(n * d, [n, d]);
  if (n === 0) return out;
  ctx.check(g);
  ctx.check(unit);
  ctx.check(norms);
  const rows = rowsPerTask(ctx, n);
  const params = writeParams(ctx, [n, d, rows, g.ptr, unit.ptr, norms.ptr, out.ptr], 32, eps === null ? -1 : eps);
  ctx.pool.run("normalizeGradTask", params, Math.ceil(n / rows), ctx.parallel(n * d * 32));
  return out;
}

/**
 * The CSR list of the inverse of `index` (the rows `i` with `index[i] == j`, ascending `i`,
 * at `list[start[j] .. start[j+1]]`), written to `start` (`n + 1` i32) and `list` (`n`
 * i32); a row number outside `0 .. n-1` is a typed error.
 */
function inverseIndex(ctx: Context, idx: WasmTensor, n: number, d: number, start: number, list: number): void {
  const I = ctx.heap.views().i32;
  const ix = idx.ptr >> 2;
  const s0 = start >> 2;
  I.fill(0, s0, s0 + n + 1);
  for (let i = 0; i < n; i++) {
    const j = I[ix + i] as number;
    if (!(j >= 0 && j < n)) throw new MMARegError("BAD_SHAPE", `pairAngles: index ${j} of row ${i} is not a row of [${n}, ${d}]`, { backend: "wasm", row: i });
    I[s0 + j + 1]++;
  }
  for (let j = 0; j < n; j++) I[s0 + j + 1] = (I[s0 + j + 1] as number) + (I[s0 + j] as number);
  // fill from the end: row i goes to the last free slot of its partner, so walking i
  // downwards leaves each list ascending (start[] is shifted by one and restored below)
  for (let i = n - 1; i >= 0; i--) {
    const j = I[ix + i] as number;
    const at = --I[s0 + j + 1];
    I[(list >> 2) + (at as number)] = i;
  }
  // now start[j + 1] holds the old start[j]: shift back
  for (let j = 0; j < n; j++) I[s0 + j] = I[s0 + j + 1] as number;
  I[s0 + n] = n;
}

/**
 * The two pair-angle passes: per row its angle and two scalars (`pairAnglesTask`), then
 * per row its gradient (`pairGradTask`), with the normalization's backward pass and the
 * scale `c` fused in when `norms64` is a pointer (0: the plain gradient of the angles).
 */
function runPairAngles(ctx: Context, unit: number, idx: WasmTensor, n: number, d: number, theta: number, grad: number, norms64: number, c: number, dots = 0, diag = 0): void {
  // one scratch block: h and r per row, m . u_i, m . u_j and |u_i|^2 per row (for the
  // fused backward pass), the inverse list's starts and rows
  const f64s = Heap.size(n * 8);
  const bytes = 5 * f64s + Heap.size((n + 1) * 4) + Heap.size(n * 4);
  const hs = ctx.heap.alloc(bytes);
  const rs = hs + f64s;
  const sums = rs + f64s;
  const start = sums + 3 * f64s;
  const list = start + Heap.size((n + 1) * 4);
  try {
    inverseIndex(ctx, idx, n, d, start, list);
    const rows = rowsPerTask(ctx, n);
    const tasks = Math.ceil(n / rows);
    const parallel = ctx.parallel(n * d * 32);
    // pass 1's m . u_i, m . u_j, |u_i|^2 go to sums (read by pass 2 with norms64 only)
    const [mx, my, xx] = [sums, sums + f64s, sums + 2 * f64s];
    let params = writeParams(ctx, [n, d, rows, unit, idx.ptr, theta, hs, rs, norms64 ? mx : 0, my, xx, dots, diag]);
    ctx.pool.run("pairAnglesTask", params, tasks, parallel);
    params = writeParams(ctx, [n, d, rows, unit, idx.ptr, hs, rs, start, list, grad, norms64, mx, 0, 0, my, xx], 48, c);
    ctx.pool.run("pairGradTask", params, tasks, parallel);
  } finally {
    ctx.heap.release(hs, bytes);
  }
}

/**
 * Fused pair angles and their gradient in two passes: per row its angle and two
 * scalars; then per row the gradient, the rows pointing at it taken from a CSR list in
 * ascending order (so no two threads write one row, and each sum has one order).
 */
export function pairAngles(ctx: Context, unit: WasmTensor, index: WasmTensor): PairAngles<WasmTensor> {
  const [n, d] = dims2(unit, "pairAngles");
  const m = dims1(index, "pairAngles");
  if (m !== n) throw new MMARegError("BAD_SHAPE", `pairAngles: ${m} indices for ${n} rows`, { backend: "wasm" });
  const theta = ctx.make(n, [n]);
  const grad = ctx.make(n * d, [n, d]);
  if (n === 0) return { theta, grad };
  ctx.check(unit);
  const idx = ctx.indexTensor(index);
  try {
    runPairAngles(ctx, unit.ptr, idx, n, d, theta.ptr, grad.ptr, 0, 1);
  } finally {
    if (idx !== index) ctx.dispose(idx);
  }
  return { theta, grad };
}

/**
 * Fused exact-mode MMA loss and gradient of raw rows `w` in one call (the contract's
 * `mmaExact`): the float64-norm normalization, the nearest-neighbour search (or the
 * given partners), the pair angles, and their gradient with the scale `-1/n` and the
 * normalization's backward pass fused into its last pass. Scratch (the unit rows, the
 * norms, the search's per-thread maxima) lives only during the call; the loss is summed
 * as `sum` sums (compensated, rounded to float32) and scaled as `binary("mul")` does.
 */
export function mmaExact(ctx: Context, w: WasmTensor, given: WasmTensor | null): { loss: WasmTensor; grad: WasmTensor; index: WasmTensor } {
  const [n, d] = dims2(w, "mmaExact");
  if (given !== null) {
    const m = dims1(given, "mmaExact");
    if (m !== n) throw new MMARegError("BAD_SHAPE", `mmaExact: ${m} indices for ${n} rows`, { backend: "wasm" });
  }
  ctx.check(w);
  const loss = ctx.make(1, []);
  const grad = ctx.make(n * d, [n, d]);
  const index = ctx.make(n, [n], "index");
  const h0 = ctx.heap.views();
  h0.f32[loss.ptr >> 2] = 0;
  if (n < 2) {
    h0.f32.fill(0, grad.ptr >> 2, (grad.ptr >> 2) + n * d);
    h0.i32.fill(0, index.ptr >> 2, (index.ptr >> 2) + n);
    if (given !== null && n === 1) h0.i32[index.ptr >> 2] = ctx.idx(given)[0] as number;
    return { loss, grad, index };
  }
  // rows of at most FAST_MAX_D floats take the path without unit rows when it applies;
  // otherwise (or when it did not apply: its search's partners are kept) the unit rows
  let indexKnown = false;
  if (d <= FAST_MAX_D) {
    const raw = mmaExactRaw(ctx, w, given, n, d, loss, grad, index);
    if (raw === "done") return { loss, grad, index };
    indexKnown = raw === "index";
  }
  // one scratch block: the unit rows, their float64 norms, the angles, the chosen pairs'
  // dot products and the rows' squared lengths (for pass 1's shortcut)
  const unitBytes = Heap.size(n * d * 4);
  const f32s = Heap.size(n * 4);
  const bytes = unitBytes + Heap.size(n * 8) + 3 * f32s;
  const unit = ctx.heap.alloc(bytes);
  const norms64 = unit + unitBytes;
  const theta = norms64 + Heap.size(n * 8);
  const fast = d <= FAST_MAX_D;
  const dots = fast ? theta + f32s : 0;
  const diag = fast ? dots + f32s : 0;
  try {
    const rows = rowsPerTask(ctx, n);
    const params = writeParams(ctx, [n, d, rows, w.ptr, unit, 0, 0, 0, norms64, 0], 24, -1);
    ctx.pool.run("normalizeTask", params, Math.ceil(n / rows), ctx.parallel(n * d * 32));
    if (given === null && !indexKnown) {
      search(ctx, unit, n, d, 0, dots, index.ptr, diag);
    } else {
      if (!indexKnown) ctx.heap.views().i32.set(ctx.idx(given as WasmTensor), index.ptr >> 2);
      if (fast) {
        checkIndex(ctx, index, n, d);
        writeParams(ctx, [n, d, rows, unit, index.ptr, dots, diag, 0]);
        ctx.pool.run("pairDotsTask", params, Math.ceil(n / rows), ctx.parallel(n * d * 32));
      }
    }
    runPairAngles(ctx, unit, index, n, d, theta, grad.ptr, norms64, -1 / n, dots, diag);
    const F = ctx.heap.views().f32;
    const total = Math.fround(compensatedSum(F.subarray(theta >> 2, (theta >> 2) + n)));
    F[loss.ptr >> 2] = total * (-1 / n);
  } finally {
    ctx.heap.release(unit, bytes);
  }
  return { loss, grad, index };
}

/** Row norms the path without unit rows accepts (f32 dot products of raw rows stay far from overflow and underflow). */
const RAW_NORM_MIN = 2 ** -40;
const RAW_NORM_MAX = 2 ** 40;

/**
 * The fused MMA op without unit rows (rows of at most {@link FAST_MAX_D} floats, norms
 * within [2^-40, 2^40]): the float64 norms of the raw rows, the search on the raw rows with
 * each pair's cosine `f32(f64(w_i . w_j) * (1 / |w_i|) * (1 / |w_j|))` (or those of the
 * given partners), then, when every chosen pair has `|cos| <= 0.5`, pass 1 from those
 * cosines and pass 2 as a combination of raw rows (`pairGradRawTask`). No unit row is ever
 * written. Returns "done", or how the caller goes on with unit rows: "index" (the partners
 * are in `index`, searched or given, but a chosen pair is closer than |cos| = 0.5) or "no"
 * (nothing done: a norm out of range).
 */
function mmaExactRaw(ctx: Context, w: WasmTensor, given: WasmTensor | null, n: number, d: number, loss: WasmTensor, grad: WasmTensor, index: WasmTensor): "done" | "index" | "no" {
  // scratch: inverse norms (f64), -1 / sine and h per row (f64), the cosines and angles
  // (f32), the inverse list's starts and rows
  const f64s = Heap.size(n * 8);
  const f32s = Heap.size(n * 4);
  const bytes = 3 * f64s + 2 * f32s + Heap.size((n + 1) * 4) + f32s;
  const inv = ctx.heap.alloc(bytes);
  const hs = inv + f64s;
  const rs = hs + f64s;
  const cos = rs + f64s;
  const theta = cos + f32s;
  const start = theta + f32s;
  const list = start + Heap.size((n + 1) * 4);
  try {
    const rows = rowsPerTask(ctx, n);
    const tasks = Math.ceil(n / rows);
    const parallel = ctx.parallel(n * d * 32);
    let params = writeParams(ctx, [n, d, rows, w.ptr, 0, 0, 0, 0, 0, inv], 24, -1);
    ctx.pool.run("normalizeTask", params, tasks, parallel);
    let h = ctx.heap.views();
    const io = inv >> 3;
    for (let i = 0; i < n; i++) {
      const r = h.f64[io + i] as number;
      // 1 / |w| outside [2^-40, 2^40] (a zero row gives Infinity, a NaN fails too)
      if (!(r >= 1 / RAW_NORM_MAX && r <= 1 / RAW_NORM_MIN)) return "no";
    }
    if (given === null) {
      search(ctx, w.ptr, n, d, 0, cos, index.ptr, 0, inv);
    } else {
      ctx.heap.views().i32.set(ctx.idx(given), index.ptr >> 2);
      checkIndex(ctx, index, n, d);
      params = writeParams(ctx, [n, d, rows, w.ptr, index.ptr, cos, 0, inv]);
      ctx.pool.run("pairDotsTask", params, tasks, parallel);
    }
    h = ctx.heap.views();
    const co = cos >> 2;
    for (let i = 0; i < n; i++) if (!(Math.abs(h.f32[co + i] as number) <= FAST_COS)) return "index";
    inverseIndex(ctx, index, n, d, start, list);
    params = writeParams(ctx, [n, d, rows, 0, index.ptr, theta, hs, rs, 0, 0, 0, cos, 0]);
    ctx.pool.run("pairAnglesTask", params, tasks, parallel);
    params = writeParams(ctx, [n, d, rows, w.ptr, index.ptr, cos, rs, start, list, grad.ptr, inv], 48, -1 / n);
    ctx.pool.run("pairGradRawTask", params, tasks, parallel);
    const F = ctx.heap.views().f32;
    const total = Math.fround(compensatedSum(F.subarray(theta >> 2, (theta >> 2) + n)));
    F[loss.ptr >> 2] = total * (-1 / n);
    return "done";
  } finally {
    ctx.heap.release(inv, bytes);
  }
}

/** Largest `|cos|` of a chosen pair for which the fused MMA op uses the dot products (the kernels' FAST_COS). */
const FAST_COS = 0.5;

/**
 * Widest rows for which the fused MMA op takes the chosen pairs' chord lengths from the
 * search's float32 dot products (at most 256 terms a SIMD lane: accurate to about 1e-7
 * there); wider rows, and pairs with `|cos| > 0.5`, sweep the rows (see pairAnglesTask).
 */
const FAST_MAX_D = 1024;

/** A typed error if an index tensor names a row outside `0 .. n-1` (before a kernel reads it). */
function checkIndex(ctx: Context, idx: WasmTensor, n: number, d: number): void {
  const I = ctx.heap.views().i32;
  const o = idx.ptr >> 2;
  for (let i = 0; i < n; i++) {
    const j = I[o + i] as number;
    if (!(j >= 0 && j < n)) throw new MMARegError("BAD_SHAPE", `pairAngles: index ${j} of row ${i} is not a row of [${n}, ${d}]`, { backend: "wasm", row: i });
  }
}

/** Fused pairwise energy: each row's energy and gradient by one task; the row energies summed in order. */
export function pairEnergy(ctx: Context, unit: WasmTensor, kernel: PairKernel): PairEnergy<WasmTensor> {
  const [n, d] = dims2(unit, "pairEnergy");
  const energy = ctx.make(1, []);
  const grad = ctx.make(n * d, [n, d]);
  const rowE = ctx.heap.alloc(Math.max(1, n) * 8);
  const scratch = ctx.heap.alloc(ctx.pool.threads * d * 8);
  try {
    ctx.check(unit);
    const rows = Math.max(1, Math.floor(n / (8 * ctx.pool.threads)));
    const params = writeParams(ctx, [n, d, rows, unit.ptr, rowE, grad.ptr, kernel.halfSpace ? 1 : 0, scratch], 32, kernel.s);
    ctx.pool.run("pairEnergyTask", params, Math.ceil(n / rows), ctx.parallel(n * n * d));
    const h = ctx.heap.views();
    h.f32[energy.ptr >> 2] = compensatedSum(h.f64.subarray(rowE >> 3, (rowE >> 3) + n));
  } finally {
    ctx.heap.release(rowE, Math.max(1, n) * 8);
    ctx.heap.release(scratch, ctx.pool.threads * d * 8);
  }
  return { energy, grad };
}

export { WasmTensor };
export { compensatedSum };
