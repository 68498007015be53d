import { npyReader } from "./npy.js";
import { npzReader } from "./npz.js";
import { onnxReader } from "./onnx.js";
import { safetensorsReader } from "./safetensors.js";
import { tfjsGraphReader } from "./tfjsGraph.js";
import { tfjsLayersReader } from "./tfjsLayers.js";
import { tfjsManifestReader } from "./tfjsManifest.js";
import type { ModelReader } from "./types.js";


/**
 * Every model format `mma inspect` (and `mma loss --weight`) reads, tried in order. One
 * file each in this folder; JSON formats are told apart by their parsed content.
 */
export const MODEL_READERS: readonly ModelReader[] = [
  tfjsGraphReader,
  tfjsLayersReader,
  tfjsManifestReader,
  onnxReader,
  safetensorsReader,
  npzReader,
  npyReader,
];
