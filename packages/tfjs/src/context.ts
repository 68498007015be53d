import { MMARegError } from "@mmareg/core";
import type { Tensor } from "@tensorflow/tfjs";
import type { TfNamespace } from "./tf.js";

/** How the Gram product `A Aᵀ` is formed. */
export type GramTranspose = "auto" | "explicit" | "flag";

/** How a row max finds its lowest index among equal maxima. */
export type TieBreak = "auto" | "argmax" | "masked";

/**
 * tfjs backends whose `ArgMax` kernel scans each row in index order with a strict `>`,
 * so it returns the lowest index among equal maxima (read from their kernels: cpu and
 * wasm loop in order; webgl reduces windows in order). Elsewhere (webgpu, tfjs-node,
 * where TensorFlow documents ties as unspecified) the exact masked search is used.
 */
const LOWEST_INDEX_ARGMAX = new Set(["cpu", "wasm", "webgl"]);

/** How rows are scatter-added (the gradient sent to each row's partner). */
export type ScatterRows = "scatterND" | "matMul" | "auto";

/**
 * Backends whose `ScatterNd` loops, for every output element, over all the updates (the
 * webgl shader does; so `[n, d]` rows scattered by an `[n]` index cost `n^2 d` sequential
 * steps per pass, slower than the Gram product itself): `auto` scatters there with a
 * one-hot matrix product instead.
 */
const SLOW_SCATTER = new Set(["webgl", "webgpu"]);

/** Up to this many one-hot entries (`rows * updates`) the matrix-product scatter is used. */
export const MATMUL_SCATTER_MAX_ENTRIES = 1 << 24;

/** What every op needs to know about the tfjs it runs on. */
export interface TfjsContext {
  readonly tf: TfNamespace;
  /** The backend's name for messages, for example `tfjs-wasm`. */
  name(): string;
  /** `true`: `matMul(a, transpose(a))`; `false`: `matMul(a, a, false, true)`. */
  explicitTranspose(): boolean;
  /** `true`: `tf.argMax` already picks the lowest index; `false`: use the masked search. */
  argMaxIsLowest(): boolean;
  /** `true`: scatter-add rows as `oneHot(index)ᵀ · updates` (see {@link ScatterRows}). */
  matMulScatter(rows: number, updates: number): boolean;
  /** Largest number of elements of one block of a blocked `n x m` op. */
  readonly blockElements: number;
  /**
   * The pairwise scans form the whole `n x n` matrix in one block up to this many entries
   * (2^24 with the default `blockElements`, else `blockElements` itself).
   */
  readonly singleShotElements: number;
}

/** Default entries of one block of the blocked pairwise ops: 2^22 (16 MiB of float32). */
export const DEFAULT_BLOCK_ELEMENTS = 1 << 22;

/**
 * With the default block size, matrices of up to 2^24 entries (`n <= 4096`) are scanned in
 * one block: measured on tfjs-wasm, 3 or 4 blocks cost about 18% more CPU time than one
 * at n = 3000 and 4096 (per-call overhead of the matrix product), while at n = 10575 blocks
 * of 2^22 entries are 8% faster than blocks of 2^24.
 */
export const DEFAULT_SINGLE_SHOT_ELEMENTS = 1 << 24;

/** Build the op context for a tf namespace and the user's choices. */
export function createContext(
  tf: TfNamespace,
  options: { gramTranspose?: GramTranspose; tieBreak?: TieBreak; blockElements?: number; scatterRows?: ScatterRows },
): TfjsContext {
  const gramTranspose = options.gramTranspose ?? "auto";
  const tieBreak = options.tieBreak ?? "auto";
  const blockElements = options.blockElements ?? DEFAULT_BLOCK_ELEMENTS;
  if (!["auto", "explicit", "flag"].includes(gramTranspose)) {
    throw new MMARegError("BAD_OPTION", `gramTranspose must be "auto", "explicit" or "flag", got ${JSON.stringify(gramTranspose)}`);
  }
  if (!["auto", "argmax", "masked"].includes(tieBreak)) {
    throw new MMARegError("BAD_OPTION", `tieBreak must be "auto", "argmax" or "masked", got ${JSON.stringify(tieBreak)}`);
  }
  const scatterRows = options.scatterRows ?? "scatterND";
  if (!["scatterND", "matMul", "auto"].includes(scatterRows)) {
    throw new MMARegError("BAD_OPTION", `scatterRows must be "scatterND", "matMul" or "auto", got ${JSON.stringify(scatterRows)}`);
  }
  if (!Number.isInteger(blockElements) || blockElements < 1) {
    throw new MMARegError("BAD_OPTION", `blockElements must be a positive integer, got ${String(blockElements)}`);
  }
  return {
    tf,
    name: () => `tfjs-${tf.getBackend() ?? "none"}`,
    // On wasm the transpose flag of matMul takes a slow path (about 9x slower than an
    // explicit transpose); everywhere else the flag is free and saves a copy.
    explicitTranspose: () => (gramTranspose === "auto" ? tf.getBackend() === "wasm" : gramTranspose === "explicit"),
    argMaxIsLowest: () => (tieBreak === "auto" ? LOWEST_INDEX_ARGMAX.has(tf.getBackend()) : tieBreak === "argmax"),
    matMulScatter: (rows, updates) =>
      rows * updates <= MATMUL_SCATTER_MAX_ENTRIES && (scatterRows === "matMul" || (scatterRows === "auto" && SLOW_SCATTER.has(tf.getBackend()))),
    blockElements,
    singleShotElements: options.blockElements === undefined ? DEFAULT_SINGLE_SHOT_ELEMENTS : blockElements,
  };
}

/** `[n, d]` of a matrix, or a typed error naming the op. */
export function dims2(ctx: TfjsContext, x: Tensor, op: string): [number, number] {
  if (x.rank !== 2) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 2-D tensor, got shape [${x.shape.join(", ")}]`, { backend: ctx.name() });
  }
  return x.shape as [number, number];
}

/** The length of a vector, or a typed error naming the op. */
export function dims1(ctx: TfjsContext, x: Tensor, op: string): number {
  if (x.rank !== 1) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 1-D tensor, got shape [${x.shape.join(", ")}]`, { backend: ctx.name() });
  }
  return x.shape[0] as number;
}
