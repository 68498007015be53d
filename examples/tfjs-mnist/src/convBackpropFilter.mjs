/**
 * The filter gradient of a 2-D convolution (`Conv2DBackpropFilter`) for the tfjs wasm
 * backend, which does not have it in tfjs 4.22 (tensorflow/tfjs#8474): without it no
 * convolution can be trained on wasm. It is one matrix product on the wasm backend's own
 * `BatchMatMul` kernel:
 *
 *   dW[(fh, fw, ci), co] = sum over m = (b, oh, ow) of cols[(fh, fw, ci), m] * dy[m, co]
 *
 * where `cols` is the input unfolded into patches (im2col, built here in JavaScript,
 * zero where the window hangs over the padding). The `[fh * fw * ci, co]` result is the
 * filter in tfjs's `[fh, fw, ci, co]` layout. Both runs of the example use it, so their
 * times per batch stay comparable; `checkConvBackpropFilter` compares it with the tfjs
 * cpu backend's kernel before training starts.
 */
import * as tf from "@tensorflow/tfjs";

function conv2DBackpropFilter({ inputs, backend, attrs }) {
  const { x, dy } = inputs;
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs;
  if (dataFormat !== "NHWC") throw new Error(`Conv2DBackpropFilter (example kernel): only NHWC, got ${dataFormat}`);
  const info = tf.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, "channelsLast");
  return filterGradientByIm2col(backend, x, dy, info, filterShape);
}

/**
 * The filter gradient as im2col + one `BatchMatMul` on the wasm backend (any stride,
 * dilation and padding): `x` and `dy` are the kernel's tensor infos, `info` tfjs's
 * `Conv2DInfo`. Also the fallback of `examples/paper-experiments`' faster kernel.
 */
export function filterGradientByIm2col(backend, x, dy, info, filterShape) {
  const { batchSize: B, inHeight: H, inWidth: W, inChannels: Ci, outHeight: OH, outWidth: OW, outChannels: Co } = info;
  const { filterHeight: FH, filterWidth: FW, strideHeight: sh, strideWidth: sw, dilationHeight: dh, dilationWidth: dw } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  const xv = backend.readSync(x.dataId);
  const M = B * OH * OW;
  const K = FH * FW * Ci;
  // cols [K, M]: row k = (fh, fw, ci) holds that input value under every output position m
  const cols = new Float32Array(K * M);
  for (let fh = 0; fh < FH; fh++) {
    for (let fw = 0; fw < FW; fw++) {
      for (let ci = 0; ci < Ci; ci++) {
        const row = ((fh * FW + fw) * Ci + ci) * M;
        let m = 0;
        for (let b = 0; b < B; b++) {
          for (let oh = 0; oh < OH; oh++) {
            const ih = oh * sh - top + fh * dh;
            for (let ow = 0; ow < OW; ow++, m++) {
              const iw = ow * sw - left + fw * dw;
              if (ih >= 0 && ih < H && iw >= 0 && iw < W) cols[row + m] = xv[((b * H + ih) * W + iw) * Ci + ci];
            }
          }
        }
      }
    }
  }
  const a = backend.makeOutput([1, K, M], "float32", undefined, cols);
  const batchMatMul = tf.getKernel("BatchMatMul", "wasm").kernelFunc;
  // dy [B, OH, OW, Co] is already row-major [M, Co]: the same buffer under another shape
  const out = batchMatMul({ inputs: { a, b: { dataId: dy.dataId, shape: [1, M, Co], dtype: dy.dtype } }, backend, attrs: { transposeA: false, transposeB: false } });
  backend.disposeData(a.dataId);
  return { dataId: out.dataId, shape: [...filterShape], dtype: "float32" };
}

/** Register the kernel for wasm (once). */
export function registerConvBackpropFilter() {
  if (!tf.getKernel("Conv2DBackpropFilter", "wasm")) {
    tf.registerKernel({ kernelName: "Conv2DBackpropFilter", backendName: "wasm", kernelFunc: conv2DBackpropFilter });
  }
}

/** Compare with the tfjs cpu backend's kernel on random data, strided and padded; throws on a mismatch. */
export async function checkConvBackpropFilter() {
  const active = tf.getBackend();
  const cases = [
    { x: [2, 7, 6, 3], f: [3, 3, 3, 4], s: 1, pad: "valid" },
    { x: [3, 8, 8, 2], f: [3, 2, 2, 5], s: 2, pad: "same" },
    { x: [2, 5, 6, 2], f: [3, 3, 2, 3], s: 1, pad: "same" },
  ];
  for (const c of cases) {
    const x = tf.randomNormal(c.x, 0, 1, "float32", 1);
    const run = async (backend) => {
      await tf.setBackend(backend);
      const xt = tf.tensor(x.dataSync(), c.x);
      const outShape = tf.conv2d(xt, tf.zeros(c.f), c.s, c.pad).shape;
      const dy = tf.tensor(Float32Array.from({ length: outShape.reduce((a, b) => a * b) }, (_, i) => Math.sin(i)), outShape);
      // the filter gradient of sum(conv2d(x, f) * dy) is Conv2DBackpropFilter(x, dy)
      return tf.grad((f) => tf.sum(tf.mul(tf.conv2d(xt, f, c.s, c.pad), dy)))(tf.zeros(c.f)).dataSync();
    };
    const want = await run("cpu");
    const got = await run(active);
    const err = Math.max(...Array.from(got, (v, i) => Math.abs(v - want[i])));
    if (!(err < 1e-4)) throw new Error(`Conv2DBackpropFilter check failed (${JSON.stringify(c)}): max |diff| ${err}`);
  }
  await tf.setBackend(active);
}
