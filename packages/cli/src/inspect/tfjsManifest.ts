import { checkManifest, kernelByShape, readManifest } from "./tfjsWeights.js";
import type { ModelReader } from "./types.js";

function manifestOf(json: unknown): unknown {
  if (Array.isArray(json)) return json;
  if (json && typeof json === "object" && !("modelTopology" in json) && "weightsManifest" in json) return (json as Record<string, unknown>)["weightsManifest"];
  return undefined;
}

/**
 * Bare tfjs weight manifests (`*-weights_manifest.json`, an array of `{paths, weights}`
 * groups, as face-api and other libraries ship them; or a `model.json` with only a
 * `weightsManifest`). With no topology, kernels are named by shape: 4-D `[kh, kw, in, out]`
 * is a conv (`conv-hwio`), or a depthwise kernel (`depthwise-hwcm`) when its name says
 * `depthwise` or its last axis is 1; 2-D `[in, out]` is dense; 3-D and 5-D are conv1d/3d.
 */
export const tfjsManifestReader: ModelReader = {
  format: "tfjs weights manifest (weights_manifest.json + .bin)",
  matches: ({ json }) => {
    const m = manifestOf(json);
    return Array.isArray(m) && m.length > 0 && m.some((g) => g && typeof g === "object" && ("weights" in g || "paths" in g));
  },
  async read({ file, json }) {
    return readManifest(file, checkManifest(file, manifestOf(json)), kernelByShape);
  },
};
