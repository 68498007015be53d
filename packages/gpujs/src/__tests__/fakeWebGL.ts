import { GPU } from "gpu.js";

/**
 * A WebGL context that accepts every call and answers the few queries gpu.js makes while
 * building (limits, extensions, compile status). Nothing is drawn: it lets gpu.js
 * translate and assemble every kernel's shaders in Node, which a browser would then
 * compile. The numbers that come back are meaningless.
 */
export function fakeWebGL(): unknown {
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

/**
 * A `GPU` in `mode` (webgl or webgl2) drawing into {@link fakeWebGL}. gpu.js refuses GL
 * modes where no GL exists unless its validation is off: call `GPU.disableValidation()`
 * first (and `enableValidation()` after).
 */
export function fakeGlGpu(mode: "webgl" | "webgl2"): GPU {
  const gl = fakeWebGL();
  return new GPU({ mode, canvas: { width: 1, height: 1, getContext: () => gl } as never });
}

/** gpu.js's own switch for the check that refuses GL modes without a GL context. */
export const gpuValidation = GPU as unknown as { disableValidation(): void; enableValidation(): void };
