import { ASIN_COEFFS, ATAN_COEFFS } from "@mmareg/core/internal";
import type { Tensor } from "@tensorflow/tfjs";
import type { TfNamespace } from "../tf.js";

/**
 * tfjs backends whose `acos` / `atan2` kernels call an accurate libm (JS `Math`, the wasm
 * build, TensorFlow C++). On the others (webgl, webgpu) the shader builtins are
 * approximations (SwiftShader's acos(0) is off by 7e-5), so we evaluate core's
 * arithmetic versions (`polyAcos`, `polyAtan2`) with tensor ops instead.
 */
const ACCURATE_BUILTINS = new Set(["cpu", "wasm", "tensorflow"]);

/** Whether the active tfjs backend's acos/atan2 builtins can be trusted. */
export function accurateBuiltins(tf: TfNamespace): boolean {
  return ACCURATE_BUILTINS.has(tf.getBackend());
}

function horner(tf: TfNamespace, coeffs: readonly number[], z: Tensor): Tensor {
  let p: Tensor = tf.scalar(coeffs[coeffs.length - 1] as number);
  for (let i = coeffs.length - 2; i >= 0; i--) p = tf.add(tf.mul(p, z), coeffs[i] as number);
  return p;
}

/** `acos(x)`: the builtin where accurate, core's `polyAcos` (same branches, as tensor ops) elsewhere. */
export function acosTf(tf: TfNamespace, x: Tensor): Tensor {
  if (accurateBuiltins(tf)) return tf.acos(x);
  return tf.tidy(() => {
    const a = tf.abs(x);
    const large = tf.greater(a, 0.5);
    const z = tf.where(large, tf.mul(tf.sub(1, a), 0.5), tf.square(a));
    const s = tf.where(large, tf.sqrt(z), a);
    const asinS = tf.add(s, tf.mul(tf.mul(s, z), horner(tf, ASIN_COEFFS, z)));
    const negative = tf.less(x, 0);
    const twice = tf.mul(asinS, 2);
    const nearPoles = tf.where(negative, tf.sub(Math.PI, twice), twice);
    const nearZero = tf.where(negative, tf.add(Math.PI / 2, asinS), tf.sub(Math.PI / 2, asinS));
    return tf.where(large, nearPoles, nearZero);
  });
}

/** `atan2(y, x)`: the builtin where accurate, core's `polyAtan2` as tensor ops elsewhere. */
export function atan2Tf(tf: TfNamespace, y: Tensor, x: Tensor): Tensor {
  if (accurateBuiltins(tf)) return tf.atan2(y, x);
  return tf.tidy(() => {
    const ax = tf.abs(x);
    const ay = tf.abs(y);
    const t = tf.div(tf.minimum(ax, ay), tf.maximum(tf.maximum(ax, ay), 1e-30));
    const reduced = tf.greater(t, Math.SQRT2 - 1);
    const u = tf.where(reduced, tf.div(tf.sub(t, 1), tf.add(t, 1)), t);
    const w = tf.square(u);
    const base = tf.mul(tf.cast(reduced, "float32"), Math.PI / 4);
    let r = tf.add(tf.add(base, u), tf.mul(tf.mul(u, w), horner(tf, ATAN_COEFFS, w)));
    r = tf.where(tf.greater(ay, ax), tf.sub(Math.PI / 2, r), r);
    r = tf.where(tf.less(x, 0), tf.sub(Math.PI, r), r);
    return tf.where(tf.less(y, 0), tf.neg(r), r);
  });
}
