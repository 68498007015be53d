import { LOSS_CONFIGS } from "@mmareg/conformance";
import { computeLoss, gaussianMatrix } from "@mmareg/core";
import { GPU } from "gpu.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGpujsBackend } from "../index.js";

/**
 * A WebGL context that accepts every call and answers the few queries gpu.js makes while
 * building (limits, extensions, compile status). Nothing is drawn: it lets gpu.js
 * translate and assemble every kernel's shaders in Node, which a browser would then
 * compile. The numbers that come back are meaningless.
 */
function fakeWebGL(): unknown {
  const constants = new Map<string, number>();
  const extension = new Proxy({}, { get: (_t, p) => (typeof p === "string" && /^[A-Z0-9_]+$/.test(p) ? 5000 : () => ({})) });
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== "string") return undefined;
        if (/^[A-Z0-9_]+$/.test(prop)) {
          if (!constants.has(prop)) constants.set(prop, 1000 + constants.size);
          return constants.get(prop);
        }
        return (...args: unknown[]) => {
          switch (prop) {
            case "getParameter":
              return 16384;
            case "getExtension":
              return extension;
            case "getShaderParameter":
            case "getProgramParameter":
              return true;
            case "getShaderPrecisionFormat":
              return { rangeMin: 127, rangeMax: 127, precision: 23 };
            case "getSupportedExtensions":
              return ["OES_texture_float", "OES_texture_float_linear", "WEBGL_draw_buffers", "EXT_color_buffer_float"];
            case "getContextAttributes":
              return {};
            default:
              return { fake: prop, args: args.length };
          }
        };
      },
    },
  );
}

// GPU modes cannot run in Node, but their translation can: every kernel of every loss is
// built (JS -> GLSL, texture arguments and all) for webgl and webgl2.
describe("kernels translate to GLSL", () => {
  // gpu.js refuses GL modes where no GL exists unless validation is off (its own switch)
  const validation = GPU as unknown as { disableValidation(): void; enableValidation(): void };
  beforeAll(() => validation.disableValidation());
  afterAll(() => validation.enableValidation());

  for (const mode of ["webgl", "webgl2"] as const) {
    it(`every loss builds all of its kernels on ${mode}`, async () => {
      const gl = fakeWebGL();
      const gpu = new GPU({ mode, canvas: { width: 1, height: 1, getContext: () => gl } as never });
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
