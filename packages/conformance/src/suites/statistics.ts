import { angleBlockRows, angleReport, cosineHistogram, evaluateLoss, FUSED_OPS, release, withoutFused, type Backend } from "@mmareg/core";
import { angleStatsAsync, nearestNeighborsAsync, normalizeRows } from "@mmareg/core/internal";
import { check, expectRelClose } from "../compare.js";
import { CheckNotApplicable, type CheckDefinition, type SuiteContext } from "../context.js";
import { randomMatrix, type TestMatrix } from "../matrices.js";
import { recordTensorSizes } from "../memoryBound.js";

/** Cosines of all pairs `i < j` of the rows, in float64 (the test data's own geometry). */
function pairCosines(m: TestMatrix): Float64Array {
  const [n, d] = m.shape;
  const u = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += m.data[i * d + k]! ** 2;
    for (let k = 0; k < d; k++) u[i * d + k] = m.data[i * d + k]! / Math.sqrt(s);
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let c = 0;
      for (let k = 0; k < d; k++) c += u[i * d + k]! * u[j * d + k]!;
      out.push(c);
    }
  }
  return Float64Array.from(out);
}

/**
 * A threshold within 0.05 of `target` as far as possible from every value (a grid of
 * 0.0005 steps), with that distance. Float32 rounding moves a cosine by about 1e-6, so
 * with a distance of 1e-4 a count cannot flip on either path.
 */
function safeThreshold(values: Float64Array, target: number): { threshold: number; gap: number } {
  let best = { threshold: target, gap: -1 };
  for (let s = -100; s <= 100; s++) {
    const t = target + s * 0.0005;
    let gap = Infinity;
    for (const v of values) gap = Math.min(gap, Math.abs(v - t));
    if (gap > best.gap) best = { threshold: t, gap };
  }
  return best;
}

/** `m` with some rows replaced by exact copies of earlier rows (ties for the nearest-row search). */
function withDuplicates(m: TestMatrix, copies: [number, number][]): TestMatrix {
  const [, d] = m.shape;
  const data = m.data.slice();
  for (const [to, from] of copies) data.copyWithin(to * d, from * d, from * d + d);
  return { label: `${m.label} with ${copies.length} duplicated rows`, data, shape: m.shape };
}

/**
 * The angle statistics through the backend's fused `angleStats` against core's composition
 * in row blocks (`withoutFused`), on the same backend: the nearest indices and the pair
 * counts must be identical, the nearest angles equal to the loss suite's tolerance.
 * Thresholds are chosen in the widest gap of the data's cosines near 0.1, 0.3 and 0.5
 * (gap at least 1e-4, about 100x float32's rounding of a cosine), so rounding cannot
 * flip a count; the duplicated rows make exact ties (the lowest index must win on both
 * paths; the angle report re-ranks those exactly). The blocks of the composed path are made
 * small (`blockElements` 500) so that several blocks and a partial last one are exercised.
 *
 * The nearest-neighbour search likewise: the fused `nearestNeighbors` against its row-block
 * composition (`nearestNeighborsAsync` with `fused` off, blocks of 500 cosines), for both
 * diagonal rules: identical indices (the duplicated rows are exact ties), equal values.
 *
 * Then the memory bound: at n = 2000 and 3000 the angle report (fused and composed) and the
 * cosine histogram never ask the backend for a tensor larger than the block budget
 * `max(n d, 2^20)` elements (the input, or one block of cosines), far below `n^2`; nor does
 * the mma loss without the fused ops (`evaluateLoss` of `withoutFused`: its nearest-neighbour
 * search composed in row blocks, read back synchronously where the backend can, else found
 * first asynchronously), whose loss must equal the fused one's.
 */
export function statisticsSuite(_ctx: SuiteContext): CheckDefinition[] {
  const base = randomMatrix(70, 9, 43);
  const cases = [randomMatrix(7, 5, 44), base, withDuplicates(base, [[5, 2], [40, 2], [69, 11]])];
  const out: CheckDefinition[] = [];
  for (const m of cases) {
    out.push({
      path: ["fused ops agree with their composition"],
      title: `angle statistics on ${m.label}`,
      run: async (cx) => {
        const b = cx.backend() as Backend<unknown>;
        if (!FUSED_OPS.some((op) => typeof b[op] === "function")) throw new CheckNotApplicable(`${b.name} has no fused ops: only the composed path exists`);
        const composed = withoutFused(b);
        const cos = pairCosines(m);
        for (const absolute of [true, false]) {
          for (const target of [0.1, 0.3, 0.5]) {
            const { threshold, gap } = safeThreshold(absolute ? cos.map(Math.abs) : cos, target);
            check(gap >= 1e-4, () => `test data: no clear threshold near ${target} (gap ${gap})`);
            const a = await angleReport(b, { data: m.data, shape: m.shape }, { threshold, absolute });
            const c = await angleReport(composed, { data: m.data, shape: m.shape }, { threshold, absolute });
            check(Array.from(a.nearestIndex).join() === Array.from(c.nearestIndex).join(), () => `nearest indices differ: fused ${Array.from(a.nearestIndex).join()} vs composed ${Array.from(c.nearestIndex).join()}`);
            check(a.pairsAbove === c.pairsAbove, () => `pairs above ${threshold} (absolute ${absolute}): fused ${a.pairsAbove}, composed ${c.pairsAbove}`);
            let want = 0;
            for (const x of cos) if ((absolute ? Math.abs(x) : x) > threshold) want++;
            check(a.pairsAbove === want, () => `pairs above ${threshold} (absolute ${absolute}): ${a.pairsAbove}, the float64 count is ${want}`);
            expectRelClose(a.nearestDeg, c.nearestDeg, cx.tol * 10, "nearest angles fused vs composed");
          }
        }
        // the raw op, with small blocks: values, indices, counts
        const w = b.tensor(m.data, m.shape);
        const unit = normalizeRows(b, w, null);
        const f = await angleStatsAsync(b, unit.unit, 0.3, true);
        const k = await angleStatsAsync(composed, unit.unit, 0.3, true, false, 500);
        const [fv, fi, fa, kv, ki, ka] = await Promise.all([f.value, f.index, f.above, k.value, k.index, k.above].map((x) => b.read(x)));
        release(b, w, unit.unit, unit.norms, f.value, f.index, f.above, k.value, k.index, k.above);
        check(Array.from(fi!).join() === Array.from(ki!).join(), "angleStats index: fused and composed differ");
        check(Array.from(fa!).join() === Array.from(ka!).join(), () => `angleStats counts: fused ${Array.from(fa!).join()} vs composed ${Array.from(ka!).join()}`);
        expectRelClose(fv!, kv!, cx.tol * 10, "angleStats value fused vs composed");
      },
    });
    out.push({
      path: ["fused ops agree with their composition"],
      title: `nearestNeighbors in row blocks on ${m.label}`,
      run: async (cx) => {
        const b = cx.backend() as Backend<unknown>;
        if (typeof b.nearestNeighbors !== "function") throw new CheckNotApplicable(`${b.name} has no fused nearestNeighbors: only the composed path exists`);
        const w = b.tensor(m.data, m.shape);
        const unit = normalizeRows(b, w, null);
        try {
          for (const rule of ["exclude", "negate"] as const) {
            const f = b.nearestNeighbors(unit.unit, rule);
            const k = await nearestNeighborsAsync(withoutFused(b), unit.unit, rule, false, 500);
            const [fv, fi, kv, ki] = await Promise.all([f.value, f.index, k.value, k.index].map((x) => b.read(x)));
            release(b, f.value, f.index, k.value, k.index);
            check(Array.from(fi!).join() === Array.from(ki!).join(), () => `nearestNeighbors ${rule} index: fused ${Array.from(fi!).join()} vs composed in blocks ${Array.from(ki!).join()}`);
            expectRelClose(fv!, kv!, cx.tol * 10, `nearestNeighbors ${rule} value fused vs composed in blocks`);
          }
        } finally {
          release(b, w, unit.unit, unit.norms);
        }
      },
    });
  }
  out.push({
    path: ["bounded memory"],
    title: "the angle report holds at most two [n, d] tensors at once (the raw rows are freed once normalized)",
    run: async (cx) => {
      const b = cx.backend() as Backend<unknown>;
      if (typeof b.dispose !== "function") throw new CheckNotApplicable(`${b.name} frees nothing explicitly (garbage-collected): there is no live count to bound`);
      if (typeof b.pairAngles !== "function" || typeof b.angleStats !== "function") {
        throw new CheckNotApplicable(`${b.name} composes pairAngles or angleStats from primitives, whose [n, d] intermediates are the composition's`);
      }
      const [n, d] = [300, 16];
      const m = randomMatrix(n, d, 46);
      // the [n, d] tensors an eager backend holds are its memory at 100,000 rows (205 MB
      // each): the upload, the unit rows, the pair angles' gradient
      const rec = recordTensorSizes(b, { liveAtLeast: n * d });
      const r = await angleReport(rec.backend, { data: m.data, shape: m.shape });
      check(r.nearestIndex.length === n, `${r.nearestIndex.length} nearest indices`);
      check(rec.peakLive() <= 2, () => `angle report: ${rec.peakLive()} [${n}, ${d}] tensors alive at once, at most 2 expected (the raw rows are not needed once normalized)`);
    },
  });
  for (const n of [2000, 3000]) {
    out.push({
      path: ["bounded memory"],
      title: `angle report${n === 2000 ? ", cosine histogram and composed mma loss" : " and cosine histogram"} at n = ${n} never allocate an n x n tensor`,
      run: async (cx) => {
        const d = 4;
        const m = randomMatrix(n, d, 45);
        const budget = Math.max(n * d, angleBlockRows(n) * n);
        const rec = recordTensorSizes(cx.backend() as Backend<unknown>);
        const runs: [string, Backend<unknown>][] = [
          ["fused", rec.backend],
          ["composed", withoutFused(rec.backend)],
        ];
        for (const [label, b] of runs) {
          rec.reset();
          const r = await angleReport(b, { data: m.data, shape: m.shape });
          check(r.nearestIndex.length === n, `${label}: ${r.nearestIndex.length} nearest indices`);
          check(rec.largest() <= budget && rec.largest() * 3 < n * n, () => `${label} angle report: a tensor of ${rec.largest()} elements (${rec.largestAt()?.op} [${rec.largestAt()?.shape.join(", ")}]), budget ${budget}, n^2 = ${n * n}`);
        }
        rec.reset();
        const h = await cosineHistogram(rec.backend, { data: m.data, shape: m.shape }, { bins: 10 });
        check(h.counts.reduce((p, c) => p + c, 0) === h.pairs, `histogram: ${h.counts.reduce((p, c) => p + c, 0)} pairs binned of ${h.pairs}`);
        check(rec.largest() <= budget && rec.largest() * 3 < n * n, () => `cosine histogram: a tensor of ${rec.largest()} elements, budget ${budget}`);
        if (n !== 2000) return;
        // the mma loss with its search composed in row blocks (one size is enough: it costs a loss)
        const fused = await evaluateLoss(cx.backend() as Backend<unknown>, { data: m.data, shape: m.shape }, { loss: "mma" });
        rec.reset();
        const composed = await evaluateLoss(withoutFused(rec.backend), { data: m.data, shape: m.shape }, { loss: "mma" });
        check(rec.largest() <= budget && rec.largest() * 3 < n * n, () => `composed mma loss: a tensor of ${rec.largest()} elements (${rec.largestAt()?.op} [${rec.largestAt()?.shape.join(", ")}]), budget ${budget}, n^2 = ${n * n}`);
        expectRelClose(composed.loss, fused.loss, cx.tol * 10, "mma loss composed in blocks vs fused");
      },
    });
  }
  return out;
}
