import { angleReport, type Layout } from "@mmareg/core";
import type { LayersModel } from "@tensorflow/tfjs";
import { sharedBackend } from "../angularLoss.js";
import type { TfNamespace } from "../tf.js";
import { kernelWeights, type LayerSelection } from "./kernelWeights.js";

/** The angular diversity of one layer's kernel. */
export interface LayerAngles {
  /** Layer name. */
  layer: string;
  /** Layer class (Dense, Conv2D, ...). */
  className: string;
  /** Weight name, as in the saved weights manifest. */
  weight: string;
  /** Kernel shape. */
  shape: number[];
  /** How it maps to rows. */
  layout: Layout;
  /** Number of neurons / filters (rows). */
  n: number;
  /** Row length. */
  d: number;
  /** The minimal pairwise angle in degrees (`null` for fewer than two rows). */
  minAngleDeg: number | null;
  /** Mean angle of each row to its nearest neighbour, degrees (`null` for `n < 2`). */
  meanNearestDeg: number | null;
  /** Pairs `i < j` with `|cos| > threshold` (the paper's Fig. 1 statistic). */
  pairsAbove: number;
  /** All pairs, `n (n - 1) / 2`. */
  pairs: number;
  /** The cosine threshold used. */
  threshold: number;
}

/**
 * Per layer: rows, row length, minimal angle, mean nearest-neighbour angle and the count
 * of pairs with `|cos| > 0.2`, computed on the active tfjs backend (the weights are read
 * back once to be validated).
 *
 * @example
 * ```ts
 * console.table(await layerAngles(model));
 * ```
 * @throws {@link MMARegError} `ZERO_ROW` / `NON_FINITE` naming the weight.
 */
export async function layerAngles(
  model: LayersModel,
  options: { threshold?: number; layers?: LayerSelection; exclude?: readonly (string | RegExp)[]; tf?: TfNamespace } = {},
): Promise<LayerAngles[]> {
  const b = sharedBackend(options.tf);
  const threshold = options.threshold ?? 0.2;
  const out: LayerAngles[] = [];
  for (const k of kernelWeights(model, options)) {
    const data = await k.variable.read().data();
    const r = await angleReport(b, { data, shape: k.shape }, { layout: k.layout, threshold, layer: k.name });
    out.push({
      layer: k.layer,
      className: k.className,
      weight: k.name,
      shape: k.shape,
      layout: k.layout,
      n: r.n,
      d: r.d,
      minAngleDeg: r.minAngleDeg,
      meanNearestDeg: r.meanNearestDeg,
      pairsAbove: r.pairsAbove,
      pairs: (r.n * (r.n - 1)) / 2,
      threshold,
    });
  }
  return out;
}
