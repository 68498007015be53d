import type { GraphBuilder } from "../graph/graphBuilder.js";
import { polyAtan } from "./accurateMath.js";

/**
 * `atan2(y, x)` from opset-13 ops (ONNX has no Atan2): `Atan` only ever sees a ratio of
 * magnitude at most 1, so the result keeps its absolute accuracy at every angle, near 0,
 * pi/2 and pi alike:
 * - `|y| <= |x|`: `atan(y / x)`, plus `+-pi` when `x < 0` (sign of `y`);
 * - `|y| > |x|`: `sign(y) pi/2 - atan(x / y)`.
 * `atan2(0, 0)` is 0, like `Math.atan2(0, 0)`. (Signed zeros are not distinguished:
 * `Math.atan2(-0, -1)` is `-pi`, this gives `pi`.)
 */
export function atan2(g: GraphBuilder, y: string, x: string): string {
  return g.scope("atan2", () => {
    const steep = g.op("Greater", [g.op("Abs", [y], {}, "abs_y"), g.op("Abs", [x], {}, "abs_x")], {}, "steep");
    const num = g.op("Where", [steep, x, y], {}, "numerator");
    const den = g.op("Where", [steep, y, x], {}, "denominator");
    const zero = g.f32(0);
    const safeDen = g.op("Where", [g.op("Equal", [den, zero], {}, "den_is_zero"), g.f32(1), den], {}, "safe_denominator");
    const ratio = g.op("Div", [num, safeDen], {}, "ratio");
    // WebGPU forms: WGSL's atan builtin is an approximation (accurateMath.ts)
    const t = g.webgpu ? polyAtan(g, ratio) : g.op("Atan", [ratio], {}, "atan_ratio");
    const ySign = g.op("Where", [g.op("Less", [y, zero], {}, "y_negative"), g.f32(-1), g.f32(1)], {}, "y_sign");
    const steepAngle = g.op("Sub", [g.op("Mul", [ySign, g.f32(Math.PI / 2)], {}, "half_pi"), t], {}, "steep_angle");
    const turn = g.op("Where", [g.op("Less", [x, zero], {}, "x_negative"), g.op("Mul", [ySign, g.f32(Math.PI)], {}, "pi"), zero], {}, "turn");
    const flatAngle = g.op("Add", [t, turn], {}, "flat_angle");
    return g.op("Where", [steep, steepAngle, flatAngle], {}, "angle");
  });
}
