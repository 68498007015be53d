import { rowsShape, type Layout, type PairCache, type PairLossName } from "@mmareg/core";
import type { GradSaveFunc, Scalar, Tensor } from "@tensorflow/tfjs";
import { kernelRows } from "../model/kernelRows.js";
import type { TfNamespace } from "../tf.js";
import { hostPairLoss, type HostLayout } from "./hostPairs.js";

/** The tfjs backends whose tensors live in host memory, where reading a weight is a copy. */
const HOST_BACKENDS: ReadonlySet<string> = new Set(["cpu", "wasm"]);

/**
 * Whether the cached steps of `refreshEvery > 1` run on the host ({@link pairLossOp}):
 * the active backend keeps its tensors in host memory (tfjs-cpu, tfjs-wasm) and the mode
 * is `exact`. On GPU backends (webgl, webgpu) and in `reference` mode the cached pairs go
 * through core's `lossForPairs` on the device instead.
 */
export function hostPairsApply(tf: TfNamespace, mode: string): boolean {
  return mode === "exact" && HOST_BACKENDS.has(tf.getBackend());
}

/** Each cached index tensor read back once (it changes only on a refresh step). */
const hostIndex = new WeakMap<Tensor, Int32Array>();

function indexOnHost(index: Tensor): Int32Array {
  let h = hostIndex.get(index);
  if (!h) {
    h = Int32Array.from(index.dataSync() as ArrayLike<number>);
    hostIndex.set(index, h);
  }
  return h;
}

/** `columns`: the neurons are the weight's last axis (`[d, n]` data); `rows`: `[n, d]`. */
function hostLayout(layout: Layout): HostLayout {
  return layout === "rows" || layout === "conv-oihw" ? "rows" : "columns";
}

/**
 * The pair loss of one weight, in its stored layout, with the neighbour cache `pairs`
 * (`refreshEvery > 1`, exact mode, a host-memory backend: see {@link hostPairsApply}),
 * as one `tf.customGrad` op on the weight itself:
 *
 * - on a refresh step (the cache's first call, a new shape, every k-th call) exactly what
 *   the regularizer computes without this op: the rows (`kernelRows`), the cache's searched
 *   loss, and its gradient transposed back to the weight's layout; the same bits;
 * - in between, one read of the weight and {@link hostPairLoss}: the loss and gradient
 *   of the cached pairs in four host passes over the data, no transposes, one upload of
 *   the gradient, instead of about 60 tfjs kernels.
 *
 * The backward pass scales the kept gradient by `dy`, like `angularLoss`.
 */
export function pairLossOp(tf: TfNamespace, x: Tensor, layout: Layout, pairs: PairCache<Tensor>, loss: PairLossName): Scalar {
  const { n, d } = rowsShape(x.shape, layout);
  const op = tf.customGrad((...args: (Tensor | GradSaveFunc)[]) => {
    const [w, save] = args as [Tensor, GradSaveFunc];
    const index = pairs.reuse([n, d]);
    let value: Tensor;
    let grad: Tensor;
    if (index === null) {
      const rows = kernelRows(tf, w, layout);
      const r = pairs.loss(rows);
      value = r.loss;
      grad = rows === w ? r.grad : hostLayout(layout) === "rows" ? tf.reshape(r.grad, w.shape) : tf.reshape(tf.transpose(r.grad), w.shape);
    } else {
      const r = hostPairLoss(w.dataSync() as Float32Array, n, d, hostLayout(layout), indexOnHost(index), loss);
      value = tf.scalar(r.loss);
      grad = tf.tensor(r.grad, w.shape, "float32");
    }
    save([grad]);
    return { value, gradFunc: (dy: Tensor, saved: Tensor[]) => tf.mul(saved[0] as Tensor, dy) };
  });
  return op(x) as Scalar;
}
