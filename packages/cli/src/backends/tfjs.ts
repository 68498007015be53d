import type { Backend } from "@mmareg/core";
import type { Scalar, Tensor } from "@tensorflow/tfjs";
import type { BenchBaseline, BenchExtras } from "./types.js";

type Tf = typeof import("@tensorflow/tfjs");

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

/**
 * Largest `n * n` the autodiff baseline runs at: its forward and backward passes keep
 * several `n x n` float32 tensors alive (the cosines, the identity, the masked copy and
 * their gradients), and at 10575 x 512 that aborted tfjs-wasm's 4 GiB memory mid-bench.
 * 2^25 entries is n = 5792, 128 MiB per `n x n` tensor.
 */
export const AUTODIFF_MAX_ENTRIES = 2 ** 25;

/** `mma bench` baseline: {@link paperMmaLoss} and its autodiff gradient, both read back. */
const autodiffBaseline: BenchBaseline = {
  label: "autodiff (paper's code)",
  skip: (n) => (n * n > AUTODIFF_MAX_ENTRIES ? "needs n x n memory" : undefined),
  async run(_backend: Backend<unknown>, w: unknown): Promise<void> {
    const tf = await import("@tensorflow/tfjs");
    // valueAndGrad frees the intermediates of the forward and backward passes itself
    const { value, grad } = tf.valueAndGrad((x: Tensor) => paperMmaLoss(tf, x))(w as Tensor);
    await Promise.all([value.data(), grad.data()]);
    tf.dispose([value, grad]);
  },
};

/** tfjs rows of `mma bench` also time the paper's formula with tfjs autodiff. */
export const tfjsExtras: BenchExtras = { baselines: [autodiffBaseline] };
