import type { Backend } from "@mmareg/core";
import type { Scalar, Tensor } from "@tensorflow/tfjs";
import type { BackendEntry } from "./types.js";

type Tf = typeof import("@tensorflow/tfjs");

/** The tfjs namespace, and the wasm backend's package when asked (imported once, lazily). */
async function loadTf(backend: "cpu" | "wasm"): Promise<Tf> {
  const tf = await import("@tensorflow/tfjs");
  // a command-line program: no debug checks, and no "install tfjs-node" banner on stderr
  tf.env().set("PROD", true);
  if (backend === "wasm") await import("@tensorflow/tfjs-backend-wasm");
  return tf;
}

/**
 * The paper's PyTorch `get_mma_loss` translated op by op into tfjs ops, with its gradient
 * from tfjs autodiff: what a tfjs user would write without this library.
 *
 * ```python
 * weight_ = F.normalize(weight, p=2, dim=1)
 * cosine = torch.matmul(weight_, weight_.t())
 * cosine = cosine - 2. * torch.diag(torch.diag(cosine))
 * loss = -torch.acos(cosine.max(dim=1)[0].clamp(-0.99999, 0.99999)).mean()
 * ```
 *
 * `torch.diag(torch.diag(C))` is `C * I` here (tfjs has no diagonal extraction; its
 * `linalg.bandPart` is far slower on wasm), and `weight_.t()` an explicit transpose.
 */
export function paperMmaLoss(tf: Tf, w: Tensor): Scalar {
  const n = w.shape[0] as number;
  const unit = tf.div(w, tf.maximum(tf.norm(w, "euclidean", 1, true), 1e-12));
  const cosine = tf.matMul(unit, tf.transpose(unit));
  const masked = tf.sub(cosine, tf.mul(2, tf.mul(cosine, tf.eye(n))));
  return tf.neg(tf.mean(tf.acos(tf.clipByValue(tf.max(masked, 1), -0.99999, 0.99999)))) as Scalar;
}

/** `mma bench` baseline: {@link paperMmaLoss} and its autodiff gradient, both read back. */
const autodiffBaseline = {
  label: "autodiff (paper's code)",
  async run(_backend: Backend<unknown>, w: unknown): Promise<void> {
    const tf = await import("@tensorflow/tfjs");
    // valueAndGrad frees the intermediates of the forward and backward passes itself
    const { value, grad } = tf.valueAndGrad((x: Tensor) => paperMmaLoss(tf, x))(w as Tensor);
    await Promise.all([value.data(), grad.data()]);
    tf.dispose([value, grad]);
  },
};

function tfjsEntry(backend: "cpu" | "wasm", description: string): BackendEntry {
  return {
    name: `tfjs-${backend}`,
    description,
    dtypes: ["float32"],
    packages: ["@mmareg/tfjs", "@tensorflow/tfjs", ...(backend === "wasm" ? ["@tensorflow/tfjs-backend-wasm"] : [])],
    load: async () => {
      const tf = await loadTf(backend);
      const { loadTfjsBackend } = await import("@mmareg/tfjs");
      return (await loadTfjsBackend({ tf, backend })) as unknown as Backend<unknown>;
    },
    baselines: [autodiffBaseline],
  };
}

/** TensorFlow.js on its plain-JavaScript `cpu` backend. */
export const tfjsCpuEntry = tfjsEntry("cpu", "TensorFlow.js, cpu backend (plain JavaScript kernels), float32");

/** TensorFlow.js on its WebAssembly backend (XNNPACK, SIMD; single-threaded in Node). */
export const tfjsWasmEntry = tfjsEntry("wasm", "TensorFlow.js, wasm backend (XNNPACK, SIMD), float32");
