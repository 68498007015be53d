export type { FileProbe, LayerWeight, ModelReader } from "./types.js";
export { probeFile, readModel } from "./readModel.js";
export type { ModelWeights } from "./readModel.js";
export { MODEL_READERS } from "./registry.js";
