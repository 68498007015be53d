/**
 * `acos` and `atan2` from `+ - * /` and `sqrt` only, accurate to about 2 ulp in float32.
 *
 * GPU shading languages do not require their `acos` / `atan` builtins to be accurate:
 * SwiftShader's WebGL and WebGPU `acos(0)` is off by 7e-5, which is 300 float32 ulps and
 * enough to move a loss by several times the conformance tolerance. Arithmetic and `sqrt`
 * are accurate on every GPU, so backends that run on one (tfjs webgl/webgpu, gpu.js
 * webgl/webgl2/webgpu) evaluate these two functions with the polynomials below instead.
 *
 * The functions are written in the subset of JavaScript that gpu.js compiles to GLSL and
 * WGSL (no arrays, no Math constants, numeric literals only), so a gpu.js backend can add
 * them to its kernels as they are. They are also the reference the tfjs port is tested
 * against.
 *
 * The coefficients are least-squares fits on 400 Chebyshev nodes (fitted for this
 * project): `asin(s) = s + s z P(z)` with `z = s^2` on `[0, 1/4]`, and
 * `atan(u) = u + u w Q(w)` with `w = u^2` on `[0, tan(pi/8)^2]`; both have a mathematical
 * error below 1e-9, far under float32 rounding.
 *
 * @module
 */

/** Coefficients of `P` in `asin(s) = s + s z P(z)`, `z = s^2 <= 1/4`, lowest degree first. */
export const ASIN_COEFFS: readonly number[] = [
  0.16666666317129095, 0.07500098734975315, 0.04459803824076617, 0.0311161027541083, 0.01707807041351953,
  0.03380544541846393,
];

/** Coefficients of `Q` in `atan(u) = u + u w Q(w)`, `w = u^2 <= tan(pi/8)^2`, lowest degree first. */
export const ATAN_COEFFS: readonly number[] = [
  -0.33333333281218136, 0.19999977799628693, -0.14284175982174147, 0.11071765598373014, -0.08627326793197383,
  0.050542883057250854,
];

/**
 * `acos(x)` for `x` in `[-1, 1]` from arithmetic and `sqrt`: for `|x| <= 1/2`,
 * `pi/2 - asin(x)`; above, `2 asin(sqrt((1 - |x|) / 2))` (reflected for negative `x`),
 * which keeps full relative accuracy near `x = 1`.
 *
 * @example
 * ```ts
 * polyAcos(0); // 1.5707963267948966
 * ```
 */
export function polyAcos(x: number): number {
  const a = Math.abs(x);
  let z = a * a;
  let s = a;
  if (a > 0.5) {
    z = (1 - a) * 0.5;
    s = Math.sqrt(z);
  }
  const p =
    0.16666666317129095 +
    z * (0.07500098734975315 + z * (0.04459803824076617 + z * (0.0311161027541083 + z * (0.01707807041351953 + z * 0.03380544541846393))));
  const asinS = s + s * z * p;
  if (a <= 0.5) {
    if (x < 0) return 1.5707963267948966 + asinS;
    return 1.5707963267948966 - asinS;
  }
  if (x < 0) return 3.141592653589793 - 2 * asinS;
  return 2 * asinS;
}

/**
 * `atan2(y, x)` (the angle of the point `(x, y)`, as `Math.atan2`) from arithmetic and
 * `sqrt`-free rational reduction: `t = min(|x|, |y|) / max(|x|, |y|)`, then
 * `atan(t) = pi/4 + atan((t - 1) / (t + 1))` above `tan(pi/8)`, then the octant and
 * quadrant fix-ups. `atan2(0, 0)` is 0.
 *
 * @example
 * ```ts
 * polyAtan2(1, 1); // 0.7853981633974483
 * ```
 */
export function polyAtan2(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const hi = Math.max(ax, ay);
  const lo = Math.min(ax, ay);
  let t = 0;
  if (hi > 0) t = lo / hi;
  let u = t;
  let base = 0;
  if (t > 0.41421356237309503) {
    u = (t - 1) / (t + 1);
    base = 0.7853981633974483;
  }
  const w = u * u;
  const q =
    -0.33333333281218136 +
    w * (0.19999977799628693 + w * (-0.14284175982174147 + w * (0.11071765598373014 + w * (-0.08627326793197383 + w * 0.050542883057250854))));
  let r = base + u + u * w * q;
  if (ay > ax) r = 1.5707963267948966 - r;
  if (x < 0) r = 3.141592653589793 - r;
  if (y < 0) r = -r;
  return r;
}
