import { angleReport, MMARegError, type Layout } from "@mmareg/core";
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
  /** Pairs of live rows, `live (live - 1) / 2`. */
  pairs: number;
  /** The cosine threshold used. */
  threshold: number;
  /** Indices of all-zero ("dead") rows, left out of the statistics (empty when none). */
  deadRows: number[];
  /** Rows that are not all zeros; the statistics are over these. */
  live: number;
  /** Why the layer could not be measured (non-finite weights, for example); its statistics are then null / 0. */
  error?: string;
}

/**
 * Per layer: rows, row length, minimal angle, mean nearest-neighbour angle and the count
 * of pairs with `|cos| > 0.2`, computed on the active tfjs backend (the weights are read
 * back once; the chosen pairs' angles are re-measured exactly on the CPU).
 *
 * Never stops at one layer: all-zero ("dead") rows are listed in `deadRows` and left out
 * of that layer's statistics; a layer that cannot be measured (non-finite weights) gets a
 * row with `error` saying why and null statistics.
 *
 * @example
 * ```ts
 * console.table(await layerAngles(model));
 * ```
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
    const base = { layer: k.layer, className: k.className, weight: k.name, shape: k.shape, layout: k.layout, threshold };
    try {
      const r = await angleReport(b, { data, shape: k.shape }, { layout: k.layout, threshold, layer: k.name, zeroRows: "skip" });
      out.push({
        ...base,
        n: r.n,
        d: r.d,
        minAngleDeg: r.minAngleDeg,
        meanNearestDeg: r.meanNearestDeg,
        pairsAbove: r.pairsAbove,
        pairs: (r.live * (r.live - 1)) / 2,
        deadRows: r.deadRows,
        live: r.live,
      });
    } catch (e) {
      if (!(e instanceof MMARegError)) throw e;
      out.push({ ...base, n: 0, d: 0, minAngleDeg: null, meanNearestDeg: null, pairsAbove: 0, pairs: 0, deadRows: [], live: 0, error: e.message });
    }
  }
  return out;
}
