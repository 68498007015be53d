import { MMARegError, type MmaExact } from "@mmareg/core";
import { compensatedSum } from "@mmareg/core/internal";
import { dims1, dims2, indices, type CpuContext, type CpuData, CpuTensor } from "../tensor.js";
import { nearestSearch } from "./nearestNeighbors.js";
import { normalizeInto } from "./normalizeRows.js";
import { pairTerms } from "./pairAngles.js";

/**
 * Fused exact-mode MMA loss and gradient of raw rows `w` `[n, d]` (`n >= 2`): what core
 * composes as `normalizeRows(w, null)`, `nearestNeighbors(unit, "exclude")` (skipped when
 * `given` partners are passed), `pairAngles`, `-(1/n) sum theta` and `normalizeRowsGrad`
 * of the scaled angle gradient, with the same arithmetic in the same order, so the results
 * equal the composed path's on this backend bit for bit, in float64 and float32.
 *
 * Memory: the unit rows and the gradient (`[n, d]` each, in the backend's dtype), the
 * search's `n x 64` block, and O(n) scalars. The composed path holds about four more
 * `[n, d]` arrays (the pair gradient in float64, its scaled copy, a float64 copy of
 * float32 unit rows for the search). The angle gradient is gathered row by row rather
 * than scattered: each row sums, in a `d`-long float64 buffer, its own pair's term and
 * the terms of the rows that chose it, in the pair order of the composed scatter, then
 * goes straight through the scale and the normalization backward into the output.
 */
export function mmaExact(ctx: CpuContext, w: CpuTensor, given: CpuTensor | null): MmaExact<CpuTensor> {
  const [n, d] = dims2(w, "mmaExact");
  if (given !== null && dims1(given, "mmaExact") !== n) {
    throw new MMARegError("BAD_SHAPE", `mmaExact: ${given.shape[0]} indices for ${n} rows`, { backend: ctx.name });
  }
  const f32 = ctx.dtype === "float32";
  const src = w.data;
  // normalizeRows(w, null): unit_i = w_i / |w_i| with the float64 norm; the norms are stored
  // in the dtype, as the composed path keeps them for the backward pass
  const unit = ctx.alloc(n * d, false);
  const norms = ctx.alloc(n, false);
  normalizeInto(src, n, d, null, unit, norms);
  const u: CpuData = unit;
  const idx = given === null ? nearestSearch(u, n, d, "exclude").arg : Int32Array.from(indices(given));
  // pairAngles, pass 1: per pair (i, idx[i]) the angle and the three scalars of its gradient
  const theta = ctx.alloc(n);
  const half = new Float64Array(n);
  const r1 = new Float64Array(n);
  const r2 = new Float64Array(n);
  const t = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    pairTerms(u, i * d, (idx[i] as number) * d, d, t);
    theta[i] = t[0] as number;
    half[i] = t[1] as number;
    r1[i] = t[2] as number;
    r2[i] = t[3] as number;
  }
  const total = ctx.alloc(1);
  total[0] = compensatedSum(theta);
  const loss = ctx.alloc(1);
  loss[0] = (total[0] as number) * (-1 / n);
  // the rows that chose each row as partner, ascending (counting sort: O(n))
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[(idx[i] as number) + 1] = (start[(idx[i] as number) + 1] as number) + 1;
  for (let r = 0; r < n; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const chosenBy = new Int32Array(n);
  const fill = Int32Array.from(start.subarray(0, n));
  for (let i = 0; i < n; i++) {
    const j = idx[i] as number;
    chosenBy[fill[j] as number] = i;
    fill[j] = (fill[j] as number) + 1;
  }
  const grad = ctx.alloc(n * d, false);
  const g = new Float64Array(d);
  const scale = -1 / n;
  for (let r = 0; r < n; r++) {
    const or = r * d;
    g.fill(0);
    // the composed scatter adds pair i's terms in order of i: row r's own term at i = r
    // (before the partner term of a pair (r, r)), the partner terms at each i choosing r
    let own = false;
    const end = start[r + 1] as number;
    for (let c = start[r] as number; c <= end; c++) {
      const i = c < end ? (chosenBy[c] as number) : n;
      if (!own && i >= r) {
        own = true;
        const oj = (idx[r] as number) * d;
        const ha = half[r] as number;
        const s = r1[r] as number;
        for (let k = 0; k < d; k++) {
          const x = u[or + k] as number;
          const y = u[oj + k] as number;
          g[k] = (g[k] as number) + (ha * x - (x - y)) * s;
        }
      }
      if (i === n) break;
      const oi = i * d;
      const ha = half[i] as number;
      const s = r2[i] as number;
      for (let k = 0; k < d; k++) {
        const x = u[oi + k] as number;
        const y = u[or + k] as number;
        g[k] = (g[k] as number) + (x - y + ha * y) * s;
      }
    }
    // the float32 pair gradient is rounded once, then scaled (rounded), as the composed ops store it
    if (f32) for (let k = 0; k < d; k++) g[k] = Math.fround(Math.fround(g[k] as number) * scale);
    else for (let k = 0; k < d; k++) g[k] = (g[k] as number) * scale;
    // normalizeRowsGrad with eps = null: (g - (g . u) u) / |w_i|
    let dot = 0;
    for (let k = 0; k < d; k++) dot += (g[k] as number) * (u[or + k] as number);
    const inv = 1 / (norms[r] as number);
    for (let k = 0; k < d; k++) grad[or + k] = ((g[k] as number) - dot * (u[or + k] as number)) * inv;
  }
  // the unit rows are this op's own: handed back, so the next [n, d] array (an angle
  // report's upload right after the loss, say) reuses them rather than adding to memory
  // while they wait for the garbage collector
  ctx.recycle(unit);
  return { loss: new CpuTensor(loss, []), grad: new CpuTensor(grad, [n, d]), index: new CpuTensor(idx, [n]) };
}
