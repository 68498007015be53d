import { LOSS_CONFIGS, randomMatrix } from "@mmareg/conformance";
import { evaluateLoss, evaluateLossSync } from "@mmareg/core";
import { afterAll, describe, expect, it } from "vitest";
import { createGpujsBackend, type GpujsTensor } from "../index.js";
import { fakeDeviceGpu, FakeTexture } from "./fakeDevice.js";

const m0 = randomMatrix(7, 5, 60);
// Deferred deletes wait on the fake device's setImmediate results: let the event loop turn
// enough times for every such chain to finish (counted turns, not wall time, so a loaded
// machine cannot make the check run early).
const settle = async () => {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
};

// The GPU modes keep every tensor on the device. A fake device (cpu kernels behind
// texture-like results) runs that path in Node: results must match the host path bit
// for bit, and every texture must be deleted once its tensor is released.
for (const async of [false, true]) {
  describe(`device storage (${async ? "asynchronous, like webgpu" : "synchronous, like webgl2"})`, () => {
    const { gpu, device } = fakeDeviceGpu(async);
    const b = createGpujsBackend({ gpu });
    const host = createGpujsBackend({ mode: "cpu" });
    afterAll(async () => {
      await b.destroy();
      await host.destroy();
    });

    it(`is named after the device mode and ${async ? "has no" : "has a"} synchronous read`, () => {
      expect(b.name).toBe(async ? "gpujs-webgpu" : "gpujs-webgl2");
      expect(typeof b.readSync).toBe(async ? "undefined" : "function");
    });

    for (const m of [randomMatrix(7, 5, 61), randomMatrix(20, 3, 62)]) {
      it(`every loss on ${m.label}: same numbers as the host path, no texture left behind`, async () => {
        const input = { data: m.data, shape: m.shape };
        for (const { label, options } of LOSS_CONFIGS) {
          const got = await evaluateLoss(b, input, options);
          const want = await evaluateLoss(host, input, options);
          expect(got.loss, label).toBe(want.loss);
          expect(Array.from(got.grad), label).toEqual(Array.from(want.grad));
          await settle();
          expect(device.live, `${label}: live textures`).toBe(0);
        }
      });
    }

    it("tensors are textures until read; dispose and scope delete them", async () => {
      const t = b.tensor([1, 2, 3, 4, 5, 6], [2, 3]);
      expect(await t.value).toBeInstanceOf(FakeTexture);
      expect(Array.from(await b.read(t))).toEqual([1, 2, 3, 4, 5, 6]);
      const before = device.live;
      let inner: GpujsTensor | undefined;
      const kept = b.scope(() => {
        inner = b.binary("mul", t, 2);
        return b.binary("add", inner, 1);
      });
      await settle();
      expect(inner?.disposed).toBe(true);
      expect(kept.disposed).toBe(false);
      expect(device.live).toBe(before + 1);
      expect(Array.from(await b.read(kept))).toEqual([3, 5, 7, 9, 11, 13]);
      b.dispose(kept);
      b.dispose(t);
      await settle();
      expect(device.live).toBe(before - 1);
    });

    it("ops called outside any scope delete their own intermediates", async () => {
      const w = b.tensor(m0.data, m0.shape);
      const index = b.tensor([1, 0, 0, 2, 3, 4, 5], [7], "index");
      await settle();
      const base = device.live;
      const outputs = (fn: () => GpujsTensor[]) => {
        const outs = fn();
        return Promise.all(outs.map((o) => b.read(o))).then(() => outs.forEach((o) => b.dispose(o)));
      };
      await outputs(() => Object.values(b.normalizeRows(w, null)));
      await outputs(() => Object.values(b.normalizeRows(w, 1e-12)));
      await outputs(() => [b.normalizeRowsGrad(w, w, b.rowDot(w, w), null)]);
      await outputs(() => [b.sum(w), b.scatterAddRows(w, index, 9), b.gatherRows(w, index)]);
      await outputs(() => [...Object.values(b.nearestNeighbors(w, "exclude")), ...Object.values(b.rowMax(b.gram(w), "negate"))]);
      await outputs(() => Object.values(b.pairAngles(w, index)));
      await outputs(() => [...Object.values(b.pairEnergy(w, { s: 2, halfSpace: true })), ...Object.values(b.pairEnergy(w, { s: 0, halfSpace: false }))]);
      await settle();
      // the rowDot and gram results above were never disposed: exactly those two remain
      expect(device.live - base).toBe(2);
      b.dispose(w);
      b.dispose(index);
    });

    if (!async) {
      it("evaluateLossSync works on a synchronous device mode", () => {
        const r = evaluateLossSync(b, [[1, 0], [0.8, 0.6], [0, 1]], { loss: "mma" });
        expect(r.loss).toBeCloseTo(-Math.atan2(0.6, 0.8) * (2 / 3) - (Math.PI / 2 - Math.atan2(0.6, 0.8)) / 3, 6);
      });
    }

    it("destroy() destroys every kernel and refuses further work", async () => {
      const local = createGpujsBackend({ gpu: fakeDeviceGpu(async).gpu });
      await evaluateLoss(local, [[1, 2], [3, 1], [0, 1]], { loss: "mma" });
      expect(local.stats().kernels).toBeGreaterThan(0);
      await local.destroy();
      expect(local.stats().kernels).toBe(0);
      expect(() => local.tensor([1, 2], [1, 2])).toThrow(/closed/);
      await local.close(); // idempotent: close() is destroy()
      await local.destroy();
    });
  });
}
