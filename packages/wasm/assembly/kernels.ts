// The WebAssembly kernels of @mmareg/wasm, in AssemblyScript.
//
// Every exported kernel has the signature `(params, task, tid)`: `params` is the byte
// offset of the call's parameter block in the shared memory, `task` the unit of work the
// calling thread claimed, and `tid` the thread's number (0 = the main thread). The worker
// pool hands out tasks in any order to any thread; every kernel writes each output element
// from one task only, with a summation order fixed by the element alone, so results never
// depend on the number of threads or on which thread ran which task.
//
// Data is float32, row-major. The O(n^2 d) kernels (Gram product, nearest neighbours,
// pair energy) are f32x4 / f64x2 SIMD; the O(n d) ones accumulate in float64 (f64x2).
// Nothing here allocates: all memory belongs to the JavaScript side.

/** The first byte the JavaScript allocator may use (past this module's static data). */
export function heapBase(): usize {
  return __heap_base;
}

// ---- the Gram micro-kernel ---------------------------------------------------------------

@inline function hsum(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

/**
 * Dot products of rows `a0, a1` with rows `b0 .. b3` (byte offsets), written as 8 f32 to
 * `out` (row-major 2 x 4). Each dot product is summed as four f32 lanes over k ascending,
 * the lanes added as `(l0 + l1) + (l2 + l3)`, then the `d % 4` tail in order: the same
 * arithmetic for a pair wherever it sits in a tile.
 */
@inline function dots2x4(a0: usize, a1: usize, b0: usize, b1: usize, b2: usize, b3: usize, d: i32, out: usize): void {
  let s00 = f32x4.splat(0), s01 = f32x4.splat(0), s02 = f32x4.splat(0), s03 = f32x4.splat(0);
  let s10 = f32x4.splat(0), s11 = f32x4.splat(0), s12 = f32x4.splat(0), s13 = f32x4.splat(0);
  const d4b = (<usize>(d & ~3)) << 2;
  for (let k: usize = 0; k < d4b; k += 16) {
    const x0 = v128.load(a0 + k);
    const x1 = v128.load(a1 + k);
    let y = v128.load(b0 + k);
    s00 = f32x4.add(s00, f32x4.mul(x0, y));
    s10 = f32x4.add(s10, f32x4.mul(x1, y));
    y = v128.load(b1 + k);
    s01 = f32x4.add(s01, f32x4.mul(x0, y));
    s11 = f32x4.add(s11, f32x4.mul(x1, y));
    y = v128.load(b2 + k);
    s02 = f32x4.add(s02, f32x4.mul(x0, y));
    s12 = f32x4.add(s12, f32x4.mul(x1, y));
    y = v128.load(b3 + k);
    s03 = f32x4.add(s03, f32x4.mul(x0, y));
    s13 = f32x4.add(s13, f32x4.mul(x1, y));
  }
  let t00 = hsum(s00), t01 = hsum(s01), t02 = hsum(s02), t03 = hsum(s03);
  let t10 = hsum(s10), t11 = hsum(s11), t12 = hsum(s12), t13 = hsum(s13);
  const db = (<usize>d) << 2;
  for (let k = d4b; k < db; k += 4) {
    const x0 = load<f32>(a0 + k);
    const x1 = load<f32>(a1 + k);
    const y0 = load<f32>(b0 + k), y1 = load<f32>(b1 + k), y2 = load<f32>(b2 + k), y3 = load<f32>(b3 + k);
    t00 += x0 * y0; t01 += x0 * y1; t02 += x0 * y2; t03 += x0 * y3;
    t10 += x1 * y0; t11 += x1 * y1; t12 += x1 * y2; t13 += x1 * y3;
  }
  store<f32>(out, t00, 0); store<f32>(out, t01, 4); store<f32>(out, t02, 8); store<f32>(out, t03, 12);
  store<f32>(out, t10, 16); store<f32>(out, t11, 20); store<f32>(out, t12, 24); store<f32>(out, t13, 28);
}

/**
 * The 4 x 4 block of dot products of rows `i .. i+3` with rows `j .. j+3` of `u` (`n` rows
 * of `d` floats), written row-major as 16 f32 at `out`. Rows past `n` read row `n - 1`; the
 * caller ignores their results.
 */
@inline function block4x4(u: usize, n: i32, d: i32, i: i32, j: i32, out: usize): void {
  const rb = (<usize>d) << 2;
  const last = n - 1;
  const b0 = u + <usize>min(j, last) * rb;
  const b1 = u + <usize>min(j + 1, last) * rb;
  const b2 = u + <usize>min(j + 2, last) * rb;
  const b3 = u + <usize>min(j + 3, last) * rb;
  dots2x4(u + <usize>min(i, last) * rb, u + <usize>min(i + 1, last) * rb, b0, b1, b2, b3, d, out);
  dots2x4(u + <usize>min(i + 2, last) * rb, u + <usize>min(i + 3, last) * rb, b0, b1, b2, b3, d, out + 32);
}

/**
 * The dot product of rows `a` and `b` summed exactly as {@link dots2x4} sums each of its
 * eight (four f32 lanes over k ascending, the lanes as `(l0 + l1) + (l2 + l3)`, then the
 * `d % 4` tail in order), so it has the bits the tiled kernels give the same pair.
 */
@inline function dot1(a: usize, b: usize, d: i32): f32 {
  let s = f32x4.splat(0);
  const d4b = (<usize>(d & ~3)) << 2;
  for (let k: usize = 0; k < d4b; k += 16) s = f32x4.add(s, f32x4.mul(v128.load(a + k), v128.load(b + k)));
  let t = hsum(s);
  const db = (<usize>d) << 2;
  for (let k = d4b; k < db; k += 4) t += load<f32>(a + k) * load<f32>(b + k);
  return t;
}

// Parameter block of the tiled kernels (i32 / u32 each):
//   0 u: rows   4 n   8 d   12 tile rows (multiple of 4)   16 task list (pairs I, J with J >= I)
//   20 out / best values (f32)   24 best indices (i32)   28 negate diagonal   32 scratch (64 B per thread)
//   36 the diagonal u_i . u_i (f32 [n]; 0: not wanted)
//   (nearestTask) 56 inverse row norms (f64 [n]; 0: none): with them `u` holds raw rows and
//   the value of a pair is its cosine `f32(f64(w_i . w_j) * (inv_i * inv_j))`
//   (statsTask) 40 counts (i32, n per thread)  44 absolute  48 threshold (f64)

/** `out = U Uᵀ` (`[n, n]`, f32) for one tile pair; each dot product computed once, written to both halves. */
export function gramTask(p: usize, task: i32, tid: i32): void {
  const u = load<u32>(p, 0), n = load<i32>(p, 4), d = load<i32>(p, 8), tb = load<i32>(p, 12);
  const tasks = <usize>load<u32>(p, 16), out = <usize>load<u32>(p, 20), scratch = <usize>load<u32>(p, 32) + (<usize>tid << 6);
  const I = load<i32>(tasks + (<usize>task << 3)), J = load<i32>(tasks + (<usize>task << 3), 4);
  const i0 = I * tb, i1 = min(n, i0 + tb), j0 = J * tb, j1 = min(n, j0 + tb);
  for (let i = i0; i < i1; i += 4) {
    for (let j = I == J ? i : j0; j < j1; j += 4) {
      block4x4(u, n, d, i, j, scratch);
      for (let r = 0; r < 4; r++) {
        const ii = i + r;
        if (ii >= n) break;
        for (let c = 0; c < 4; c++) {
          const jj = j + c;
          if (jj >= n) break;
          if (jj < ii) continue;
          const v = load<f32>(scratch + (<usize>(r * 4 + c) << 2));
          store<f32>(out + ((<usize>ii * n + jj) << 2), v);
          store<f32>(out + ((<usize>jj * n + ii) << 2), v);
        }
      }
    }
  }
}

/** Offer candidate `j` with value `v` to row `i`: larger value wins, the lower index on a tie. */
@inline function offer(bv: usize, bi: usize, i: i32, v: f32, j: i32): void {
  const o = <usize>i << 2;
  const b = load<f32>(bv + o);
  if (v > b || (v == b && j < load<i32>(bi + o))) {
    store<f32>(bv + o, v);
    store<i32>(bi + o, j);
  }
}

/**
 * The fused search over one tile pair, shared by {@link nearestTask} and
 * {@link statsTask} (`stats`, a constant each inlines): the tile's dot products are
 * offered to the running row max of the calling thread (`best + tid * n`), never stored.
 * Each pair `i < j` is computed once and offered to both rows; with `negate`, row `i`
 * also gets `-u_i . u_i` as a candidate at index `i`; with a `diag` pointer the diagonal
 * `u_i . u_i` is written there (each diagonal element lies in one diagonal tile: one task
 * writes it). With `stats`, a pair whose cosine is above the threshold (`|cos|` with
 * `absolute`, compared in float64) also counts for both rows in the calling thread's
 * counters (`counts + tid * n`, i32). With inverse norms (param 56, nearest only) the rows
 * are raw and each value is scaled to the pair's cosine before it is offered. The pool
 * merges the per-thread maxima (the max with lowest-index ties is a total order, so the
 * merge order does not matter) and sums the counts (integers: any order gives the same).
 */
@inline function searchTile(p: usize, task: i32, tid: i32, stats: bool): void {
  const u = load<u32>(p, 0), n = load<i32>(p, 4), d = load<i32>(p, 8), tb = load<i32>(p, 12);
  const tasks = <usize>load<u32>(p, 16);
  const bv = <usize>load<u32>(p, 20) + ((<usize>tid * n) << 2);
  const bi = <usize>load<u32>(p, 24) + ((<usize>tid * n) << 2);
  const negate = load<i32>(p, 28) != 0;
  const scratch = <usize>load<u32>(p, 32) + (<usize>tid << 6);
  const diag = <usize>load<u32>(p, 36);
  const cnt = stats ? <usize>load<u32>(p, 40) + ((<usize>tid * n) << 2) : 0;
  const absolute = stats ? load<i32>(p, 44) != 0 : false;
  const thr = stats ? load<f64>(p, 48) : 0.0;
  const inv: usize = stats ? <usize>0 : <usize>load<u32>(p, 56);
  const I = load<i32>(tasks + (<usize>task << 3)), J = load<i32>(tasks + (<usize>task << 3), 4);
  const i0 = I * tb, i1 = min(n, i0 + tb), j0 = J * tb, j1 = min(n, j0 + tb);
  for (let i = i0; i < i1; i += 4) {
    for (let j = I == J ? i : j0; j < j1; j += 4) {
      block4x4(u, n, d, i, j, scratch);
      for (let r = 0; r < 4; r++) {
        const ii = i + r;
        if (ii >= n) break;
        const ri = inv ? load<f64>(inv + (<usize>ii << 3)) : 0.0;
        for (let c = 0; c < 4; c++) {
          const jj = j + c;
          if (jj >= n) break;
          let v = load<f32>(scratch + (<usize>(r * 4 + c) << 2));
          // raw rows: the cosine g_ij / (|w_i| |w_j|), the same bits for (i, j) and (j, i)
          if (inv) v = <f32>(<f64>v * (ri * load<f64>(inv + (<usize>jj << 3))));
          if (jj > ii) {
            offer(bv, bi, ii, v, jj);
            offer(bv, bi, jj, v, ii);
            if (stats) {
              const x = <f64>v;
              if ((absolute ? Math.abs(x) : x) > thr) {
                const oi = cnt + (<usize>ii << 2), oj = cnt + (<usize>jj << 2);
                store<i32>(oi, load<i32>(oi) + 1);
                store<i32>(oj, load<i32>(oj) + 1);
              }
            }
          } else if (jj == ii) {
            if (diag) store<f32>(diag + (<usize>ii << 2), v);
            if (negate) offer(bv, bi, ii, -v, ii);
          }
        }
      }
    }
  }
}

/** Fused nearest neighbours for one tile pair ({@link searchTile} without counts). */
export function nearestTask(p: usize, task: i32, tid: i32): void {
  searchTile(p, task, tid, false);
}

/**
 * Fused angle statistics for one tile pair: {@link searchTile} with counts (rule
 * "exclude": the caller passes no `negate` and no `diag`).
 */
export function statsTask(p: usize, task: i32, tid: i32): void {
  searchTile(p, task, tid, true);
}

// ---- float64-accumulated row kernels (O(n d)) --------------------------------------------
//
// Four floats per step (one v128 load, widened to two f64x2 halves), so each loop runs d / 4
// times with two independent accumulators; the last d % 4 elements are scalar.

/** The lower two f32 lanes of `v` as f64x2. */
@inline function lo64(v: v128): v128 {
  return f64x2.promote_low_f32x4(v);
}

/** The upper two f32 lanes of `v` as f64x2. */
@inline function hi64(v: v128): v128 {
  return f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 2, 3));
}

/** Two f64x2 halves back to four f32 lanes. */
@inline function narrow(lo: v128, hi: v128): v128 {
  return v128.shuffle<f32>(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}

@inline function hadd(a: v128, b: v128): f64 {
  return (f64x2.extract_lane(a, 0) + f64x2.extract_lane(a, 1)) + (f64x2.extract_lane(b, 0) + f64x2.extract_lane(b, 1));
}

/** `sum_k a_k b_k` in float64: lanes k % 4 in {0, 1} and {2, 3} apart, then the tail, in order. */
@inline function dot64(a: usize, b: usize, d: i32): f64 {
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0);
  const d4b = (<usize>(d & ~3)) << 2;
  for (let k: usize = 0; k < d4b; k += 16) {
    const x = v128.load(a + k), y = v128.load(b + k);
    s0 = f64x2.add(s0, f64x2.mul(lo64(x), lo64(y)));
    s1 = f64x2.add(s1, f64x2.mul(hi64(x), hi64(y)));
  }
  let t = hadd(s0, s1);
  const db = (<usize>d) << 2;
  for (let k = d4b; k < db; k += 4) t += <f64>load<f32>(a + k) * <f64>load<f32>(b + k);
  return t;
}

// Row kernels' parameter block: 0 n  4 d  8 rows per task, then pointers / numbers per kernel.

/**
 * `sum_k a_k^2` in float64 (each float32 square is exact there): eight floats per step in
 * four f64x2 accumulators (lanes k % 8 in {0,1}, {2,3}, {4,5}, {6,7}), added as
 * `(s0 + s1) + (s2 + s3)`, then the `d % 8` tail in order. Four independent chains keep
 * the adds from waiting on each other.
 */
@inline function sumsq64(a: usize, d: i32): f64 {
  let s0 = f64x2.splat(0), s1 = f64x2.splat(0), s2 = f64x2.splat(0), s3 = f64x2.splat(0);
  const d8b = (<usize>(d & ~7)) << 2;
  for (let k: usize = 0; k < d8b; k += 32) {
    const x0 = f64x2.promote_low_f32x4(v128.load64_zero(a + k));
    const x1 = f64x2.promote_low_f32x4(v128.load64_zero(a + k + 8));
    const x2 = f64x2.promote_low_f32x4(v128.load64_zero(a + k + 16));
    const x3 = f64x2.promote_low_f32x4(v128.load64_zero(a + k + 24));
    s0 = f64x2.add(s0, f64x2.mul(x0, x0));
    s1 = f64x2.add(s1, f64x2.mul(x1, x1));
    s2 = f64x2.add(s2, f64x2.mul(x2, x2));
    s3 = f64x2.add(s3, f64x2.mul(x3, x3));
  }
  let t = hadd(s0, s1) + hadd(s2, s3);
  const db = (<usize>d) << 2;
  for (let k = d8b; k < db; k += 4) {
    const x = <f64>load<f32>(a + k);
    t += x * x;
  }
  return t;
}

/**
 * `unit_i = a_i / max(|a_i|, eps)` (`eps < 0`: divide by `|a_i|`), `norms_i = |a_i|`; the
 * norm in float64 (a float32 square cannot overflow or underflow there, and is exact), the
 * quotient as `a_ik * (1 / r)` in float64, rounded once.
 * Params: 12 a  16 unit (0: norms only)  20 norms (f32)  24 eps (f64)  32 float64 norms
 * (0: none)  36 float64 inverse norms `1 / |a_i|` (0: none).
 */
export function normalizeTask(p: usize, task: i32, tid: i32): void {
  const n = load<i32>(p, 0), d = load<i32>(p, 4), rows = load<i32>(p, 8);
  const a = <usize>load<u32>(p, 12), unit = <usize>load<u32>(p, 16), norms = <usize>load<u32>(p, 20);
  const eps = load<f64>(p, 24);
  const norms64 = <usize>load<u32>(p, 32), inv64 = <usize>load<u32>(p, 36);
  const r1 = min(n, (task + 1) * rows);
  const rb = (<usize>d) << 2;
  const d4b = (<usize>(d & ~3)) << 2;
  for (let i = task * rows; i < r1; i++) {
    const src = a + <usize>i * rb, dst = unit + <usize>i * rb;
    const r = Math.sqrt(sumsq64(src, d));
    if (norms) store<f32>(norms + (<usize>i << 2), <f32>r);
    if (norms64) store<f64>(norms64 + (<usize>i << 3), r);
    if (inv64) store<f64>(inv64 + (<usize>i << 3), 1 / r);
    if (!unit) continue;
    // the quotient in float64, rounded once: rows that are multiples of each other get the
    // same unit row (a float32 reciprocal would round each row's scale on its own)
    const inv = 1 / (eps < 0 ? r : max(r, eps));
    const vi = f64x2.splat(inv);
    for (let k: usize = 0; k < d4b; k += 16) {
      const x0 = f64x2.promote_low_f32x4(v128.load64_zero(src + k));
      const x1 = f64x2.promote_low_f32x4(v128.load64_zero(src + k + 8));
      v128.store(dst + k, narrow(f64x2.mul(x0, vi), f64x2.mul(x1, vi)));
    }
    for (let k = d4b; k < rb; k += 4) store<f32>(dst + k, <f32>(<f64>load<f32>(src + k) * inv));
  }
}

/**
 * Backward of the normalization: `(g_i - [r_i >= eps] (g_i . u_i) u_i) / max(r_i, eps)`.
 * Params: 12 g  16 unit  20 norms  24 out  32 eps (f64; < 0 means none).
 */
export function normalizeGradTask(p: usize, task: i32, tid: i32): void {
  const n = load<i32>(p, 0), d = load<i32>(p, 4), rows = load<i32>(p, 8);
  const g = <usize>load<u32>(p, 12), unit = <usize>load<u32>(p, 16), norms = <usize>load<u32>(p, 20), out = <usize>load<u32>(p, 24);
  const eps = load<f64>(p, 32);
  const r1 = min(n, (task + 1) * rows);
  const rb = (<usize>d) << 2;
  const d4b = (<usize>(d & ~3)) << 2;
  for (let i = task * rows; i < r1; i++) {
    const gi = g + <usize>i * rb, ui = unit + <usize>i * rb, oi = out + <usize>i * rb;
    const r = <f64>load<f32>(norms + (<usize>i << 2));
    const pass = eps < 0 || r >= eps;
    const inv = 1 / (eps < 0 ? r : max(r, eps));
    const dot = pass ? dot64(gi, ui, d) : 0.0;
    const vd = f64x2.splat(dot), vi = f64x2.splat(inv);
    for (let k: usize = 0; k < d4b; k += 16) {
      const x = v128.load(gi + k), y = v128.load(ui + k);
      const lo = f64x2.mul(f64x2.sub(lo64(x), f64x2.mul(vd, lo64(y))), vi);
      const hi = f64x2.mul(f64x2.sub(hi64(x), f64x2.mul(vd, hi64(y))), vi);
      v128.store(oi + k, narrow(lo, hi));
    }
    for (let k = d4b; k < rb; k += 4) {
      const x = <f64>load<f32>(gi + k), y = <f64>load<f32>(ui + k);
      store<f32>(oi + k, <f32>((x - dot * y) * inv));
    }
  }
}

/**
 * Bytes of one block of the f32 sums in the pair-angle kernels (64 floats): squares are
 * summed in f32x4 within a block (at most 16 terms a lane) and the blocks in float64, so
 * the relative error of a sum stays near 16 float32 roundings whatever `d` is.
 */
const BLOCK: usize = 256;

/**
 * Pair angles, pass 1 (per row `i`, partner `j = index_i`): `theta_i = 2 atan2(|u_i - u_j|,
 * |u_i + u_j|)` and the row's scalars for pass 2: `h_i = |u_i - u_j|^2 / 2` and
 * `r_i = -1 / sin(theta_i)` (0 when the sine is 0: an exact duplicate or antipode), the
 * reciprocal length (negated) of the tangents `p = h u_i - (u_i - u_j)` at `u_i` and
 * `q = (u_i - u_j) + h u_j` at `u_j`, both of length `sin(theta)` for unit rows. The sine
 * comes from the same two chord lengths as the angle, `2 |m| |s| / (|m|^2 + |s|^2)` with
 * `m = u_i - u_j`, `s = u_i + u_j` (no cancellation at any angle); it differs from the
 * tangents' computed lengths only by the rows' float32 rounding (relative 1e-7).
 * With `dots` (the fused MMA op; its caller passes them for `d` up to 1024), a pair whose cosine
 * `v = u_i . u_j` (the search's own float32 dot product, or {@link pairDotsTask}'s with
 * the same bits) is at most {@link FAST_COS} in magnitude takes its chord lengths from
 * the dot products instead of a sweep over the rows: `|m|^2 = (x + y) - 2v` and
 * `|s|^2 = (x + y) + 2v` with `x = u_i . u_i`, `y = u_j . u_j` (the search's diagonal),
 * in float64. Away from duplicates and antipodes nothing cancels there (both are at
 * least 1), so the angle is as accurate as the sweep's; closer pairs take the sweep.
 * Params: 12 unit  16 index (i32)  20 theta (f32)  24 h (f64)  28 r (f64)
 *         32 m.u_i  36 m.u_j  40 |u_i|^2 (f64 [n] each, for pass 2; 0: not wanted)
 *         44 dots (f32 [n]; 0: always sweep)  48 diagonal (f32 [n], with dots).
 */
export function pairAnglesTask(p: usize, task: i32, tid: i32): void {
  const n = load<i32>(p, 0), d = load<i32>(p, 4), rows = load<i32>(p, 8);
  const unit = <usize>load<u32>(p, 12), index = <usize>load<u32>(p, 16), theta = <usize>load<u32>(p, 20);
  const hs = <usize>load<u32>(p, 24), rs = <usize>load<u32>(p, 28);
  const mxs = <usize>load<u32>(p, 32), mys = <usize>load<u32>(p, 36), xxs = <usize>load<u32>(p, 40);
  const dots = <usize>load<u32>(p, 44), diag = <usize>load<u32>(p, 48);
  const end = min(n, (task + 1) * rows);
  const rb = (<usize>d) << 2;
  const d4b = (<usize>(d & ~3)) << 2;
  for (let i = task * rows; i < end; i++) {
    const j = load<i32>(index + (<usize>i << 2));
    if (dots) {
      const v = <f64>load<f32>(dots + (<usize>i << 2));
      if (Math.abs(v) <= FAST_COS) {
        // without a diagonal, v is the cosine of raw rows (pairGradRawTask's path): x = y = 1
        const x = diag ? <f64>load<f32>(diag + (<usize>i << 2)) : 1.0, y = diag ? <f64>load<f32>(diag + (<usize>j << 2)) : 1.0;
        const t = x + y;
        pairRow(i, t - 2 * v, t + 2 * v, x - v, x, theta, hs, rs, mxs, mys, xxs);
        continue;
      }
    }
    const ui = unit + <usize>i * rb, uj = unit + <usize>j * rb;
    // |u_i - u_j|^2 and |u_i + u_j|^2: f32x4 differences and squares summed over blocks of
    // BLOCK floats, each block's sum added in float64 (see BLOCK)
    // (and, for the backward pass, m . u_i and |u_i|^2, summed the same way)
    let a0 = f64x2.splat(0), b0 = f64x2.splat(0), c0 = f64x2.splat(0), e0 = f64x2.splat(0);
    for (let k0: usize = 0; k0 < d4b; k0 += BLOCK) {
      const k1 = min(k0 + BLOCK, d4b);
      // two f32x4 accumulators per sum (even and odd steps: two independent add chains)
      let am = f32x4.splat(0), as = f32x4.splat(0), am1 = f32x4.splat(0), as1 = f32x4.splat(0);
      let ax = f32x4.splat(0), aq = f32x4.splat(0);
      let k = k0;
      for (; k + 16 < k1; k += 32) {
        const x = v128.load(ui + k), y = v128.load(uj + k);
        const x1 = v128.load(ui + k, 16), y1 = v128.load(uj + k, 16);
        const m = f32x4.sub(x, y), s = f32x4.add(x, y);
        const m1 = f32x4.sub(x1, y1), s1 = f32x4.add(x1, y1);
        am = f32x4.add(am, f32x4.mul(m, m));
        as = f32x4.add(as, f32x4.mul(s, s));
        am1 = f32x4.add(am1, f32x4.mul(m1, m1));
        as1 = f32x4.add(as1, f32x4.mul(s1, s1));
        ax = f32x4.add(ax, f32x4.add(f32x4.mul(m, x), f32x4.mul(m1, x1)));
        aq = f32x4.add(aq, f32x4.add(f32x4.mul(x, x), f32x4.mul(x1, x1)));
      }
      if (k < k1) {
        const x = v128.load(ui + k), y = v128.load(uj + k);
        const m = f32x4.sub(x, y), s = f32x4.add(x, y);
        am = f32x4.add(am, f32x4.mul(m, m));
        as = f32x4.add(as, f32x4.mul(s, s));
        ax = f32x4.add(ax, f32x4.mul(m, x));
        aq = f32x4.add(aq, f32x4.mul(x, x));
      }
      am = f32x4.add(am, am1);
      as = f32x4.add(as, as1);
      a0 = f64x2.add(a0, f64x2.add(lo64(am), hi64(am)));
      b0 = f64x2.add(b0, f64x2.add(lo64(as), hi64(as)));
      c0 = f64x2.add(c0, f64x2.add(lo64(ax), hi64(ax)));
      e0 = f64x2.add(e0, f64x2.add(lo64(aq), hi64(aq)));
    }
    let a2 = f64x2.extract_lane(a0, 0) + f64x2.extract_lane(a0, 1);
    let b2 = f64x2.extract_lane(b0, 0) + f64x2.extract_lane(b0, 1);
    let mx = f64x2.extract_lane(c0, 0) + f64x2.extract_lane(c0, 1);
    let xx = f64x2.extract_lane(e0, 0) + f64x2.extract_lane(e0, 1);
    for (let k = d4b; k < rb; k += 4) {
      const x = <f64>load<f32>(ui + k), y = <f64>load<f32>(uj + k);
      a2 += (x - y) * (x - y);
      b2 += (x + y) * (x + y);
      mx += (x - y) * x;
      xx += x * x;
    }
    pairRow(i, a2, b2, mx, xx, theta, hs, rs, mxs, mys, xxs);
  }
}

/** Largest `|cos|` of a pair whose chord lengths pass 1 takes from the dot products. */
const FAST_COS: f64 = 0.5;

/**
 * Pass 1's outputs for row `i` from its chord lengths squared `a2 = |m|^2`, `b2 = |s|^2`,
 * `mx = m . u_i` and `xx = |u_i|^2`: the angle `2 atan2(|m|, |s|)`, `h = |m|^2 / 2`,
 * `r = -1 / sin` (0 when the sine is 0), and (when `mxs` is set) the sums pass 2 needs.
 */
@inline function pairRow(i: i32, a2: f64, b2: f64, mx: f64, xx: f64, theta: usize, hs: usize, rs: usize, mxs: usize, mys: usize, xxs: usize): void {
  const am = Math.sqrt(a2), bm = Math.sqrt(b2);
  store<f32>(theta + (<usize>i << 2), <f32>(2 * Math.atan2(am, bm)));
  const sine = (2 * am * bm) / (a2 + b2);
  const o = <usize>i << 3;
  store<f64>(hs + o, a2 / 2);
  store<f64>(rs + o, sine > 0 ? -1 / sine : 0);
  if (mxs) {
    // m . u_j = m . u_i - |m|^2
    store<f64>(mxs + o, mx);
    store<f64>(mys + o, mx - a2);
    store<f64>(xxs + o, xx);
  }
}

/**
 * For given partners (no search ran): per row `i` the dot products pass 1's shortcut
 * needs, with the bits the search would have given them: `dots_i = u_i . u_index_i` and
 * `diag_i = u_i . u_i` (see {@link dot1}).
 * With inverse norms (`inv`, f64; then `unit` holds raw rows) it writes the cosine as the
 * search with inverse norms gives it, `f32(f64(w_i . w_j) * (inv_i * inv_j))`, and no diagonal.
 * Params: 12 unit  16 index (i32)  20 dots (f32)  24 diagonal (f32)  28 inv (f64 [n]; 0: none).
 */
export function pairDotsTask(p: usize, task: i32, tid: i32): void {
  const n = load<i32>(p, 0), d = load<i32>(p, 4), rows = load<i32>(p, 8);
  const unit = <usize>load<u32>(p, 12), index = <usize>load<u32>(p, 16);
  const dots = <usize>load<u32>(p, 20), diag = <usize>load<u32>(p, 24), inv = <usize>load<u32>(p, 28);
  const end = min(n, (task + 1) * rows);
  const rb = (<usize>d) << 2;
  for (let i = task * rows; i < end; i++) {
    const ui = unit + <usize>i * rb;
    const j = load<i32>(index + (<usize>i << 2));
    const g = dot1(ui, unit + <usize>j * rb, d);
    if (inv) {
      store<f32>(dots + (<usize>i << 2), <f32>(<f64>g * (load<f64>(inv + (<usize>i << 3)) * load<f64>(inv + (<usize>j << 3)))));
      continue;
    }
    store<f32>(dots + (<usize>i << 2), g);
    store<f32>(diag + (<usize>i << 2), dot1(ui, ui, d));
  }
}

/**
 * Pair angles, pass 2 (per row `j`), with the normalization's backward pass fused in:
 * the gradient row `g_j = r_j p_j + sum over the rows `i` whose partner is `j`
 * (ascending `i`) of `r_i q_i`, formed in f32x4 (each term a vector of length 1 or 0, the
 * differences of close floats exact). The rows pointing at `j` come from a CSR list
 * (`start[j] .. start[j+1]` in `list`), so no two threads write one row and every sum has
 * one order. With `norms` (float64, non-zero pointer) the row is mapped through the
 * backward pass of the normalization and a scale `c` in the same sweep:
 * `out_j = G - (G . u_j) u_j` with `G = c g_j / norms_j`, where `G . u_j` comes from pass
 * 1's sums, not from a second sweep: `p_j . u_j = h_j |u_j|^2 - m_j . u_j` and
 * `q_i . u_j = m_i . u_j + h_i |u_j|^2`, each formed from the exact differences `m`, so it
 * is as accurate as summing `G . u_j` itself. Without `norms`, `out_j = g_j`.
 * Params: 12 unit  16 index  20 h  24 r  28 start (i32 [n+1])  32 list (i32 [n])
 *         36 out (f32)  40 norms (f64 [n]; 0: none)  44 m.u_i  48 c (f64)  56 m.u_j  60 |u_i|^2
 *         (the last three f64 [n] from pass 1, read with norms only).
 */
export function pairGradTask(p: usize, task: i32, tid: i32): void {
  const n = load<i32>(p, 0), d = load<i32>(p, 4), rows = load<i32>(p, 8);
  const unit = <usize>load<u32>(p, 12), index = <usize>load<u32>(p, 16);
  const hs = <usize>load<u32>(p, 20), rs = <usize>load<u32>(p, 24);
  const start = <usize>load<u32>(p, 28), list = <usize>load<u32>(p, 32), out = <usize>load<u32>(p, 36);
  const norms = <usize>load<u32>(p, 40), mxs = <usize>load<u32>(p, 44), mys = <usize>load<u32>(p, 56), xxs = <usize>load<u32>(p, 60);
  const c = load<f64>(p, 48);
  const end = min(n, (task + 1) * rows);
  const rb = (<usize>d) << 2;
  const d4b = (<usize>(d & ~3)) << 2;
  for (let j = task * rows; j < end; j++) {
    const uj = unit + <usize>j * rb, oj = out + <usize>j * rb;
    const up = unit + <usize>load<i32>(index + (<usize>j << 2)) * rb;
    const o = <usize>j << 3;
    // the backward pass's factor c / |w_j| goes into the coefficients of the terms
    const scale = norms ? c / load<f64>(norms + o) : 1.0;
    const h32 = <f32>load<f64>(hs + o), r32 = <f32>(load<f64>(rs + o) * scale);
    const s0 = load<i32>(start + (<usize>j << 2)), s1 = load<i32>(start + (<usize>j << 2), 4);
    // G . u_j from pass 1's sums, with the same (rounded) coefficients as the sweep
    let dot: f64 = 0;
    if (norms) {
      const xx = load<f64>(xxs + o);
      dot = <f64>r32 * (<f64>h32 * xx - load<f64>(mxs + o));
      for (let s = s0; s < s1; s++) {
        const i = <usize>load<i32>(list + (<usize>s << 2)) << 3;
        const hi = <f32>load<f64>(hs + i), ri = <f32>(load<f64>(rs + i) * scale);
        dot += <f64>ri * (load<f64>(mys + i) + <f64>hi * xx);
      }
    }
    const d32 = <f32>dot;
    const wh = f32x4.splat(h32), wr = f32x4.splat(r32), wd = f32x4.splat(d32);
    if (s0 == s1) {
      // own term r_j (h_j u_j - (u_j - u_partner)), projected; two f32x4 a step, the
      // second at an immediate offset (one address add per stream a step; the same
      // arithmetic per element, so the same bits)
      let k: usize = 0;
      for (; k + 16 < d4b; k += 32) {
        const pj = uj + k, pp = up + k, po = oj + k;
        const x = v128.load(pj), y = v128.load(pp);
        const x1 = v128.load(pj, 16), y1 = v128.load(pp, 16);
        const g = f32x4.mul(f32x4.sub(f32x4.mul(wh, x), f32x4.sub(x, y)), wr);
        const g1 = f32x4.mul(f32x4.sub(f32x4.mul(wh, x1), f32x4.sub(x1, y1)), wr);
        v128.store(po, f32x4.sub(g, f32x4.mul(x, wd)));
        v128.store(po, f32x4.sub(g1, f32x4.mul(x1, wd)), 16);
      }
      if (k < d4b) {
        const x = v128.load(uj + k), y = v128.load(up + k);
        const g = f32x4.mul(f32x4.sub(f32x4.mul(wh, x), f32x4.sub(x, y)), wr);
        v128.store(oj + k, f32x4.sub(g, f32x4.mul(x, wd)));
      }
      for (let k = d4b; k < rb; k += 4) {
        const x = load<f32>(uj + k), y = load<f32>(up + k);
        store<f32>(oj + k, (h32 * x - (x - y)) * r32 - x * d32);
      }
      continue;
    }
    // the own term, the first row that chose j (r_i ((u_i - u_j) + h_i u_j)), projected
    {
      const i = load<i32>(list + (<usize>s0 << 2));
      const ui = unit + <usize>i * rb;
      const hi = <f32>load<f64>(hs + (<usize>i << 3)), ri = <f32>(load<f64>(rs + (<usize>i << 3)) * scale);
      const vh = f32x4.splat(hi), vr = f32x4.splat(ri);
      let k: usize = 0;
      for (; k + 16 < d4b; k += 32) {
        const pj = uj + k, pp = up + k, pi = ui + k, po = oj + k;
        const x = v128.load(pj), y = v128.load(pp), z = v128.load(pi);
        const x1 = v128.load(pj, 16), y1 = v128.load(pp, 16), z1 = v128.load(pi, 16);
        const own = f32x4.mul(f32x4.sub(f32x4.mul(wh, x), f32x4.sub(x, y)), wr);
        const own1 = f32x4.mul(f32x4.sub(f32x4.mul(wh, x1), f32x4.sub(x1, y1)), wr);
        const g = f32x4.add(own, f32x4.mul(f32x4.add(f32x4.sub(z, x), f32x4.mul(vh, x)), vr));
        const g1 = f32x4.add(own1, f32x4.mul(f32x4.add(f32x4.sub(z1, x1), f32x4.mul(vh, x1)), vr));
        v128.store(po, f32x4.sub(g, f32x4.mul(x, wd)));
        v128.store(po, f32x4.sub(g1, f32x4.mul(x1, wd)), 16);
      }
      if (k < d4b) {
        const x = v128.load(uj + k), y = v128.load(up + k), z = v128.load(ui + k);
        const own = f32x4.mul(f32x4.sub(f32x4.mul(wh, x), f32x4.sub(x, y)), wr);
        const g = f32x4.add(own, f32x4.mul(f32x4.add(f32x4.sub(z, x), f32x4.mul(vh, x)), vr));
        v128.store(oj + k, f32x4.sub(g, f32x4.mul(x, wd)));
      }
      for (let k = d4b; k < rb; k += 4) {
        const x = load<f32>(uj + k), y = load<f32>(up + k), z = load<f32>(ui + k);
        store<f32>(oj + k, ((h32 * x - (x - y)) * r32 + ((z - x) + hi * x) * ri) - x * d32);
      }
    }
    // the other rows that chose j, ascending i
    for (let s = s0 + 1; s < s1; s++) {
      const i = load<i32>(list + (<usize>s << 2));
      const ui = unit + <usize>i * rb;
      const hi = <f32>load<f64>(hs + (<usize>i << 3)), ri = <f32>(load<f64>(rs + (<usize>i << 3)) * scale);
      const vh = f32x4.splat(hi), vr = f32x4.splat(ri);
      let k: usize = 0;
      for (; k + 16 < d4b; k += 32) {
        const pj = uj + k, pi = ui + k, po = oj + k;
        const x = v128.load(pj), z = v128.load(pi), x1 = v128.load(pj, 16), z1 = v128.load(pi, 16);
        v128.store(po, f32x4.add(v128.load(po), f32x4.mul(f32x4.add(f32x4.sub(z, x), f32x4.mul(vh, x)), vr)));
        v128.store(po, f32x4.add(v128.load(po, 16), f32x4.mul(f32x4.add(f32x4.sub(z1, x1), f32x4.mul(vh, x1)), vr)), 16);
      }
      if (k < d4b) {
        const x = v128.load(uj + k), z = v128.load(ui + k);
        v128.store(oj + k, f32x4.add(v128.load(oj + k), f32x4.mul(f32x4.add(f32x4.sub(z, x), f32x4.mul(vh, x)), vr)));
      }
      for (let k = d4b; k < rb; k += 4) {
        const x = load<f32>(uj + k), z = load<f32>(ui + k);
        store<f32>(oj + k, load<f32>(oj + k) + ((z - x) + hi * x) * ri);
      }
    }
  }
}

/**
 * Pair angles, pass 2 on raw rows (the fused MMA op when every chosen pair has
 * `|cos| <= 0.5`, see {@link FAST_COS}): no unit rows exist. With `r_i = 1 / |w_i|`,
 * `c_i` the cosine of row `i` and its partner `p_i` and `s_i` its sine, the derivative of
 * the angle `theta_i` by the raw rows is `-(r_i / s_i)(r_p w_p - c_i r_i w_i)` for `w_i` and
 * `-(r_p / s_i)(r_i w_i - c_i r_p w_p)` for `w_p` (both already orthogonal to the row they
 * differentiate: no projection). So gradient row `j` (times the scale `c`) is a combination
 * `B w_j + A w_p + sum over the other rows i that chose j of A_i w_i`, coefficients in
 * float64 (the chosen rows in ascending order), rounded once to float32, then one f32x4
 * sweep. Away from duplicates and antipodes (`|cos| <= 0.5`: `1 / s <= 1.16`) no term is
 * much larger than the result, so nothing cancels. A row `p` that chose `j` back (a mutual
 * pair) adds its coefficient to `A`.
 * Params: 12 w (raw rows)  16 index (i32)  20 cos (f32 [n])  24 r (f64 [n], -1 / sine, from
 *         pass 1)  28 start (i32 [n+1])  32 list (i32 [n])  36 out (f32)  40 inv (f64 [n],
 *         1 / |w_i|)  48 c (f64).
 */
export function pairGradRawTask(p: usize, task: i32, tid: i32): void {
  const n = load<i32>(p, 0), d = load<i32>(p, 4), rows = load<i32>(p, 8);
  const w = <usize>load<u32>(p, 12), index = <usize>load<u32>(p, 16);
  const cs = <usize>load<u32>(p, 20), rs = <usize>load<u32>(p, 24);
  const start = <usize>load<u32>(p, 28), list = <usize>load<u32>(p, 32), out = <usize>load<u32>(p, 36);
  const inv = <usize>load<u32>(p, 40);
  const c = load<f64>(p, 48);
  const end = min(n, (task + 1) * rows);
  const rb = (<usize>d) << 2;
  const d4b = (<usize>(d & ~3)) << 2;
  for (let j = task * rows; j < end; j++) {
    const pj = load<i32>(index + (<usize>j << 2));
    const wj = w + <usize>j * rb, wp = w + <usize>pj * rb, oj = out + <usize>j * rb;
    const rj = load<f64>(inv + (<usize>j << 3));
    const crj = c * rj;
    // r_s = -1 / sine: A = -c r_j r_p / s_j, B = c r_j^2 c_j / s_j
    const rsj = load<f64>(rs + (<usize>j << 3));
    let a = crj * load<f64>(inv + (<usize>pj << 3)) * rsj;
    let bco = -(crj * rj) * <f64>load<f32>(cs + (<usize>j << 2)) * rsj;
    const s0 = load<i32>(start + (<usize>j << 2)), s1 = load<i32>(start + (<usize>j << 2), 4);
    // the first chooser other than p (swept with the own terms), and how many others follow
    let first = -1;
    let firstA: f64 = 0;
    let more = false;
    for (let s = s0; s < s1; s++) {
      const i = load<i32>(list + (<usize>s << 2));
      const rsi = load<f64>(rs + (<usize>i << 3));
      bco += -(crj * rj) * <f64>load<f32>(cs + (<usize>i << 2)) * rsi;
      const ai = crj * load<f64>(inv + (<usize>i << 3)) * rsi;
      if (i == pj) a += ai;
      else if (first < 0) {
        first = i;
        firstA = ai;
      } else more = true;
    }
    const va = f32x4.splat(<f32>a), vb = f32x4.splat(<f32>bco);
    const a32 = <f32>a, b32 = <f32>bco;
    if (first < 0) {
      let k: usize = 0;
      for (; k + 16 < d4b; k += 32) {
        const x = wj + k, y = wp + k, o = oj + k;
        v128.store(o, f32x4.add(f32x4.mul(vb, v128.load(x)), f32x4.mul(va, v128.load(y))));
        v128.store(o, f32x4.add(f32x4.mul(vb, v128.load(x, 16)), f32x4.mul(va, v128.load(y, 16))), 16);
      }
      if (k < d4b) v128.store(oj + k, f32x4.add(f32x4.mul(vb, v128.load(wj + k)), f32x4.mul(va, v128.load(wp + k))));
      for (let k = d4b; k < rb; k += 4) store<f32>(oj + k, b32 * load<f32>(wj + k) + a32 * load<f32>(wp + k));
    } else {
      const wf = w + <usize>first * rb;
      const vf = f32x4.splat(<f32>firstA), f32a = <f32>firstA;
      let k: usize = 0;
      for (; k + 16 < d4b; k += 32) {
        const x = wj + k, y = wp + k, z = wf + k, o = oj + k;
        v128.store(o, f32x4.add(f32x4.add(f32x4.mul(vb, v128.load(x)), f32x4.mul(va, v128.load(y))), f32x4.mul(vf, v128.load(z))));
        v128.store(o, f32x4.add(f32x4.add(f32x4.mul(vb, v128.load(x, 16)), f32x4.mul(va, v128.load(y, 16))), f32x4.mul(vf, v128.load(z, 16))), 16);
      }
      if (k < d4b) v128.store(oj + k, f32x4.add(f32x4.add(f32x4.mul(vb, v128.load(wj + k)), f32x4.mul(va, v128.load(wp + k))), f32x4.mul(vf, v128.load(wf + k))));
      for (let k = d4b; k < rb; k += 4) store<f32>(oj + k, (b32 * load<f32>(wj + k) + a32 * load<f32>(wp + k)) + f32a * load<f32>(wf + k));
    }
    if (!more) continue;
    // the other rows that chose j, ascending i, each added in its own sweep
    for (let s = s0; s < s1; s++) {
      const i = load<i32>(list + (<usize>s << 2));
      if (i == pj || i == first) continue;
      const ai = <f32>(crj * load<f64>(inv + (<usize>i << 3)) * load<f64>(rs + (<usize>i << 3)));
      const vi = f32x4.splat(ai), wi = w + <usize>i * rb;
      let k: usize = 0;
      for (; k + 16 < d4b; k += 32) {
        const z = wi + k, o = oj + k;
        v128.store(o, f32x4.add(v128.load(o), f32x4.mul(vi, v128.load(z))));
        v128.store(o, f32x4.add(v128.load(o, 16), f32x4.mul(vi, v128.load(z, 16))), 16);
      }
      if (k < d4b) v128.store(oj + k, f32x4.add(v128.load(oj + k), f32x4.mul(vi, v128.load(wi + k))));
      for (let k = d4b; k < rb; k += 4) store<f32>(oj + k, load<f32>(oj + k) + ai * load<f32>(wi + k));
    }
  }
}

// ---- pairwise energy (MHE) ----------------------------------------------------------------

/**
 * One row `i` of the Riesz / log energy over ordered pairs: `e_i = sum_{j != i} f(|u_i - u_j|^2)`
 * (plus `f(|u_i + u_j|^2)` half-space) with `f(x) = x^(-s/2)` (`s > 0`) or `-log(x) / 2`
 * (`s = 0`), and `g_i = 4 sum_j f'(.) (u_i -/+ u_j)`, j ascending, in float64. Every row is
 * computed whole by one task (both orders of a pair are computed), so no two threads touch
 * one output and the sums have one order.
 * Params: 12 unit  16 energy per row (f64)  20 grad (f32)  24 half-space  28 scratch (f64, d
 *         per thread)  32 s (f64).
 */
export function pairEnergyTask(p: usize, task: i32, tid: i32): void {
  const n = load<i32>(p, 0), d = load<i32>(p, 4), rows = load<i32>(p, 8);
  const unit = <usize>load<u32>(p, 12), energy = <usize>load<u32>(p, 16), grad = <usize>load<u32>(p, 20);
  const half = load<i32>(p, 24) != 0;
  const acc = <usize>load<u32>(p, 28) + ((<usize>tid * d) << 3);
  const s = load<f64>(p, 32);
  const end = min(n, (task + 1) * rows);
  const rb = (<usize>d) << 2;
  const db = <usize>d << 2;
  const d2b = (<usize>(d & ~1)) << 2;
  for (let i = task * rows; i < end; i++) {
    const ui = unit + <usize>i * rb;
    for (let k: usize = 0; k < db; k += 4) store<f64>(acc + (k << 1), 0);
    let e: f64 = 0;
    for (let j = 0; j < n; j++) {
      if (j == i) continue;
      const uj = unit + <usize>j * rb;
      let vm = f64x2.splat(0), vp = f64x2.splat(0);
      for (let k: usize = 0; k < d2b; k += 8) {
        const x = f64x2.promote_low_f32x4(v128.load64_zero(ui + k));
        const y = f64x2.promote_low_f32x4(v128.load64_zero(uj + k));
        const m = f64x2.sub(x, y);
        vm = f64x2.add(vm, f64x2.mul(m, m));
        if (half) {
          const q = f64x2.add(x, y);
          vp = f64x2.add(vp, f64x2.mul(q, q));
        }
      }
      let m2 = f64x2.extract_lane(vm, 0) + f64x2.extract_lane(vm, 1);
      let p2 = f64x2.extract_lane(vp, 0) + f64x2.extract_lane(vp, 1);
      if (d & 1) {
        const x = <f64>load<f32>(ui + d2b), y = <f64>load<f32>(uj + d2b);
        m2 += (x - y) * (x - y);
        p2 += (x + y) * (x + y);
      }
      let cm: f64, cp: f64 = 0;
      if (s > 0) {
        const fm = Math.pow(m2, -s / 2);
        e += fm;
        cm = (4 * (-s / 2) * fm) / m2;
        if (half) {
          const fp = Math.pow(p2, -s / 2);
          e += fp;
          cp = (4 * (-s / 2) * fp) / p2;
        }
      } else {
        e += -0.5 * Math.log(m2);
        cm = -2 / m2;
        if (half) {
          e += -0.5 * Math.log(p2);
          cp = -2 / p2;
        }
      }
      const vcm = f64x2.splat(cm), vcp = f64x2.splat(cp);
      for (let k: usize = 0; k < d2b; k += 8) {
        const x = f64x2.promote_low_f32x4(v128.load64_zero(ui + k));
        const y = f64x2.promote_low_f32x4(v128.load64_zero(uj + k));
        const a = acc + (k << 1);
        let g = f64x2.add(v128.load(a), f64x2.mul(vcm, f64x2.sub(x, y)));
        if (half) g = f64x2.add(g, f64x2.mul(vcp, f64x2.add(x, y)));
        v128.store(a, g);
      }
      if (d & 1) {
        const x = <f64>load<f32>(ui + d2b), y = <f64>load<f32>(uj + d2b);
        const a = acc + (d2b << 1);
        let g = load<f64>(a) + cm * (x - y);
        if (half) g += cp * (x + y);
        store<f64>(a, g);
      }
    }
    store<f64>(energy + (<usize>i << 3), e);
    const gi = grad + <usize>i * rb;
    for (let k: usize = 0; k < db; k += 4) store<f32>(gi + k, <f32>load<f64>(acc + (k << 1)));
  }
}

// ---- elementwise ---------------------------------------------------------------------------

/**
 * `out_k = f32(f64(a_k) * c)` for one chunk of elements: the product in float64, rounded
 * once, as JavaScript's `Float32Array` store of `a[k] * c` does (the same bits).
 * Params: 0 size  4 elements per task (a multiple of 4)  12 a  16 out  24 c (f64).
 */
export function scaleTask(p: usize, task: i32, tid: i32): void {
  const size = load<i32>(p, 0), chunk = load<i32>(p, 4);
  const a = <usize>load<u32>(p, 12), out = <usize>load<u32>(p, 16);
  const c = load<f64>(p, 24);
  const k0 = task * chunk, k1 = min(size, k0 + chunk);
  const k4 = k0 + ((k1 - k0) & ~3);
  const vc = f64x2.splat(c);
  for (let k = k0; k < k4; k += 4) {
    const x = v128.load(a + (<usize>k << 2));
    v128.store(out + (<usize>k << 2), narrow(f64x2.mul(lo64(x), vc), f64x2.mul(hi64(x), vc)));
  }
  for (let k = k4; k < k1; k++) store<f32>(out + (<usize>k << 2), <f32>(<f64>load<f32>(a + (<usize>k << 2)) * c));
}
