import type { BackendArray, Dtype } from "./backend.js";

/** The losses this library implements. */
export type LossName = "mma" | "cosine" | "mhe" | "orthogonal";

/** Every loss name, in the order the docs and CLI list them. */
export const LOSS_NAMES: readonly LossName[] = ["mma", "cosine", "mhe", "orthogonal"];

/**
 * Numeric mode.
 * - `exact` (default): angles without the published code's clamp plateau; rows are
 *   normalized by their exact norm (a zero row is an error); `n < 2` gives loss 0.
 * - `reference`: the paper's PyTorch code to the last digit: `F.normalize` with
 *   `eps = 1e-12`, the diagonal masked by `C - 2 diag(diag C)`, and for `mma` the cosine
 *   clamped to ±0.99999 before `acos` (zero gradient where the clamp bites).
 */
export type NumericMode = "exact" | "reference";

/** Seeded random subset of rows used by the mini-batch MHE variant. */
export interface RowBatch {
  /** Number of rows per call (at least 2). */
  size?: number;
  /** Fraction of the rows per call, for example `0.3` as in the paper's Table 3. */
  fraction?: number;
  /** Seed of the row sampler; the same seed picks the same rows. Default 0. */
  seed?: number;
}

/** Options shared by every loss. */
export interface BaseLossOptions {
  /** Numeric mode, default `exact`. */
  mode?: NumericMode;
  /** Use the backend's fused operations when it has them (default `true`). */
  fused?: boolean;
}

/** Options of the `mma` loss (paper eq. 6). */
export type MmaOptions = BaseLossOptions;

/** Options of the `cosine` loss (paper eq. 5). */
export type CosineOptions = BaseLossOptions;

/** Options of the `mhe` loss (paper eqs. 9 and 11). */
export interface MheOptions extends BaseLossOptions {
  /** Riesz-Fisher exponent `s > 0`, or `0` for the logarithmic energy. Default 2. */
  s?: number;
  /** Half-space MHE: also repel each row from the other rows' antipodes. Default `false`. */
  halfSpace?: boolean;
  /** Mini-batch MHE: evaluate on a seeded random subset of rows. */
  batch?: RowBatch;
}

/** Options of the `orthogonal` loss (paper eq. 14). */
export type OrthogonalOptions = BaseLossOptions;

/** Any loss's options, with the loss selected by name. */
export interface AnyLossOptions extends MheOptions {
  /** Which loss, default `mma`. */
  loss?: LossName;
}

/** A loss value and its gradient with respect to the raw rows, as backend tensors. */
export interface LossTensors<T> {
  /** `[]` the loss. */
  loss: T;
  /** `[n, d]` d loss / d W. */
  grad: T;
}

/**
 * How a weight tensor maps to the `[n, d]` row matrix (one row per neuron or filter).
 * - `rows`: already `[n, d]`.
 * - `dense`: a dense kernel `[in, out]` (tfjs / Keras): columns are neurons.
 * - `conv-hwio`: channels-last conv kernel `[..., in, out]` (tfjs Conv1D/2D/3D): the last
 *   axis holds the filters, all others are flattened.
 * - `conv-oihw`: PyTorch / ONNX conv weight `[out, in, ...]`: the first axis holds the filters.
 * - `depthwise-hwcm`: tfjs depthwise kernel `[kh, kw, in, multiplier]`: each of the
 *   `in * multiplier` filters is a `kh * kw` row.
 */
export type Layout = "rows" | "dense" | "conv-hwio" | "conv-oihw" | "depthwise-hwcm";

/** Every layout name. */
export const LAYOUTS: readonly Layout[] = ["rows", "dense", "conv-hwio", "conv-oihw", "depthwise-hwcm"];

/** A matrix given as nested arrays or as flat row-major data with a shape. */
export type MatrixInput =
  | readonly (readonly number[])[]
  | { readonly data: ArrayLike<number>; readonly shape: readonly number[] };

/** A loss evaluated and read back. */
export interface LossResult {
  /** The loss value. */
  loss: number;
  /** d loss / d W, flat row-major in the input's own shape and layout. */
  grad: BackendArray;
  /** The input's shape. */
  shape: number[];
  /** Number of rows (neurons / filters) after the layout. */
  n: number;
  /** Row length after the layout. */
  d: number;
  /** Loss name. */
  lossName: LossName;
  /** Numeric mode used. */
  mode: NumericMode;
  /** Backend name. */
  backend: string;
  /** Backend precision. */
  dtype: Dtype;
}
