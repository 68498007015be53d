import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkWasmKernels, registerWasmKernels } from "../wasmKernels.mjs";

describe("the wasm training kernels (Conv2DBackpropFilter/Input, MaxPoolGrad, BatchMatMul)", () => {
  beforeAll(async () => {
    await tf.setBackend("wasm");
    registerWasmKernels();
  });
  afterAll(async () => {
    await tf.setBackend("cpu");
  });

  it("agree with the tfjs cpu backend's gradients (valid, same, strided, odd sizes)", async () => {
    await expect(checkWasmKernels()).resolves.toBeUndefined();
    expect(tf.getBackend()).toBe("wasm");
  });

  it("train a conv + pool + dense model to the same weights as the cpu backend", async () => {
    const step = async (backend: string) => {
      await tf.setBackend(backend);
      const x = tf.tensor4d(Float32Array.from({ length: 4 * 10 * 10 }, (_, i) => Math.sin(i * 0.37)), [4, 10, 10, 1]);
      const y = tf.oneHot(tf.tensor1d([0, 1, 2, 1], "int32"), 3);
      const model = tf.sequential({
        layers: [
          tf.layers.conv2d({ inputShape: [10, 10, 1], filters: 3, kernelSize: 3, activation: "relu", kernelInitializer: tf.initializers.glorotNormal({ seed: 1 }) }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({ filters: 4, kernelSize: 3, padding: "same", kernelInitializer: tf.initializers.glorotNormal({ seed: 2 }) }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotNormal({ seed: 3 }) }),
        ],
      });
      const opt = tf.train.sgd(0.1);
      for (let i = 0; i < 3; i++) opt.minimize(() => tf.losses.softmaxCrossEntropy(y, model.apply(x) as tf.Tensor));
      const weights = model.getWeights().map((w) => Array.from(w.dataSync()));
      model.dispose();
      return weights.flat();
    };
    const cpu = await step("cpu");
    const wasm = await step("wasm");
    expect(wasm).toHaveLength(cpu.length);
    expect(Math.max(...wasm.map((v, i) => Math.abs(v - cpu[i]!)))).toBeLessThan(1e-4);
  });
});
