import { ASIN_COEFFS, ATAN_COEFFS } from "@mmareg/core/internal";
import type { GraphBuilder } from "../graph/graphBuilder.js";

/**
 * `acos` and `atan` from arithmetic ops, for the WebGPU forms ({@link GraphBuilder.webgpu}).
 * ONNX Runtime Web's WebGPU `Acos` and `Atan` call WGSL's builtins, which are approximations
 * whose error the WGSL spec leaves to the driver (SwiftShader's `acos(0)` is off by 7e-5, 400
 * float32 ulps); these are core's `polyAcos` / `polyAtan2` polynomials, accurate to a few ulps
 * on every GPU, written with Mul/Add/Where/Sqrt only.
 */
function horner(g: GraphBuilder, coeffs: readonly number[], z: string, tag: string): string {
  let p = g.f32(coeffs[coeffs.length - 1] as number);
  for (let i = coeffs.length - 2; i >= 0; i--) p = g.op("Add", [g.op("Mul", [p, z], {}, `${tag}_times_z`), g.f32(coeffs[i] as number)], {}, `${tag}_term`);
  return p;
}

/** `acos(x)` for `x` in [-1, 1]: `asin` of a reduced argument, as core's `polyAcos`. */
export function polyAcos(g: GraphBuilder, x: string): string {
  return g.scope("acos", () => {
    const a = g.op("Abs", [x], {}, "abs");
    const large = g.op("Greater", [a, g.f32(0.5)], {}, "large");
    const z = g.op("Where", [large, g.op("Mul", [g.op("Sub", [g.f32(1), a], {}, "one_minus"), g.f32(0.5)], {}, "half_gap"), g.op("Mul", [a, a], {}, "square")], {}, "z");
    const s = g.op("Where", [large, g.op("Sqrt", [z], {}, "root"), a], {}, "s");
    const asinS = g.op("Add", [s, g.op("Mul", [g.op("Mul", [s, z], {}, "s_z"), horner(g, ASIN_COEFFS, z, "asin")], {}, "tail")], {}, "asin_s");
    const negative = g.op("Less", [x, g.f32(0)], {}, "negative");
    const twice = g.op("Mul", [asinS, g.f32(2)], {}, "twice");
    const nearPoles = g.op("Where", [negative, g.op("Sub", [g.f32(Math.PI), twice], {}, "pi_minus"), twice], {}, "near_poles");
    const nearZero = g.op("Where", [negative, g.op("Add", [g.f32(Math.PI / 2), asinS], {}, "half_pi_plus"), g.op("Sub", [g.f32(Math.PI / 2), asinS], {}, "half_pi_minus")], {}, "near_zero");
    return g.op("Where", [large, nearPoles, nearZero], {}, "value");
  });
}

/** `atan(r)` for `|r| <= 1`: reduced by `(a - 1) / (a + 1)` above `sqrt(2) - 1`, as core's `polyAtan2`. */
export function polyAtan(g: GraphBuilder, r: string): string {
  return g.scope("atan", () => {
    const a = g.op("Abs", [r], {}, "abs");
    const reduced = g.op("Greater", [a, g.f32(Math.SQRT2 - 1)], {}, "reduced");
    const u = g.op("Where", [reduced, g.op("Div", [g.op("Sub", [a, g.f32(1)], {}, "a_minus_1"), g.op("Add", [a, g.f32(1)], {}, "a_plus_1")], {}, "moved"), a], {}, "u");
    const w = g.op("Mul", [u, u], {}, "w");
    const base = g.op("Where", [reduced, g.f32(Math.PI / 4), g.f32(0)], {}, "base");
    const tail = g.op("Mul", [g.op("Mul", [u, w], {}, "u_w"), horner(g, ATAN_COEFFS, w, "atan")], {}, "tail");
    const magnitude = g.op("Add", [g.op("Add", [base, u], {}, "base_u"), tail], {}, "magnitude");
    return g.op("Where", [g.op("Less", [r, g.f32(0)], {}, "negative"), g.op("Neg", [magnitude], {}, "negated"), magnitude], {}, "value");
  });
}
