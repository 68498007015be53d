import { MMARegError, type BinaryOp, type DiagonalRule, type RowMax, type UnaryOp } from "@mmareg/core";
import { dims1, dims2, type Context, type WasmTensor } from "../context.js";
import { compensatedSum, scale } from "./kernelOps.js";
import { BINARY_FUNCTIONS, scanRowMax, UNARY_FUNCTIONS } from "@mmareg/core/internal";

// The ops that are not on the hot path of any loss (elementwise functions on [n] vectors,
// the composed fallbacks that materialize n x n), as plain TypeScript loops over the
// float32 views of the same memory, in float64 arithmetic, rounded once on store.

/** Values of a tensor as numbers (row numbers of an index tensor included). */
function values(ctx: Context, t: WasmTensor): Float32Array | Int32Array {
  ctx.check(t);
  return t.kind === "index" ? ctx.idx(t) : ctx.f32(t);
}

export function unary(ctx: Context, op: UnaryOp, a: WasmTensor): WasmTensor {
  const f = UNARY_FUNCTIONS[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: ctx.name });
  const out = ctx.make(a.size, a.shape);
  const x = values(ctx, a);
  const y = ctx.f32(out);
  if (op === "neg") for (let i = 0; i < y.length; i++) y[i] = -(x[i] as number);
  else for (let i = 0; i < y.length; i++) y[i] = f(x[i] as number);
  return out;
}

export function binary(ctx: Context, op: BinaryOp, a: WasmTensor, b: WasmTensor | number): WasmTensor {
  const f = BINARY_FUNCTIONS[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}`, { backend: ctx.name });
  if (op === "mul" && a.kind === "float" && a.size >= 4096 && (typeof b === "number" || (b.shape.length === 0 && a.shape.length > 0))) {
    // a matrix times a number (the losses' scale of an n x d gradient): the SIMD kernel
    return scale(ctx, a, typeof b === "number" ? b : (values(ctx, b)[0] as number));
  }
  const out = ctx.make(a.size, a.shape);
  const x = values(ctx, a);
  const o = ctx.f32(out);
  if (typeof b === "number" || (b.shape.length === 0 && a.shape.length > 0)) {
    const y = typeof b === "number" ? b : (values(ctx, b)[0] as number);
    if (op === "mul") for (let i = 0; i < o.length; i++) o[i] = (x[i] as number) * y;
    else for (let i = 0; i < o.length; i++) o[i] = f(x[i] as number, y);
    return out;
  }
  const y = values(ctx, b);
  if (b.size === a.size) {
    for (let i = 0; i < o.length; i++) o[i] = f(x[i] as number, y[i] as number);
    return out;
  }
  if (a.shape.length === 2 && b.shape.length === 1 && b.shape[0] === a.shape[0]) {
    const [n, d] = a.shape as [number, number];
    for (let i = 0; i < n; i++) {
      const yi = y[i] as number;
      for (let k = 0; k < d; k++) o[i * d + k] = f(x[i * d + k] as number, yi);
    }
    return out;
  }
  ctx.dispose(out);
  throw new MMARegError("BAD_SHAPE", `binary ${op}: cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`, { backend: ctx.name });
}

/** `[n, m]` `A B`, accumulated in float64 per output row. */
export function matmul(ctx: Context, a: WasmTensor, b: WasmTensor): WasmTensor {
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
      const s = av[i * k + p] as number;
      if (s === 0) continue;
      const off = p * m;
      for (let j = 0; j < m; j++) acc[j] = (acc[j] as number) + s * (bv[off + j] as number);
    }
    o.set(acc, i * m);
  }
  return out;
}

/** `[n, m]` squared distances by explicit differences. */
export function sqDist(ctx: Context, a: WasmTensor, b: WasmTensor): WasmTensor {
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
        const t = (av[i * d + k] as number) - (bv[j * d + k] as number);
        s += t * t;
      }
      o[i * m + j] = s;
    }
  }
  return out;
}

export function rowDot(ctx: Context, a: WasmTensor, b: WasmTensor): WasmTensor {
  const [n, d] = dims2(a, "rowDot");
  const [n2, d2] = dims2(b, "rowDot");
  if (n !== n2 || d !== d2) throw new MMARegError("BAD_SHAPE", `rowDot: shapes differ ([${n}, ${d}] vs [${n2}, ${d2}])`, { backend: ctx.name });
  const out = ctx.make(n, [n]);
  const x = ctx.f32(a);
  const y = ctx.f32(b);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += (x[i * d + k] as number) * (y[i * d + k] as number);
    o[i] = s;
  }
  return out;
}

/** Row max of a square matrix with its lowest-index argmax (`exclude` / `negate` the diagonal). */
export function rowMax(ctx: Context, c: WasmTensor, rule: DiagonalRule): RowMax<WasmTensor> {
  const [n] = dims2(c, "rowMax");
  const value = ctx.make(n, [n]);
  const index = ctx.make(n, [n], "index");
  const x = ctx.f32(c);
  scanRowMax(x, 0, n, n, rule, ctx.f32(value), ctx.idx(index));
  return { value, index };
}

function checkIndex(ctx: Context, ix: Int32Array, rows: number, op: string): void {
  for (let i = 0; i < ix.length; i++) {
    const j = ix[i] as number;
    if (!(j >= 0 && j < rows)) throw new MMARegError("BAD_SHAPE", `${op}: index ${j} at position ${i} is not a row number below ${rows}`, { backend: ctx.name });
  }
}

export function gatherRows(ctx: Context, a: WasmTensor, index: WasmTensor): WasmTensor {
  const [m, d] = dims2(a, "gatherRows");
  const n = dims1(index, "gatherRows");
  const out = ctx.make(n * d, [n, d]);
  const ix = ctx.idx(index);
  checkIndex(ctx, ix, m, "gatherRows");
  const src = ctx.f32(a);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) {
    const j = ix[i] as number;
    o.set(src.subarray(j * d, j * d + d), i * d);
  }
  return out;
}

export function scatterAddRows(ctx: Context, a: WasmTensor, index: WasmTensor, rows: number): WasmTensor {
  const [n, d] = dims2(a, "scatterAddRows");
  if (dims1(index, "scatterAddRows") !== n) throw new MMARegError("BAD_SHAPE", `scatterAddRows: ${index.size} indices for ${n} rows`, { backend: ctx.name });
  const out = ctx.make(rows * d, [rows, d]);
  const ix = ctx.idx(index);
  checkIndex(ctx, ix, rows, "scatterAddRows");
  const src = ctx.f32(a);
  // float64 accumulation, rounded once
  const acc = new Float64Array(rows * d);
  for (let i = 0; i < n; i++) {
    const o = (ix[i] as number) * d;
    for (let k = 0; k < d; k++) acc[o + k] = (acc[o + k] as number) + (src[i * d + k] as number);
  }
  ctx.f32(out).set(acc);
  return out;
}

export function selfMask(ctx: Context, index: WasmTensor): WasmTensor {
  const n = dims1(index, "selfMask");
  const out = ctx.make(n, [n]);
  const ix = ctx.idx(index);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) o[i] = ix[i] === i ? 1 : 0;
  return out;
}

export function rowSum(ctx: Context, a: WasmTensor): WasmTensor {
  const [n, d] = dims2(a, "rowSum");
  const out = ctx.make(n, [n]);
  const x = ctx.f32(a);
  const o = ctx.f32(out);
  for (let i = 0; i < n; i++) o[i] = compensatedSum(x.subarray(i * d, i * d + d));
  return out;
}

/** `[]` the sum of all elements, compensated, in index order (so independent of threads). */
export function sum(ctx: Context, a: WasmTensor): WasmTensor {
  const out = ctx.make(1, []);
  const x = values(ctx, a);
  ctx.f32(out)[0] = compensatedSum(x);
  return out;
}

export function addDiagonal(ctx: Context, a: WasmTensor, value: number): WasmTensor {
  const [n, m] = dims2(a, "addDiagonal");
  const out = ctx.make(n * m, [n, m]);
  const o = ctx.f32(out);
  o.set(ctx.f32(a));
  for (let i = 0; i < Math.min(n, m); i++) o[i * m + i] = (o[i * m + i] as number) + value;
  return out;
}

export function fillDiagonal(ctx: Context, a: WasmTensor, value: number): WasmTensor {
  const [n, m] = dims2(a, "fillDiagonal");
  const out = ctx.make(n * m, [n, m]);
  const o = ctx.f32(out);
  o.set(ctx.f32(a));
  for (let i = 0; i < Math.min(n, m); i++) o[i * m + i] = value;
  return out;
}
