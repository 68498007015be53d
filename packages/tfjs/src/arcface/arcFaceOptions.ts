import { MMARegError, type NumericMode } from "@mmareg/core";
import type { TfjsBackend } from "../createTfjsBackend.js";
import type { TfNamespace } from "../tf.js";

/**
 * What the target logit becomes where `theta + m` passes `pi` (there `cos(theta + m)`
 * would start to grow again with `theta`, rewarding a feature for moving away from its
 * class):
 * - `linear` (default, InsightFace's `ArcMarginProduct`): for `theta > pi - m` the target
 *   cosine is `cos(theta) - m sin(m)`, which keeps decreasing with `theta` (a jump of
 *   `cos(m) + m sin(m) - 1`, about -0.12 at `m = 0.5`, at `theta = pi - m`);
 * - `easy` (the "easy margin"): the margin is applied only where `cos(theta) > 0`
 *   (`theta < pi / 2`), plain `cos(theta)` elsewhere.
 */
export type ArcFaceBoundary = "linear" | "easy";

/** How the class weights are laid out: a row per class `[classes, d]`, or a Dense kernel `[d, classes]`. */
export type ClassWeightsLayout = "rows" | "dense";

/** Options of {@link arcFaceLoss}. */
export interface ArcFaceOptions {
  /** The additive angular margin `m` in radians (default 0.5, as in ArcFace and the paper). */
  margin?: number;
  /** The feature scale `s` the cosines are multiplied by (default 64). */
  scale?: number;
  /** The fallback where `theta + m > pi` (default `linear`). */
  boundary?: ArcFaceBoundary;
  /** The layout of the class weights (default `rows`: `[classes, d]`). */
  layout?: ClassWeightsLayout;
  /** The TensorFlow.js namespace (default: the peer `@tensorflow/tfjs`). */
  tf?: TfNamespace;
}

/** Options of {@link arcFacePlusLoss}: ArcFace's, plus the MMA term of eq. 15. */
export interface ArcFacePlusOptions extends ArcFaceOptions {
  /** lambda of eq. 15, the weight of the MMA loss of the class weights (default 0.03, the paper's). */
  coefficient?: number;
  /** Numeric mode of the MMA term (default `exact`; see core). */
  mode?: NumericMode;
  /** The backend the MMA term runs on (default: the shared one of the namespace). */
  backend?: TfjsBackend;
}

/** ArcFace options after defaults and checks. */
export interface ResolvedArcFaceOptions {
  margin: number;
  scale: number;
  boundary: ArcFaceBoundary;
  layout: ClassWeightsLayout;
}

function bad(message: string): MMARegError {
  return new MMARegError("BAD_OPTION", message, { loss: "arcface" });
}

/**
 * Check and complete ArcFace options.
 *
 * @example
 * ```ts
 * resolveArcFaceOptions({ margin: 0.3 }); // { margin: 0.3, scale: 64, boundary: "linear", layout: "rows" }
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` naming the option and the values it takes.
 */
export function resolveArcFaceOptions(options: ArcFaceOptions = {}): ResolvedArcFaceOptions {
  if (options === null || typeof options !== "object") throw bad("ArcFace options must be an object, for example { margin: 0.5, scale: 64 }");
  const margin = options.margin ?? 0.5;
  if (typeof margin !== "number" || !Number.isFinite(margin) || margin < 0 || margin >= Math.PI / 2) {
    throw bad(`margin must be a number of radians in [0, pi/2) (ArcFace uses 0.5), got ${String(margin)}`);
  }
  const scale = options.scale ?? 64;
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0) {
    throw bad(`scale must be a finite number > 0 (ArcFace uses 64), got ${String(scale)}`);
  }
  const boundary = options.boundary ?? "linear";
  if (boundary !== "linear" && boundary !== "easy") throw bad(`boundary must be "linear" or "easy", got ${JSON.stringify(boundary)}`);
  const layout = options.layout ?? "rows";
  if (layout !== "rows" && layout !== "dense") {
    throw bad(`layout must be "rows" ([classes, d]) or "dense" ([d, classes], a Dense kernel), got ${JSON.stringify(layout)}`);
  }
  return { margin, scale, boundary, layout };
}

/** Check ArcFace+'s coefficient (default 0.03). */
export function resolveCoefficient(coefficient: unknown): number {
  const c = coefficient ?? 0.03;
  if (typeof c !== "number" || !Number.isFinite(c) || c < 0) {
    throw bad(`coefficient must be a finite number >= 0 (the paper's ArcFace+ uses 0.03), got ${String(c)}`);
  }
  return c;
}
