import { LOSS_CONFIGS } from "@mmareg/conformance";
import { normal12Matrix } from "@mmareg/core/internal";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { angularLoss, createTfjsBackend } from "../index.js";
import { maxAbs, maxDiff, referenceLoss, tf, useBackend } from "./helpers.js";

for (const name of ["cpu", "wasm"] as const) {
  describe(`angularLoss on tfjs-${name}: core's analytic gradient through tf.customGrad`, () => {
    beforeAll(() => useBackend(name));
    afterAll(() => useBackend("cpu"));

    for (const { label, options } of LOSS_CONFIGS) {
      it(`${label}: value and tf.grad equal the float64 reference`, () => {
        const data = normal12Matrix(24, 10, 17);
        const w = tf.tensor2d(Float32Array.from(data), [24, 10]);
        const { value, grad } = tf.valueAndGrad((x: tf.Tensor) => angularLoss(x, options))(w);
        const ref = referenceLoss(data, [24, 10], "rows", options);
        expect(Math.abs(value.dataSync()[0]! - ref.loss)).toBeLessThan(1e-5 * Math.max(1, Math.abs(ref.loss)));
        expect(maxDiff(grad.dataSync(), ref.grad)).toBeLessThan(1e-4 * Math.max(1, maxAbs(ref.grad)));
        tf.dispose([w, value, grad]);
      });
    }

    it("the backward pass scales the kept gradient by dy (chain rule through other ops)", () => {
      const w = tf.tensor2d(Float32Array.from(normal12Matrix(9, 4, 3)), [9, 4]);
      const g1 = tf.grad((x: tf.Tensor) => angularLoss(x))(w);
      const g3 = tf.grad((x: tf.Tensor) => tf.mul(angularLoss(tf.mul(x, 2)), 3))(w);
      // d/dx 3 L(2x) = 6 L'(2x) = 3 L'(x) (L is scale invariant, so L'(2x) = L'(x) / 2)
      expect(maxDiff(g3.dataSync(), g1.dataSync().map((v) => 3 * v))).toBeLessThan(1e-5 * maxAbs(g1.dataSync()) * 3);
      tf.dispose([w, g1, g3]);
    });

    it("leaves no tensor behind: forward only, and 20 steps of optimizer.minimize", () => {
      const w = tf.variable(tf.tensor2d(Float32Array.from(normal12Matrix(16, 8, 5)), [16, 8]));
      const opt = tf.train.sgd(0.05);
      const b = createTfjsBackend({ tf });
      tf.dispose(angularLoss(w, { backend: b })); // first call may create shared state
      opt.minimize(() => angularLoss(w));
      const before = tf.memory().numTensors;
      for (let i = 0; i < 20; i++) {
        tf.dispose(angularLoss(w, { loss: "mhe", s: 0 }));
        tf.dispose(opt.minimize(() => angularLoss(w), true) ?? []);
      }
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([w]);
      opt.dispose();
    });

    it("gradient descent on the MMA loss spreads the rows apart (the Tammes direction)", () => {
      const w = tf.variable(tf.tensor2d(Float32Array.from(normal12Matrix(6, 3, 11)), [6, 3]));
      const opt = tf.train.sgd(0.1);
      const angle = () => -angularLoss(w).dataSync()[0]!;
      const start = angle();
      for (let i = 0; i < 100; i++) tf.dispose(opt.minimize(() => angularLoss(w), true) ?? []);
      expect(angle()).toBeGreaterThan(start + 0.1);
      w.dispose();
      opt.dispose();
    });
  });
}
