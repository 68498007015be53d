import { angleReport, computeLoss, evaluateLoss, evaluateLossSync, isMMARegError, release, type AnyLossOptions, type Backend, type EvaluateOptions } from "@mmareg/core";
import { normal12Matrix } from "@mmareg/core/internal";
import type { Tensor } from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { angularLoss, createTfjsBackend } from "../index.js";
import { tf, useBackend } from "./helpers.js";

/**
 * Every option a loss rejects, with the code it must be rejected with. The paths differ:
 * some are caught before the input is uploaded, others only inside the loss (after the
 * upload), which is where tensors used to leak.
 */
const BAD_OPTIONS: readonly [string, EvaluateOptions, string][] = [
  ["unknown loss", { loss: "mmm" as never }, "UNKNOWN_LOSS"],
  ["unknown mode", { loss: "mma", mode: "exactly" as never }, "BAD_OPTION"],
  ["mhe s < 0", { loss: "mhe", s: -1 }, "BAD_OPTION"],
  ["mhe s NaN", { loss: "mhe", s: Number.NaN }, "BAD_OPTION"],
  ["mhe batch size and fraction", { loss: "mhe", batch: { size: 3, fraction: 0.5 } }, "BAD_OPTION"],
  ["mhe batch size 1", { loss: "mhe", batch: { size: 1 } }, "BAD_OPTION"],
  ["mhe batch fraction 2", { loss: "mhe", batch: { fraction: 2 } }, "BAD_OPTION"],
  ["mhe empty batch", { loss: "mhe", batch: {} }, "BAD_OPTION"],
  ["mhe batch seed 0.5", { loss: "mhe", batch: { size: 3, seed: 0.5 } }, "BAD_OPTION"],
  ["unknown layout", { loss: "mma", layout: "columns" as never }, "BAD_OPTION"],
];

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("no tensor leaks on bad-option paths (tf.memory().numTensors)", () => {
  beforeAll(() => useBackend("cpu"));
  const data = normal12Matrix(6, 4, 3);
  const input = { data, shape: [6, 4] };

  for (const [what, options, code] of BAD_OPTIONS) {
    it(`${what}: evaluateLoss, evaluateLossSync, computeLoss and angularLoss throw ${code} and keep the tensor count`, async () => {
      const b = createTfjsBackend({ tf });
      const before = tf.memory().numTensors;
      await expect(evaluateLoss(b, input, options)).rejects.toSatisfy((e) => isMMARegError(e, code as never));
      expect(tf.memory().numTensors).toBe(before);
      expect(isMMARegError(caught(() => evaluateLossSync(b, input, options)), code as never)).toBe(true);
      expect(tf.memory().numTensors).toBe(before);
      if (options.layout !== undefined) return; // computeLoss takes rows, it has no layout
      const w = b.tensor(data, [6, 4]);
      expect(isMMARegError(caught(() => computeLoss(b as Backend<Tensor>, w, options as AnyLossOptions)), code as never)).toBe(true);
      expect(isMMARegError(caught(() => angularLoss(w, { ...(options as AnyLossOptions), tf, backend: b })), code as never)).toBe(true);
      release(b, w);
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it("reference-mode mhe on one row: NON_FINITE_RESULT (PyTorch's NaN) without a leaked tensor", async () => {
    const b = createTfjsBackend({ tf });
    const before = tf.memory().numTensors;
    const one = { data: [1, 2, 3], shape: [1, 3] };
    await expect(evaluateLoss(b, one, { loss: "mhe", mode: "reference" })).rejects.toSatisfy((e) =>
      isMMARegError(e, "NON_FINITE_RESULT"),
    );
    expect(tf.memory().numTensors).toBe(before);
    const r = await evaluateLoss(b, one, { loss: "mhe", mode: "reference", allowNonFinite: true });
    expect(r.loss).toBeNaN();
    expect(Array.from(r.grad)).toEqual([0, 0, 0]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("angleReport with a bad threshold: BAD_OPTION without a leaked tensor", async () => {
    const b = createTfjsBackend({ tf });
    const before = tf.memory().numTensors;
    await expect(angleReport(b, input, { threshold: Number.NaN })).rejects.toSatisfy((e) => isMMARegError(e, "BAD_OPTION"));
    await expect(angleReport(b, input, { threshold: "0.2" as never })).rejects.toSatisfy((e) => isMMARegError(e, "BAD_OPTION"));
    expect(tf.memory().numTensors).toBe(before);
    const ok = await angleReport(b, input, { threshold: 0.2 });
    expect(ok.nearestDeg.length).toBe(6);
    expect(tf.memory().numTensors).toBe(before);
  });
});
