import { describe, expect, it } from "vitest";
import { angles, computeLoss, createCpuBackend, loss, mma, MMARegError, type Backend } from "../index.js";
import { normal12Matrix } from "@mmareg/core/internal";
import type { CpuTensor } from "../tensor.js";

describe("createCpuBackend", () => {
  it("stores float32 tensors as Float32Array and float64 as Float64Array", () => {
    const b32 = createCpuBackend({ dtype: "float32" });
    const b64 = createCpuBackend();
    expect(b32.tensor([0.1, 0.2], [2]).data).toBeInstanceOf(Float32Array);
    expect(b64.tensor([0.1, 0.2], [2]).data).toBeInstanceOf(Float64Array);
    expect(b32.readSync(b32.tensor([0.1], [1]))[0]).toBe(Math.fround(0.1));
    expect(b32.name).toBe("cpu-float32");
  });
  it("rejects an unknown dtype and mismatched data", () => {
    expect(() => createCpuBackend({ dtype: "float16" as never })).toThrow(MMARegError);
    expect(() => createCpuBackend().tensor([1, 2, 3], [2, 2])).toThrow(/do not fill shape/);
  });
  it("reads return copies: mutating them does not change the tensor", () => {
    const b = createCpuBackend();
    const t = b.tensor([1, 2], [2]);
    b.readSync(t)[0] = 99;
    expect(b.readSync(t)[0]).toBe(1);
  });
  it("gram is exactly symmetric and matches naive dot products", () => {
    const b = createCpuBackend();
    const n = 70;
    const d = 300;
    const w = normal12Matrix(n, d, 5);
    const g = b.readSync(b.gram(b.tensor(w, [n, d])));
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        expect(g[i * n + j]).toBe(g[j * n + i]);
        let s = 0;
        for (let k = 0; k < d; k++) s += w[i * d + k] * w[j * d + k];
        expect(Math.abs(g[i * n + j] - s)).toBeLessThan(1e-12 * Math.max(1, Math.abs(s)));
      }
    }
  });
  it("the fused nearest-neighbour search equals rowMax(gram) including ties", () => {
    const b = createCpuBackend();
    // square in 2-D: every row has two tied maxima (cos 0); lowest index must win
    const sq = b.tensor([1, 0, 0, 1, -1, 0, 0, -1], [4, 2]);
    const fused = b.nearestNeighbors!(sq, "exclude");
    const plain = b.rowMax(b.gram(sq), "exclude");
    expect(Array.from(b.readSync(fused.index))).toEqual([1, 0, 1, 0]);
    expect(Array.from(b.readSync(plain.index))).toEqual([1, 0, 1, 0]);
    const w = b.tensor(normal12Matrix(131, 17, 9), [131, 17]);
    for (const rule of ["exclude", "negate"] as const) {
      const f = b.nearestNeighbors!(w, rule);
      const p = b.rowMax(b.gram(w), rule);
      expect(Array.from(b.readSync(f.index))).toEqual(Array.from(b.readSync(p.index)));
      expect(Array.from(b.readSync(f.value))).toEqual(Array.from(b.readSync(p.value)));
    }
  });
  it("angleStats equals nearestNeighbors(exclude) bit for bit and counts each pair for both rows, across 64-row blocks", () => {
    for (const dtype of ["float64", "float32"] as const) {
      const b = createCpuBackend({ dtype });
      const x = normal12Matrix(131, 17, 4);
      x.copyWithin(100 * 17, 3 * 17, 4 * 17); // row 100 = row 3: an exact tie across blocks
      x.copyWithin(70 * 17, 3 * 17, 4 * 17); // row 70 = row 3
      const w = b.tensor(x, [131, 17]);
      const g = b.readSync(b.gram(w));
      const nn = b.nearestNeighbors!(w, "exclude");
      for (const [threshold, absolute] of [[4, true], [-2, false], [5.5, false]] as const) {
        const s = b.angleStats!(w, threshold, absolute);
        expect(Array.from(b.readSync(s.index))).toEqual(Array.from(b.readSync(nn.index)));
        expect(Array.from(b.readSync(s.value))).toEqual(Array.from(b.readSync(nn.value)));
        const want = Array.from({ length: 131 }, (_, i) => {
          let c = 0;
          for (let j = 0; j < 131; j++) if (j !== i && (absolute ? Math.abs(g[i * 131 + j]!) : g[i * 131 + j]!) > threshold) c++;
          return c;
        });
        expect(Array.from(b.readSync(s.above))).toEqual(want);
      }
      expect(b.readSync(nn.index)[3]).toBe(70);
      expect(b.readSync(nn.index)[100]).toBe(3);
    }
  });
  it("MMA and cosine never build the n x n Gram matrix (fused path)", () => {
    const b = createCpuBackend();
    const spy: Backend<CpuTensor> = {
      ...b,
      gram: () => {
        throw new Error("gram called");
      },
      rowMax: () => {
        throw new Error("rowMax called");
      },
    };
    const w = b.tensor(normal12Matrix(50, 8, 2), [50, 8]);
    for (const options of [{ loss: "mma" }, { loss: "mma", mode: "reference" }, { loss: "cosine" }] as const) {
      const out = computeLoss(spy, w, options);
      expect(Number.isFinite(b.readSync(out.loss)[0])).toBe(true);
    }
  });
});

describe("convenience functions", () => {
  it("mma(): minus the mean nearest angle, with the gradient in the input's layout", () => {
    // three unit vectors at 0, 60 and 150 degrees in the plane
    const deg = Math.PI / 180;
    const rows = [0, 60, 150].map((a) => [Math.cos(a * deg), Math.sin(a * deg)]);
    const r = mma(rows);
    expect(r.loss).toBeCloseTo(-((60 + 60 + 90) / 3) * deg, 14);
    expect(r.shape).toEqual([3, 2]);
    expect(r.backend).toBe("cpu");
    const dense = mma({ data: [rows[0][0], rows[1][0], rows[2][0], rows[0][1], rows[1][1], rows[2][1]], shape: [2, 3] }, { layout: "dense" });
    expect(dense.loss).toBeCloseTo(r.loss, 14);
    expect(Array.from(dense.grad)).toEqual([r.grad[0], r.grad[2], r.grad[4], r.grad[1], r.grad[3], r.grad[5]]);
  });
  it("loss() selects any loss; float32 works through the same call", () => {
    const w = [[1, 0.2, 0], [0.1, 1, 0], [0, 0.3, 1], [1, 1, 1]];
    for (const name of ["mma", "cosine", "mhe", "orthogonal"] as const) {
      const a = loss(w, { loss: name });
      const b = loss(w, { loss: name, dtype: "float32" });
      expect(a.lossName).toBe(name);
      expect(b.dtype).toBe("float32");
      expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-5 * Math.max(1, Math.abs(a.loss)));
    }
  });
  it("angles(): minimal and mean nearest angles, pairs above the threshold", () => {
    const r = angles([[1, 0], [0, 1], [-1, 0], [0.6, 0.8]]);
    expect(r.n).toBe(4);
    expect(r.minAngleDeg).toBeCloseTo(36.8699, 3);
    expect(Array.from(r.nearestIndex)).toEqual([3, 3, 1, 1]);
    // |cos| > 0.2 pairs: (0,2) -1, (0,3) .6, (1,3) .8, (2,3) -.6
    expect(r.pairsAbove).toBe(4);
    expect(angles([[1, 2, 3]]).minAngleDeg).toBeNull();
  });
});
