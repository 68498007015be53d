import { onnxModelReader } from "./onnxModel.js";
import { tfjsModelReader } from "./tfjsModel.js";
import type { ModelReader } from "./types.js";

export type { LayerWeight, ModelReader } from "./types.js";

/** Every model format `mma inspect` reads, tried in order. One file each in this folder. */
export const MODEL_READERS: readonly ModelReader[] = [onnxModelReader, tfjsModelReader];
