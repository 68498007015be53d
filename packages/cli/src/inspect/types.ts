import type { Layout } from "@mmareg/core";

/** One weight of a model, with how its data maps to rows (one row per neuron / filter). */
export interface LayerWeight {
  /** Layer or tensor name, as the model file names it. */
  name: string;
  /** Flat data in the file's own order (empty when `skipped`). */
  data: Float32Array | Float64Array;
  /** The weight's shape in the file. */
  shape: number[];
  /** How the shape maps to rows. */
  layout: Layout;
  /** Layer type, for the table (for example Conv2D, Dense, Gemm, "conv (by shape)"). */
  kind?: string;
  /**
   * Grouped convolutions: the number of groups. Rows are compared within each group when a
   * group has more than one input channel; a depthwise conv (one input channel per group)
   * compares its per-channel spatial kernels with each other (see `comparison`).
   */
  groups?: number;
  /** How rows are compared, for the report (for example "within 4 groups"). */
  comparison?: string;
  /** Why this weight-like tensor was not measured (ConvTranspose, integer data, ...). */
  skipped?: string;
}

/** What a probe of a file gives a reader to decide on. */
export interface FileProbe {
  /** The path. */
  file: string;
  /** Its first bytes (up to 64). */
  head: Uint8Array;
  /** The parsed JSON, for `.json` files that parse (decided from the content, not the first bytes). */
  json?: unknown;
}

/**
 * A model-file reader for `mma inspect` and `mma loss --weight`. Each format lives in its
 * own file in this folder and is listed in `inspect/index.ts`.
 */
export interface ModelReader {
  /** Short name, for messages (for example "tfjs Layers model", "ONNX model"). */
  format: string;
  /** Whether this reader handles the file (by its parsed JSON, magic bytes or extension). */
  matches(probe: FileProbe): boolean;
  /**
   * Every weight-like tensor of the model (rank >= 2, float): read, or with `skipped`
   * saying why not. Biases and other 1-D tensors are left out.
   * @throws MMARegError `PARSE` when the file is not what it claims to be.
   */
  read(probe: FileProbe): Promise<LayerWeight[]>;
}
