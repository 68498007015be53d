/**
 * Training kernels for the tfjs wasm backend (tfjs 4.22), so that CNNs train on wasm at
 * all and fast enough for a laptop-scale suite.
 *
 * - `Conv2DBackpropFilter` is missing from tfjs-backend-wasm 4.22 (tensorflow/tfjs#8474).
 *   `examples/tfjs-mnist/src/convBackpropFilter.mjs` (our sibling example) registers an
 *   im2col + `BatchMatMul` version; this one is the same gradient computed as one more
 *   forward convolution on the wasm backend's own (XNNPACK) `Conv2D` kernel, about 2x
 *   faster here, with the sibling's im2col version kept as the fallback for strides and
 *   dilations other than 1.
 * - `Conv2DBackpropInput` exists on wasm but is a plain loop, 3-8x slower here than the
 *   same gradient written as a convolution of the padded `dy` with the flipped kernel.
 * - `MaxPoolGrad` exists on wasm but costs about 40 ns per input element; a JavaScript
 *   loop over the pooling windows is several times faster.
 * - `BatchMatMul` with a transpose flag (every Dense layer's backward pass) takes a path
 *   about 9x slower than transposing first; the flags are turned into `Transpose` kernels.
 *
 * The identities (stride 1, dilation 1, NHWC, `top`/`left` the forward padding):
 *
 *   dW[fh, fw, ci, co] = sum_{b, oh, ow} xpad[b, oh + fh, ow + fw, ci] * dy[b, oh, ow, co]
 *                      = conv2d(xpadᵀ as [ci, H', W', b], dyᵀ as [oh, ow, b, co])  -> [ci, fh, fw, co]
 *   dx[b, i, j, ci]    = sum_{fh, fw, co} dy[b, i + top - fh, j + left - fw, co] * W[fh, fw, ci, co]
 *                      = conv2d(dy padded by (FH - 1 - top, FW - 1 - left), W flipped, in/out swapped)
 *
 * `checkWasmKernels` compares every kernel with the tfjs cpu backend's on random data
 * (valid, same and strided cases) before a run trains; a mismatch throws.
 */
import * as tf from "@tensorflow/tfjs";
import { filterGradientByIm2col as filterByIm2col } from "@mmareg/example-tfjs-mnist/convBackpropFilter";

/** Run a wasm kernel by name on backend tensor infos. */
function run(backend, name, inputs, attrs) {
  return tf.getKernel(name, "wasm").kernelFunc({ inputs, backend, attrs });
}

function free(backend, ...infos) {
  for (const t of infos) backend.disposeData(t.dataId);
}

function conv2DBackpropFilter({ inputs, backend, attrs }) {
  const { x, dy } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs;
  if (dataFormat !== "NHWC") throw new Error(`Conv2DBackpropFilter (paper-experiments kernel): only NHWC, got ${dataFormat}`);
  const info = tf.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, "channelsLast");
  const { inHeight: H, inWidth: W, outHeight: OH, outWidth: OW, filterHeight: FH, filterWidth: FW } = info;
  const { top, bottom, left, right } = info.padInfo;
  const unit = info.strideHeight === 1 && info.strideWidth === 1 && info.dilationHeight === 1 && info.dilationWidth === 1;
  if (!unit || H + top + bottom - OH + 1 !== FH || W + left + right - OW + 1 !== FW) return filterByIm2col(backend, x, dy, info, filterShape);
  const padded = top || bottom || left || right ? run(backend, "PadV2", { x }, { paddings: [[0, 0], [top, bottom], [left, right], [0, 0]], constantValue: 0 }) : null;
  const xt = run(backend, "Transpose", { x: padded ?? x }, { perm: [3, 1, 2, 0] }); // [ci, H', W', b]
  const dyt = run(backend, "Transpose", { x: dy }, { perm: [1, 2, 0, 3] }); // [oh, ow, b, co]
  const g = run(backend, "Conv2D", { x: xt, filter: dyt }, { strides: 1, pad: "valid", dilations: 1, dataFormat: "NHWC" }); // [ci, fh, fw, co]
  const out = run(backend, "Transpose", { x: g }, { perm: [1, 2, 0, 3] });
  free(backend, xt, dyt, g, ...(padded ? [padded] : []));
  return out;
}

function conv2DBackpropInput({ inputs, backend, attrs }, fallback) {
  const { dy, filter } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs;
  const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad, dimRoundingMode, false, "channelsLast");
  const { inHeight: H, inWidth: W, outHeight: OH, outWidth: OW, filterHeight: FH, filterWidth: FW } = info;
  const pt = FH - 1 - info.padInfo.top;
  const pl = FW - 1 - info.padInfo.left;
  const pb = H + FH - 1 - OH - pt;
  const pr = W + FW - 1 - OW - pl;
  const unit = info.strideHeight === 1 && info.strideWidth === 1 && dataFormat === "NHWC";
  if (!unit || pt < 0 || pl < 0 || pb < 0 || pr < 0) return fallback({ inputs, backend, attrs });
  const dyp = run(backend, "PadV2", { x: dy }, { paddings: [[0, 0], [pt, pb], [pl, pr], [0, 0]], constantValue: 0 });
  const flipped = run(backend, "Reverse", { x: filter }, { dims: [0, 1] });
  const wt = run(backend, "Transpose", { x: flipped }, { perm: [0, 1, 3, 2] }); // [fh, fw, co, ci]
  const out = run(backend, "Conv2D", { x: dyp, filter: wt }, { strides: 1, pad: "valid", dilations: 1, dataFormat: "NHWC" });
  free(backend, dyp, flipped, wt);
  return out;
}

function maxPoolGrad({ inputs, backend, attrs }) {
  const { dy, input } = inputs;
  const { filterSize, strides, pad, dimRoundingMode } = attrs;
  const info = tf.backend_util.computePool2DInfo(input.shape, filterSize, strides, 1, pad, dimRoundingMode);
  const { batchSize: B, inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW, strideHeight: sh, strideWidth: sw } = info;
  const { effectiveFilterHeight: FH, effectiveFilterWidth: FW } = info;
  const { top, left } = info.padInfo;
  const xv = backend.readSync(input.dataId);
  const gv = backend.readSync(dy.dataId);
  const dx = new Float32Array(B * H * W * C);
  // each output's gradient goes to the first maximum of its window (row-major scan), as in TF
  for (let b = 0; b < B; b++) {
    for (let oh = 0; oh < OH; oh++) {
      const h0 = Math.max(0, oh * sh - top);
      const h1 = Math.min(H, oh * sh - top + FH);
      for (let ow = 0; ow < OW; ow++) {
        const w0 = Math.max(0, ow * sw - left);
        const w1 = Math.min(W, ow * sw - left + FW);
        const o = ((b * OH + oh) * OW + ow) * C;
        for (let c = 0; c < C; c++) {
          let best = -Infinity;
          let at = -1;
          for (let h = h0; h < h1; h++) {
            for (let w = w0; w < w1; w++) {
              const k = ((b * H + h) * W + w) * C + c;
              if (xv[k] > best || at < 0) {
                best = xv[k];
                at = k;
              }
            }
          }
          if (at >= 0) dx[at] += gv[o + c];
        }
      }
    }
  }
  return backend.makeOutput([...input.shape], "float32", undefined, dx);
}

function batchMatMul({ inputs, backend, attrs }, native) {
  const { a, b } = inputs;
  const { transposeA, transposeB } = attrs;
  if (!transposeA && !transposeB) return native({ inputs, backend, attrs });
  const swap = (t) => run(backend, "Transpose", { x: t }, { perm: [...t.shape.keys()].map((i, _, all) => (i < all.length - 2 ? i : 2 * all.length - 3 - i)) });
  const at = transposeA ? swap(a) : a;
  const bt = transposeB ? swap(b) : b;
  const out = native({ inputs: { a: at, b: bt }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } });
  free(backend, ...(transposeA ? [at] : []), ...(transposeB ? [bt] : []));
  return out;
}

let registered = false;

/** Register the three kernels on wasm (idempotent). Call after `tf.setBackend("wasm")`. */
export function registerWasmKernels() {
  if (registered) return;
  registered = true;
  if (tf.getKernel("Conv2DBackpropFilter", "wasm")) tf.unregisterKernel("Conv2DBackpropFilter", "wasm");
  tf.registerKernel({ kernelName: "Conv2DBackpropFilter", backendName: "wasm", kernelFunc: conv2DBackpropFilter });
  const native = tf.getKernel("Conv2DBackpropInput", "wasm");
  const nativeFunc = native.kernelFunc;
  tf.unregisterKernel("Conv2DBackpropInput", "wasm");
  tf.registerKernel({ kernelName: "Conv2DBackpropInput", backendName: "wasm", kernelFunc: (args) => conv2DBackpropInput(args, nativeFunc) });
  tf.unregisterKernel("MaxPoolGrad", "wasm");
  tf.registerKernel({ kernelName: "MaxPoolGrad", backendName: "wasm", kernelFunc: maxPoolGrad });
  const nativeMatMul = tf.getKernel("BatchMatMul", "wasm");
  tf.unregisterKernel("BatchMatMul", "wasm");
  tf.registerKernel({ kernelName: "BatchMatMul", backendName: "wasm", setupFunc: nativeMatMul.setupFunc, kernelFunc: (args) => batchMatMul(args, nativeMatMul.kernelFunc) });
}

/**
 * Compare the three kernels' gradients on the active backend with the tfjs cpu backend's
 * on seeded random data (valid, same, strided and odd-sized cases); throws on a mismatch.
 */
export async function checkWasmKernels() {
  const active = tf.getBackend();
  const cases = [
    { x: [2, 7, 6, 3], f: [3, 3, 3, 4], s: 1, pad: "valid" },
    { x: [3, 8, 8, 2], f: [3, 2, 2, 5], s: 2, pad: "same" },
    { x: [2, 5, 6, 2], f: [3, 3, 2, 3], s: 1, pad: "same" },
    { x: [2, 9, 7, 3], f: [2, 2, 3, 2], s: 1, pad: "same" },
  ];
  for (const [k, c] of cases.entries()) {
    const x = tf.randomNormal(c.x, 0, 1, "float32", 1 + k);
    const w = tf.randomNormal(c.f, 0, 1, "float32", 11 + k);
    const grads = async (backend) => {
      await tf.setBackend(backend);
      const xt = tf.tensor(x.dataSync(), c.x);
      const wt = tf.tensor(w.dataSync(), c.f);
      const y = tf.conv2d(xt, wt, c.s, c.pad);
      const dy = tf.tensor(Float32Array.from({ length: y.size }, (_, i) => Math.sin(i)), y.shape);
      const loss = (a, b) => tf.sum(tf.mul(tf.conv2d(a, b, c.s, c.pad), dy));
      const [gx, gw] = tf.grads(loss)([xt, wt]);
      const pooled = tf.maxPool(tf.relu(y), 2, 2, c.pad);
      const dp = tf.tensor(Float32Array.from({ length: pooled.size }, (_, i) => Math.cos(i)), pooled.shape);
      const gp = tf.grad((v) => tf.sum(tf.mul(tf.maxPool(v, 2, 2, c.pad), dp)))(tf.tensor(y.dataSync(), y.shape));
      const flat = tf.reshape(xt, [c.x[0], -1]);
      const mm = [[false, false], [true, false], [false, true], [true, true]].map(([ta, tb]) =>
        Array.from(tf.matMul(ta ? tf.transpose(flat) : flat, tb ? flat : tf.transpose(flat), ta, tb).dataSync()),
      );
      return [gx.dataSync(), gw.dataSync(), gp.dataSync(), mm.flat()];
    };
    const want = await grads("cpu");
    const got = await grads(active);
    ["Conv2DBackpropInput", "Conv2DBackpropFilter", "MaxPoolGrad", "BatchMatMul"].forEach((name, i) => {
      const err = Math.max(...Array.from(got[i], (v, j) => Math.abs(v - want[i][j])));
      if (!(err < 1e-4)) throw new Error(`${name} check failed (${JSON.stringify(c)}): max |diff| ${err}`);
    });
  }
  await tf.setBackend(active);
}
