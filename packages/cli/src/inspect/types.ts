import type { Layout } from "@mmareg/core";

/** One weight of a model, with how its data maps to rows (one row per neuron / filter). */
export interface LayerWeight {
  /** Layer or initializer name, as the model file names it. */
  name: string;
  /** Flat data in the file's own order. */
  data: Float32Array | Float64Array;
  /** The weight's shape in the file. */
  shape: number[];
  /** How the shape maps to rows. */
  layout: Layout;
  /** Layer type, for the table (for example Conv2D, Dense, Gemm). */
  kind?: string;
}

/**
 * A model-file reader for `mma inspect`. Each format lives in its own file in this folder
 * and is listed in `inspect/index.ts`.
 */
export interface ModelReader {
  /** Short name, for messages (for example "tfjs Layers model", "ONNX model"). */
  format: string;
  /** Whether this reader handles the file (by extension or magic bytes). */
  matches(file: string, head: Uint8Array): boolean;
  /**
   * The weight matrices of the model (biases and other 1-D tensors left out).
   * @throws MMARegError `PARSE` when the file is not what it claims to be.
   */
  read(file: string): Promise<LayerWeight[]>;
}
