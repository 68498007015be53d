import * as tf from "@tensorflow/tfjs";
import { polyAcos, polyAtan2 } from "@mmareg/core/internal";
import { describe, expect, it } from "vitest";
import { acosTf, atan2Tf } from "../kernels/accurateMath.js";

// The arithmetic acos/atan2 used on webgl/webgpu, checked here by forcing it on the cpu
// backend (whose builtins are accurate, so acosTf would normally defer to them).
describe("acosTf / atan2Tf (the webgl/webgpu path)", () => {
  it("match core's polyAcos / polyAtan2 and Math to float32 precision", async () => {
    await tf.setBackend("cpu");
    const fake = { ...tf, getBackend: () => "webgl" } as unknown as typeof tf;
    const xs = Array.from({ length: 2001 }, (_, i) => -1 + i / 1000);
    const acos = await acosTf(fake, tf.tensor1d(xs)).data();
    xs.forEach((x, i) => {
      expect(Math.abs(acos[i]! - polyAcos(Math.fround(x)))).toBeLessThan(5e-7);
      expect(Math.abs(acos[i]! - Math.acos(Math.fround(x)))).toBeLessThan(5e-7);
    });
    const th = Array.from({ length: 721 }, (_, i) => -Math.PI + (i * Math.PI) / 360);
    const ys = th.map((t) => 2 * Math.sin(t));
    const xs2 = th.map((t) => 2 * Math.cos(t));
    const at = await atan2Tf(fake, tf.tensor1d(ys), tf.tensor1d(xs2)).data();
    th.forEach((_, i) => {
      const y = Math.fround(ys[i]!);
      const x = Math.fround(xs2[i]!);
      expect(Math.abs(at[i]! - polyAtan2(y, x))).toBeLessThan(5e-7);
      expect(Math.abs(at[i]! - Math.atan2(y, x))).toBeLessThan(5e-7);
    });
  });
});
