import { thrownCode as code } from "@mmareg/conformance";
import { evaluateLossSync } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arcFaceLoss, arcFacePlusLoss, classCosines, resolveArcFaceOptions } from "../index.js";
import { maxAbs, maxDiff, reference, tf, useBackend } from "./helpers.js";

type Matrix = number[][];
interface Ref {
  s: number;
  m: number;
  boundary?: "linear" | "easy";
}

/** ArcFace in float64, written from the definition (the reference for values and finite differences). */
function refArcFace(F: Matrix, W: Matrix, y: number[], { s, m, boundary = "linear" }: Ref): number {
  const norm = (v: number[]) => Math.sqrt(v.reduce((a, x) => a + x * x, 0));
  let total = 0;
  F.forEach((x, b) => {
    const z = W.map((w) => (s * x.reduce((a, xi, i) => a + xi * (w[i] as number), 0)) / (norm(x) * norm(w)));
    const c = (z[y[b] as number] as number) / s;
    const phi = Math.cos(Math.acos(Math.max(-1, Math.min(1, c))) + m);
    const t = boundary === "linear" ? (c > Math.cos(Math.PI - m) ? phi : c - m * Math.sin(m)) : c > 0 ? phi : c;
    z[y[b] as number] = s * t;
    const top = Math.max(...z);
    total += top + Math.log(z.reduce((a, v) => a + Math.exp(v - top), 0)) - s * t;
  });
  return total / F.length;
}

/** Central finite differences of a float64 function of a matrix. */
function numericGrad(f: (X: Matrix) => number, X: Matrix, h = 1e-6): number[] {
  const out: number[] = [];
  X.forEach((row, i) =>
    row.forEach((_, j) => {
      const plus = X.map((r) => [...r]);
      const minus = X.map((r) => [...r]);
      (plus[i] as number[])[j] += h;
      (minus[i] as number[])[j] -= h;
      out.push((f(plus) - f(minus)) / (2 * h));
    }),
  );
  return out;
}

const matrix = (rows: number, cols: number, seed: number): Matrix => {
  const flat = normal12Matrix(rows, cols, seed);
  return Array.from({ length: rows }, (_, i) => Array.from(flat.slice(i * cols, (i + 1) * cols)));
};
const t2 = (M: Matrix) => tf.tensor2d(M);
const labelsOf = (y: number[]) => tf.tensor1d(y, "int32");

/** Value and gradients (features, class weights) of a loss function on tfjs. */
function tfjsValueAndGrads(loss: (f: tf.Tensor, w: tf.Tensor, l: tf.Tensor) => tf.Scalar, F: Matrix, W: Matrix, y: number[], wTensor?: tf.Tensor) {
  const f = t2(F);
  const w = wTensor ?? t2(W);
  const labels = labelsOf(y);
  const { value, grads } = tf.valueAndGrads((a: tf.Tensor, b: tf.Tensor) => loss(a, b, labels))([f, w]);
  const out = { value: value.dataSync()[0] as number, gF: Array.from(grads[0]!.dataSync()), gW: Array.from(grads[1]!.dataSync()) };
  tf.dispose([f, w, labels, value, ...grads]);
  return out;
}

for (const backend of ["cpu", "wasm"] as const) {
  describe(`arcFaceLoss on tfjs-${backend}`, () => {
    beforeAll(() => useBackend(backend));
    afterAll(() => useBackend("cpu"));

    it("hand-computed 2-D case: value log(1 + e^{-s cos(pi/3 + m)}) and its gradient along the circle", () => {
      // feature at angle 0 (norm 2); class 0 at pi/3 (norm 3), class 1 at -pi/2; label 0
      const s = 2;
      const m = 0.5;
      const F = [[2, 0]];
      const W = [
        [3 * Math.cos(Math.PI / 3), 3 * Math.sin(Math.PI / 3)],
        [0, -1.5],
      ];
      const { value, gF } = tfjsValueAndGrads(arcFaceLoss({ margin: m, scale: s }), F, W, [0]);
      const z0 = s * Math.cos(Math.PI / 3 + m); // target logit with the margin
      const z1 = 0; // cos(pi/2)
      expect(value).toBeCloseTo(Math.log(1 + Math.exp(z1 - z0)), 5);
      // turning the feature by phi: theta0 = pi/3 - phi, theta1 = pi/2 + phi, so
      // dL/dphi = p1 (dz1/dphi - dz0/dphi) = p1 (-s - s sin(pi/3 + m)), and the gradient is
      // dL/dphi times the unit tangent (0, 1) over the norm 2 (no radial part)
      const p1 = 1 / (1 + Math.exp(z0 - z1));
      const dPhi = p1 * (-s - s * Math.sin(Math.PI / 3 + m));
      expect(gF[0]).toBeCloseTo(0, 6);
      expect(gF[1]).toBeCloseTo(dPhi / 2, 5);
    });

    for (const boundary of ["linear", "easy"] as const) {
      it(`${boundary} boundary: value and gradients equal float64 finite differences (a sample past pi - m included)`, () => {
        const F = matrix(6, 4, 3);
        const W = matrix(3, 4, 8);
        const y = [0, 1, 2, 0, 1, 2];
        // sample 5 points almost opposite its class: theta + m > pi, the fallback branch
        F[5] = (W[2] as number[]).map((v, i) => -v + 0.05 * (i + 1));
        const opts = { s: 8, m: 0.5, boundary };
        const { value, gF, gW } = tfjsValueAndGrads(arcFaceLoss({ margin: 0.5, scale: 8, boundary }), F, W, y);
        const ref = refArcFace(F, W, y, opts);
        expect(Math.abs(value - ref)).toBeLessThan(1e-5 * Math.max(1, Math.abs(ref)));
        const nF = numericGrad((X) => refArcFace(X, W, y, opts), F);
        const nW = numericGrad((X) => refArcFace(F, X, y, opts), W);
        expect(maxDiff(gF, nF)).toBeLessThan(2e-4 * Math.max(1, maxAbs(nF)));
        expect(maxDiff(gW, nW)).toBeLessThan(2e-4 * Math.max(1, maxAbs(nW)));
      });
    }

    it("no NaN at the boundaries: theta = 0 and theta = pi exactly (cos = +1, -1), a zero feature, scale 64", () => {
      const F = [
        [1, 0, 0], // exactly on class 0: cos = 1
        [-2, 0, 0], // exactly opposite class 0: cos = -1
        [0, 3, 0], // exactly on class 1
        [0, 0, 0], // a zero feature (a dead embedding): cosine 0 with every class
      ];
      const W = [
        [4, 0, 0],
        [0, 1, 0],
        [0, 0, 2],
      ];
      for (const boundary of ["linear", "easy"] as const) {
        const { value, gF, gW } = tfjsValueAndGrads(arcFaceLoss({ boundary }), F, W, [0, 0, 1, 2]);
        expect(Number.isFinite(value)).toBe(true);
        expect(gF.every(Number.isFinite)).toBe(true);
        expect(gW.every(Number.isFinite)).toBe(true);
        const want = (3 * refArcFace(F.slice(0, 3), W, [0, 0, 1], { s: 64, m: 0.5, boundary }) + refZeroRow(W, 2, boundary)) / 4;
        expect(Math.abs(value - want)).toBeLessThan(1e-4 * want);
      }
    });

    it("the class-weight layout: dense [d, classes] gives the same loss and gradients as rows [classes, d]", () => {
      const F = matrix(5, 6, 1);
      const W = matrix(4, 6, 2);
      const y = [3, 1, 0, 2, 1];
      const rows = tfjsValueAndGrads(arcFaceLoss({ scale: 16 }), F, W, y);
      const wDense = tf.tensor2d(W).transpose();
      const dense = tfjsValueAndGrads(arcFaceLoss({ scale: 16, layout: "dense" }), F, W, y, wDense);
      expect(dense.value).toBeCloseTo(rows.value, 5);
      expect(maxDiff(dense.gF, rows.gF)).toBeLessThan(1e-5);
      // the dense gradient is the transpose of the rows one
      const transposed = Array.from({ length: 24 }, (_, k) => rows.gW[(k % 4) * 6 + Math.floor(k / 4)] as number);
      expect(maxDiff(dense.gW, transposed)).toBeLessThan(1e-5);
    });

    it("margin 0 is the softmax cross-entropy of scale * cosine; one-hot labels equal index labels", () => {
      const F = matrix(4, 3, 5);
      const W = matrix(5, 3, 6);
      const y = [4, 0, 2, 2];
      const f = t2(F);
      const w = t2(W);
      const plain = arcFaceLoss({ margin: 0, scale: 10 })(f, w, labelsOf(y)).dataSync()[0]!;
      const onehot = tf.oneHot(labelsOf(y), 5);
      const softmax = tf.losses.softmaxCrossEntropy(onehot, tf.mul(classCosines(f, w), 10)).dataSync()[0]!;
      expect(plain).toBeCloseTo(softmax, 5);
      const withMargin = arcFaceLoss({ scale: 10 });
      expect(withMargin(f, w, onehot).dataSync()[0]).toBeCloseTo(withMargin(f, w, labelsOf(y)).dataSync()[0]!, 6);
      tf.dispose([f, w, onehot]);
    });

    it("leaves no tensor behind, in a forward call and in 10 optimizer steps", () => {
      const f = tf.variable(t2(matrix(8, 4, 9)));
      const w = tf.variable(t2(matrix(3, 4, 10)));
      const labels = labelsOf([0, 1, 2, 0, 1, 2, 0, 1]);
      const loss = arcFacePlusLoss();
      const opt = tf.train.adam(0.01);
      tf.dispose(opt.minimize(() => loss(f, w, labels), true) ?? []);
      const before = tf.memory().numTensors;
      for (let i = 0; i < 10; i++) {
        tf.dispose(loss(f, w, labels));
        tf.dispose(opt.minimize(() => loss(f, w, labels), true) ?? []);
      }
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([f, w, labels]);
      opt.dispose();
    });
  });

  describe(`arcFacePlusLoss on tfjs-${backend} (paper eq. 15)`, () => {
    beforeAll(() => useBackend(backend));
    afterAll(() => useBackend("cpu"));

    it("= ArcFace + 0.03 * l_MMA(class weights), value and gradients, with core's float64 MMA as reference", () => {
      const F = matrix(6, 5, 21);
      const W = matrix(4, 5, 22);
      const y = [0, 1, 2, 3, 0, 1];
      const plus = tfjsValueAndGrads(arcFacePlusLoss({ scale: 8 }), F, W, y);
      const base = tfjsValueAndGrads(arcFaceLoss({ scale: 8 }), F, W, y);
      const mma = evaluateLossSync(reference, { data: Float64Array.from(W.flat()), shape: [4, 5] }, { loss: "mma", layout: "rows" });
      expect(arcFacePlusLoss().options.coefficient).toBe(0.03);
      expect(plus.value).toBeCloseTo(base.value + 0.03 * mma.loss, 5);
      expect(maxDiff(plus.gF, base.gF)).toBeLessThan(1e-6); // the MMA term does not touch the features
      const want = base.gW.map((g, i) => g + 0.03 * (mma.grad[i] as number));
      expect(maxDiff(plus.gW, want)).toBeLessThan(1e-4 * Math.max(1, maxAbs(want)));
    });

    it("coefficient 0 is ArcFace; the dense layout regularizes the class columns", () => {
      const F = matrix(3, 4, 31);
      const W = matrix(5, 4, 32);
      const y = [4, 2, 0];
      const zero = tfjsValueAndGrads(arcFacePlusLoss({ coefficient: 0 }), F, W, y);
      const base = tfjsValueAndGrads(arcFaceLoss(), F, W, y);
      expect(zero.value).toBeCloseTo(base.value, 6);
      const rows = tfjsValueAndGrads(arcFacePlusLoss({ coefficient: 0.5, scale: 4 }), F, W, y);
      const dense = tfjsValueAndGrads(arcFacePlusLoss({ coefficient: 0.5, scale: 4, layout: "dense" }), F, W, y, tf.tensor2d(W).transpose());
      expect(dense.value).toBeCloseTo(rows.value, 5);
    });

    it("a gradient step on ArcFace+ spreads the class vectors more than one on ArcFace", () => {
      const F = matrix(12, 3, 41);
      const W0 = matrix(4, 3, 42);
      const y = Array.from({ length: 12 }, (_, i) => i % 4);
      const minAngle = (w: tf.Tensor) => {
        const c = classCosines(w, w).arraySync();
        let best = Math.PI;
        c.forEach((row, i) => row.forEach((v, j) => i !== j && (best = Math.min(best, Math.acos(v)))));
        return best;
      };
      const train = (coefficient: number) => {
        const f = t2(F);
        const w = tf.variable(t2(W0));
        const labels = labelsOf(y);
        const loss = arcFacePlusLoss({ coefficient, scale: 4 });
        const opt = tf.train.sgd(0.05);
        for (let i = 0; i < 30; i++) tf.dispose(opt.minimize(() => loss(f, w, labels), true) ?? []);
        const angle = minAngle(w);
        tf.dispose([f, w, labels]);
        return angle;
      };
      expect(train(1)).toBeGreaterThan(train(0) + 0.05);
    });
  });
}

/** The loss of a zero feature: cosine 0 with every class; the target logit is s cos(pi/2 + m) (linear) or 0 (easy margin). */
function refZeroRow(W: Matrix, label: number, boundary: "linear" | "easy", s = 64, m = 0.5): number {
  const z = W.map(() => 0);
  z[label] = boundary === "linear" ? s * Math.cos(Math.PI / 2 + m) : 0;
  const top = Math.max(...z);
  return top + Math.log(z.reduce((a, v) => a + Math.exp(v - top), 0)) - (z[label] as number);
}

describe("ArcFace options and shapes", () => {

  it("defaults: margin 0.5, scale 64, linear boundary, rows layout", () => {
    expect(resolveArcFaceOptions()).toEqual({ margin: 0.5, scale: 64, boundary: "linear", layout: "rows" });
    expect(arcFaceLoss({ margin: 0.3 }).options.margin).toBe(0.3);
  });

  it("bad options are BAD_OPTION at once", () => {
    expect(code(() => arcFaceLoss({ margin: -0.1 }))).toBe("BAD_OPTION");
    expect(code(() => arcFaceLoss({ margin: 2 }))).toBe("BAD_OPTION");
    expect(code(() => arcFaceLoss({ scale: 0 }))).toBe("BAD_OPTION");
    expect(code(() => arcFaceLoss({ boundary: "hard" as never }))).toBe("BAD_OPTION");
    expect(code(() => arcFaceLoss({ layout: "conv-hwio" as never }))).toBe("BAD_OPTION");
    expect(code(() => arcFacePlusLoss({ coefficient: -1 }))).toBe("BAD_OPTION");
    expect(code(() => arcFacePlusLoss({ coefficient: Number.NaN }))).toBe("BAD_OPTION");
  });

  it("shapes that do not fit are BAD_SHAPE, with the fix in the message", () => {
    const f = tf.zeros([4, 3]);
    const loss = arcFaceLoss();
    expect(code(() => loss(f, tf.zeros([5, 4]), tf.zeros([4], "int32")))).toBe("BAD_SHAPE");
    expect(code(() => loss(f, tf.zeros([3, 5]), tf.zeros([4], "int32")))).toBe("BAD_SHAPE"); // a dense kernel passed as rows
    expect(() => loss(f, tf.zeros([3, 5]), tf.zeros([4], "int32"))).toThrow(/layout "dense"/);
    expect(code(() => loss(f, tf.zeros([5, 3]), tf.zeros([3], "int32")))).toBe("BAD_SHAPE");
    expect(code(() => loss(tf.zeros([4]), tf.zeros([5, 3]), tf.zeros([4], "int32")))).toBe("BAD_SHAPE");
    expect(code(() => arcFacePlusLoss()(f, tf.zeros([5]), tf.zeros([4], "int32")))).toBe("BAD_SHAPE");
  });
});
