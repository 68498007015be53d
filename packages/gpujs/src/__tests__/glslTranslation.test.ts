import { LOSS_CONFIGS } from "@mmareg/conformance";
import { computeLoss, gaussianMatrix } from "@mmareg/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGpujsBackend } from "../index.js";
import { fakeGlGpu, gpuValidation } from "./fakeWebGL.js";

// GPU modes cannot run in Node, but their translation can: every kernel of every loss is
// built (JS -> GLSL, texture arguments and all) for webgl and webgl2.
describe("kernels translate to GLSL", () => {
  // gpu.js refuses GL modes where no GL exists unless validation is off (its own switch)
  beforeAll(() => gpuValidation.disableValidation());
  afterAll(() => gpuValidation.enableValidation());

  for (const mode of ["webgl", "webgl2"] as const) {
    it(`every loss builds all of its kernels on ${mode}`, async () => {
      const gpu = fakeGlGpu(mode);
      const built: { kernel: { built: boolean; translatedSource: unknown; getFragmentShader(a: unknown[]): string; constructor: { name: string } } }[] = [];
      const create = gpu.createKernel.bind(gpu);
      gpu.createKernel = ((source: never, settings: never) => {
        const k = create(source, settings);
        built.push(k as never);
        return k;
      }) as typeof gpu.createKernel;
      const b = createGpujsBackend({ gpu });
      expect(b.name).toBe(`gpujs-${mode}`);
      for (const [n, d] of [[7, 5], [3, 9]] as const) {
        const w = b.tensor(gaussianMatrix(n, d, 1), [n, d]);
        for (const { label, options } of LOSS_CONFIGS) {
          const out = computeLoss(b, w, options);
          expect(out.grad.shape, label).toEqual([n, d]);
        }
      }
      expect(built.length).toBeGreaterThan(40);
      expect(b.stats().modes).toEqual({ [mode]: built.length });
      for (const k of built) {
        expect(k.kernel.constructor.name).toBe(mode === "webgl" ? "WebGLKernel" : "WebGL2Kernel");
        expect(k.kernel.built).toBe(true);
        expect(String(k.kernel.translatedSource)).toContain("void kernel()");
        const shader = k.kernel.getFragmentShader([]);
        expect(shader).not.toMatch(/undefined|NaN|\bnull\b/);
      }
      await b.destroy();
    });
  }
});
