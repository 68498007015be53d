import { angleReport, createCpuBackend, solveTammes, evaluateLoss, evaluateLossSync, gaussianMatrix, isMMARegError } from "@mmareg/cpu";
import { mulberry32 } from "@mmareg/core/internal";
import * as ort from "onnxruntime-web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeLoss, createOnnxBackend, lossForPairs, lossWithPairs, placeholder, type OnnxBackend } from "../index.js";

let b: OnnxBackend;
const cpu = createCpuBackend();

beforeAll(async () => {
  b = await createOnnxBackend({ numThreads: 1 });
});
afterAll(() => b.close());

async function errorCode(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    return isMMARegError(e) ? e.code : `not typed: ${String(e)}`;
  }
  return undefined;
}

/** Every entry within `tol` (absolute, or relative to max(1, |expected|) when `relative`). */
function close(a: ArrayLike<number>, e: ArrayLike<number>, tol: number, relative = false): void {
  expect(a.length).toBe(e.length);
  let worst = 0;
  let at = 0;
  for (let i = 0; i < e.length; i++) {
    const err = Math.abs((a[i] as number) - (e[i] as number)) / (relative ? Math.max(1, Math.abs(e[i] as number)) : 1);
    if (!(err <= worst)) [worst, at] = [err, i];
  }
  expect(worst, `entry ${at}: ${a[at]} vs ${e[at]}`).toBeLessThanOrEqual(tol);
}

/** The backend without its fused `mmaExact`: exact MMA then traces as the composed ops. */
function withoutMmaExact(x: OnnxBackend): OnnxBackend {
  const { mmaExact: _, ...rest } = x;
  return rest as OnnxBackend;
}

describe("createOnnxBackend", () => {
  it("a tensor read becomes an input holding its value, so iterative loops keep one graph per step", async () => {
    const own = await createOnnxBackend({ numThreads: 1 });
    const w = own.tensor([3, 4, 0, 1], [2, 2]);
    const doubled = own.binary("mul", w, 2);
    expect(doubled.isLeaf).toBe(false);
    const first = await own.read(doubled);
    expect(Array.from(first)).toEqual([6, 8, 0, 2]);
    expect(doubled.isLeaf).toBe(true);
    first[0] = 99; // the caller's copy: the settled value is unchanged
    expect(Array.from(await own.read(own.binary("add", doubled, 1)))).toEqual([7, 9, 1, 3]);
    // solveTammes settles w and its momentum every step: the graph of step k is the graph
    // of step 1 (one session for the step), and the points equal the CPU backend's.
    const options = { points: 12, dim: 3, iterations: 30, seed: 5, lr: 0.05 } as const;
    const onnx = await solveTammes({ ...options, backend: own });
    expect(own.stats().sessions).toBeLessThanOrEqual(4);
    const ref = await solveTammes({ ...options, backend: createCpuBackend({ dtype: "float32" }) });
    expect(Math.abs(onnx.minAngleDeg! - ref.minAngleDeg!)).toBeLessThan(1e-3);
    await own.close();
  });

  it("a large result read keeps its history (no second copy), settle() makes it an input; callers never reach the settled value", async () => {
    // 190 x 190 = 36,100 values: above the 32,768 a read settles through a copy
    const n = 190;
    const base = Float32Array.from({ length: n * n }, (_, i) => (i % 97) - 48);
    const w = b.tensor(base, [n, n]);
    const doubled = b.binary("mul", w, 2);
    const first = await b.read(doubled);
    expect(first[5]).toBe(2 * (base[5] as number));
    expect(doubled.isLeaf).toBe(false); // the history stays: nobody but the caller holds the array
    first[5] = 1e6; // the caller's array: later graphs recompute from the history
    const plusOne = await b.read(b.binary("add", doubled, 1));
    expect(plusOne[5]).toBe(2 * (base[5] as number) + 1);
    // settle() asks for the value itself: the runtime's array becomes the input, no caller sees it
    await b.settle([doubled]);
    expect(doubled.isLeaf).toBe(true);
    const again = await b.read(doubled); // a leaf read is a copy
    again[5] = -1e6;
    const sums = await b.read(b.binary("add", doubled, 1));
    expect(Array.from(sums.subarray(0, 8))).toEqual(Array.from(base.subarray(0, 8), (v) => 2 * v + 1));
    // read and settle of the same tensor in one batch: the caller's array and the input differ
    const tripled = b.binary("mul", w, 3);
    const [mine] = await Promise.all([b.read(tripled), b.settle([tripled])]);
    expect(tripled.isLeaf).toBe(true);
    mine[5] = 7;
    expect((await b.read(b.binary("add", tripled, 0)))[5]).toBe(3 * (base[5] as number));
  });

  it("is named after its execution provider and computes in float32 only", async () => {
    expect([b.name, b.dtype]).toEqual(["onnx-wasm", "float32"]);
    expect(await errorCode(createOnnxBackend({ dtype: "float64" }))).toBe("BAD_OPTION");
    expect(await errorCode(() => evaluateLossSync(b, [[1, 0], [0, 1]]))).toBe("BACKEND");
  });

  it("runs the loss and its gradient as one graph, compiled once per loss and shape", async () => {
    const before = b.stats();
    for (let seed = 0; seed < 3; seed++) await evaluateLoss(b, { data: gaussianMatrix(11, 4, seed), shape: [11, 4] }, { loss: "cosine" });
    const mid = b.stats();
    expect(mid.runs - before.runs).toBe(3);
    expect(mid.created - before.created).toBe(1);
    await evaluateLoss(b, { data: gaussianMatrix(12, 4, 9), shape: [12, 4] }, { loss: "cosine" });
    expect(b.stats().created - mid.created).toBe(1);
  });

  it("feeds the mini-batch rows as a graph input: a new seed reuses the session", async () => {
    const w = { data: gaussianMatrix(20, 5, 4), shape: [20, 5] };
    const first = await evaluateLoss(b, w, { loss: "mhe", batch: { size: 6, seed: 1 } });
    const created = b.stats().created;
    for (const seed of [2, 3]) {
      const got = await evaluateLoss(b, w, { loss: "mhe", batch: { size: 6, seed } });
      const want = await evaluateLoss(cpu, w, { loss: "mhe", batch: { size: 6, seed } });
      expect(Math.abs(got.loss - want.loss)).toBeLessThan(1e-5 * Math.abs(want.loss));
      expect(got.loss).not.toBe(first.loss);
    }
    expect(b.stats().created).toBe(created);
  });

  it("reads uploaded tensors directly and refuses placeholders", async () => {
    expect(Array.from(await b.read(b.tensor([0.1, 2], [2])))).toEqual([Math.fround(0.1), 2]);
    const idx = await b.read(b.tensor([3, 1], [2], "index"));
    expect(idx).toBeInstanceOf(Float64Array);
    expect(Array.from(idx)).toEqual([3, 1]);
    expect(await errorCode(b.read(b.gram(placeholder("W", [3, 2]))))).toBe("BACKEND");
    expect(await errorCode(() => b.tensor([1, 2, 3], [2, 2]))).toBe("BAD_SHAPE");
    expect(await errorCode(() => b.gram(b.tensor([1, 2], [2])))).toBe("BAD_SHAPE");
  });

  it("scatter-adds rows with repeated, unordered targets (opset 13 has no scatter-add)", async () => {
    const a = gaussianMatrix(7, 3, 5);
    const index = [4, 0, 4, 2, 4, 0, 5];
    const got = await b.read(b.scatterAddRows(b.tensor(a, [7, 3]), b.tensor(index, [7], "index"), 6));
    close(got, cpu.readSync(cpu.scatterAddRows(cpu.tensor(a, [7, 3]), cpu.tensor(index, [7], "index"), 6)), 1e-6);
  });

  it("atan2 matches Math.atan2 on every quadrant, the axes and near 0 and pi", async () => {
    const pts: [number, number][] = [[0, 0], [0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, -1], [1, -1], [-1, 1], [1e-7, -1], [-1e-7, -1], [1e-7, 1], [3, 1e-6], [2, -5], [-0.5, 0.25]];
    const y = b.tensor(pts.map((p) => p[0]), [pts.length]);
    const x = b.tensor(pts.map((p) => p[1]), [pts.length]);
    const got = await b.read(b.binary("atan2", y, x));
    close(got, pts.map(([py, px]) => Math.atan2(Math.fround(py), Math.fround(px))), 3e-7);
  });

  it("breaks ties in the row max by the lowest index, under both diagonal rules", async () => {
    const c = b.tensor([1, 0.5, 0.5, 0.2, 0.5, 1, 0.5, 0.5, -0.9, -0.9, 1, -0.9, 0.3, 0.3, 0.3, 1], [4, 4]);
    for (const rule of ["exclude", "negate"] as const) {
      const { value, index } = b.rowMax(c, rule);
      const want = cpu.rowMax(cpu.tensor(await b.read(c), [4, 4]), rule);
      expect(Array.from(await b.read(index)), rule).toEqual(Array.from(cpu.readSync(want.index)));
      close(await b.read(value), cpu.readSync(want.value), 1e-7);
    }
    const one = b.nearestNeighbors!(b.tensor([0.6, 0.8], [1, 2]), "exclude");
    expect([...(await b.read(one.value)), ...(await b.read(one.index))]).toEqual([-Infinity, 0]);
  });

  it("squared distances by explicit differences, broadcast and row by row (Scan), are exact for equal rows", async () => {
    for (const n of [9, 300]) {
      const a = gaussianMatrix(n, 64, n);
      a.copyWithin(64, 0, 64); // rows 0 and 1 equal
      const got = await b.read(b.sqDist(b.tensor(a, [n, 64]), b.tensor(a, [n, 64])));
      expect(got[1]).toBe(0);
      const want = cpu.readSync(cpu.sqDist(cpu.tensor(a, [n, 64]), cpu.tensor(a, [n, 64])));
      close(got, want, 1e-6, true);
    }
  });

  it("gives the same angle report as the cpu backend", async () => {
    const r = mulberry32(3);
    const data = Array.from({ length: 40 * 6 }, () => r() - 0.5);
    const got = await angleReport(b, { data, shape: [40, 6] });
    const want = await angleReport(cpu, { data, shape: [40, 6] });
    expect(got.pairsAbove).toBe(want.pairsAbove);
    expect(Array.from(got.nearestIndex)).toEqual(Array.from(want.nearestIndex));
    expect(Math.abs((got.minAngleDeg as number) - (want.minAngleDeg as number))).toBeLessThan(1e-4);
  });

  it("keeps at most maxSessions compiled graphs", async () => {
    const small = await createOnnxBackend({ maxSessions: 2 });
    for (const n of [3, 4, 5]) await evaluateLoss(small, { data: gaussianMatrix(n, 2, n), shape: [n, 2] });
    expect(small.stats()).toMatchObject({ sessions: 2, created: 3 });
    await small.close();
    expect(small.stats().sessions).toBe(0);
  });

  it("trim() releases the sessions after the runs already asked for, and the backend goes on (recompiling) with the same results", async () => {
    const own = await createOnnxBackend();
    try {
      const w = { data: gaussianMatrix(7, 3, 70), shape: [7, 3] };
      const first = await evaluateLoss(own, w);
      expect(own.stats()).toMatchObject({ sessions: 1, created: 1 });
      // a read asked for before trim() runs first, on its own session, which trim() then releases
      const x = own.tensor([1, 2, 3, 4, 5, 6], [3, 2]);
      const pending = own.read(own.sum(own.gram(x)));
      await own.trim();
      expect(own.stats()).toMatchObject({ sessions: 0, created: 2 });
      expect(Array.from(await pending)).toEqual([5 + 11 + 17 + 11 + 25 + 39 + 17 + 39 + 61]);
      const again = await evaluateLoss(own, w);
      expect(own.stats()).toMatchObject({ sessions: 1, created: 3 });
      expect(again.loss).toBe(first.loss);
      expect(Array.from(again.grad)).toEqual(Array.from(first.grad));
      await own.close();
      await own.trim(); // nothing left to release: no error
    } finally {
      await own.close();
    }
  });

  it("traces exact MMA as one mmaExact node that lowers to the composed trace's graph, byte for byte (given pairs, and searched above 128 rows)", async () => {
    expect(typeof b.mmaExact).toBe("function");
    const composed = withoutMmaExact(b);
    for (const [n, searched] of [
      [9, false],
      [130, true],
    ] as const) {
      const w = b.tensor(gaussianMatrix(n, 4, 5), [n, 4]);
      const next = b.tensor(Array.from({ length: n }, (_, i) => (i + 2) % n), [n], "index");
      const runs = [(x: typeof b) => lossForPairs(x, w, next, { loss: "mma" })];
      if (searched) runs.push((x: typeof b) => computeLoss(x, w, { loss: "mma" }));
      for (const run of runs) {
        const fused = run(b);
        const plain = run(composed);
        expect(fused.loss.node.op).toBe("mmaExact");
        expect(plain.loss.node.op).not.toBe("mmaExact");
        expect(b.modelFor({ loss: fused.loss, grad: fused.grad })).toEqual(b.modelFor({ loss: plain.loss, grad: plain.grad }));
      }
    }
  });

  it("searched exact MMA up to 128 rows (no more than columns) takes the Gram form where every chosen angle is moderate: the cpu backend's values to float32 rounding", async () => {
    const composed = withoutMmaExact(b);
    const [n, d] = [48, 64];
    const data = gaussianMatrix(n, d, 11);
    const w = b.tensor(data, [n, d]);
    const fused = lossWithPairs(b, w, { loss: "mma" });
    const plain = computeLoss(composed, w, { loss: "mma" });
    const [loss, grad, index, plainGrad] = await Promise.all([fused.loss, fused.grad, fused.index, plain.grad].map((t) => b.read(t)));
    const want = evaluateLossSync(cpu, { data, shape: [n, d] }, { loss: "mma" });
    const wantPairs = lossWithPairs(cpu, cpu.tensor(Float64Array.from(Float32Array.from(data)), [n, d]), { loss: "mma" });
    expect(Array.from(index!)).toEqual(Array.from(cpu.readSync(wantPairs.index)));
    expect(Math.abs(loss![0]! - want.loss)).toBeLessThanOrEqual(1e-6 * Math.abs(want.loss));
    close(grad!, want.grad, 1e-6 * Math.max(...Array.from(want.grad, Math.abs)));
    // another formula than the chord form's (so the If took the Gram form), equal to rounding
    expect(Array.from(grad!)).not.toEqual(Array.from(plainGrad!));
    close(grad!, plainGrad!, 1e-6 * Math.max(...Array.from(want.grad, Math.abs)));
  });

  it("searched exact MMA up to 128 rows falls back to the chord form, bit for bit, for a near pair, a near-antipodal pair and extreme norms", async () => {
    const composed = withoutMmaExact(b);
    const base = gaussianMatrix(8, 12, 12);
    const cases: [string, number[], [number, number]][] = [
      ["a near duplicate (cosine 0.99999)", Array.from(base, (v, i) => (i >= 12 && i < 24 ? base[i - 12]! + 1e-3 * v : v)), [8, 12]],
      ["a near-antipodal pair", [1, 0.2, 0, -1, -0.2, 1e-3], [2, 3]],
      ["a row of norm 1e20 (its square overflows float32)", Array.from(base, (v, i) => (i < 12 ? v * 1e20 : v)), [8, 12]],
      ["a row of norm 1e-18", Array.from(base, (v, i) => (i < 12 ? v * 1e-18 : v)), [8, 12]],
    ];
    // (the unchanged rows alone take the Gram form: its results are not the chord form's bits)
    const moderate = b.tensor(base, [8, 12]);
    const [gramGrad, chordGrad] = await Promise.all([computeLoss(b, moderate, { loss: "mma" }).grad, computeLoss(composed, moderate, { loss: "mma" }).grad].map((t) => b.read(t)));
    expect(Array.from(gramGrad!)).not.toEqual(Array.from(chordGrad!));
    for (const [what, data, shape] of cases) {
      const w = b.tensor(data, shape);
      const fused = computeLoss(b, w, { loss: "mma" });
      const plain = computeLoss(composed, w, { loss: "mma" });
      const [fl, fg, pl, pg] = await Promise.all([fused.loss, fused.grad, plain.loss, plain.grad].map((t) => b.read(t)));
      expect(Array.from(fl!), what).toEqual(Array.from(pl!));
      expect(Array.from(fg!), what).toEqual(Array.from(pg!));
      const want = evaluateLossSync(cpu, { data, shape }, { loss: "mma" });
      expect(Math.abs(fl![0]! - want.loss), what).toBeLessThanOrEqual(1e-6 * Math.abs(want.loss));
    }
  });

  it("exact MMA angles at 0, pi/2 and pi (antipodal, orthogonal, near-duplicate rows) match the cpu backend", async () => {
    const cases = [
      [1, 0, 0, -1, 0, 0], // antipodal: theta = pi
      [1, 0, 0, -1, 1e-4, 0], // nearly antipodal
      [0, 1, 0, 1, 0, 0, 0, 0, 1], // orthogonal: pi/2
      [1, 0, 0, 1, 1e-5, 0, 0, 0, 1], // near-duplicate pair
    ];
    for (const data of cases) {
      const shape = [data.length / 3, 3] as [number, number];
      const on = await evaluateLoss(b, { data, shape }, { loss: "mma" });
      const ref = evaluateLossSync(cpu, { data, shape }, { loss: "mma" });
      expect(Math.abs(on.loss - ref.loss)).toBeLessThanOrEqual(1e-6 * Math.abs(ref.loss));
      // (nearly antipodal rows: the tangent at the far row is float32's rounding of a
      // 1e-4 component, as before the three-node angle; hence 2e-4 of the largest entry)
      close(on.grad, ref.grad, 2e-4 * Math.max(...Array.from(ref.grad, Math.abs)));
    }
  });

  it("exposes the model behind any traced tensors", async () => {
    const w = b.tensor(gaussianMatrix(5, 3, 1), [5, 3]);
    const bytes = b.modelFor({ norms: b.normalizeRows(w, null).norms });
    const session = await ort.InferenceSession.create(bytes);
    const out = await session.run({ W: new ort.Tensor("float32", (await b.read(w)) as Float32Array, [5, 3]) });
    close(out.norms!.data as Float32Array, await b.read(b.normalizeRows(w, null).norms), 0);
    await session.release();
  });
});
