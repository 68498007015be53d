/**
 * `@mmareg/cli`: the `mma` command line, also usable as a library (`main(argv)`), with
 * its file readers.
 *
 * @packageDocumentation
 */
export { BACKENDS, backendEntry, loadBackend } from "./backends/index.js";
export type { BackendEntry } from "./backends/index.js";
export { CliError } from "./cliError.js";
export { COMMANDS } from "./commands/index.js";
export type { Command, CommandIO } from "./commands/index.js";
export { formatInspectTable, inspectModel, inspectWeights, inspectWeightsSync } from "./commands/inspect.js";
export type { InspectOptions, InspectReport, InspectRow, LayerPictures } from "./commands/inspect.js";
export { renderInspectHtml } from "./inspect/html.js";
export { MODEL_READERS, probeFile, readModel } from "./inspect/index.js";
export type { FileProbe, LayerWeight, ModelReader, ModelWeights } from "./inspect/index.js";
export { encodeNpy, encodeNpyHeader, parseNpy, parseNpyHeader, readNpyFile, writeNpyFile } from "./io/npy.js";
export type { NpyArray, NpyHeader } from "./io/npy.js";
export { readMatrixFile } from "./io/readMatrix.js";
export type { MatrixFile } from "./io/readMatrix.js";
export { applyLowMemory, LOW_MEMORY_BACKENDS, LOW_MEMORY_V8_FLAG } from "./lowMemory.js";
export { main } from "./main.js";
export { VERSION } from "./version.js";
