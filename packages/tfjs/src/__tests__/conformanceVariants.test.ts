import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import * as tf from "@tensorflow/tfjs";
import { loadTfjsBackend } from "../index.js";

// The code paths the defaults do not take on tfjs-cpu: the exact masked tie search (used
// on webgpu and tfjs-node), the nearest-neighbour search in row blocks (large n), and the
// explicit-transpose Gram product (used on wasm).
runConformance({
  name: "tfjs-cpu (masked ties, row blocks of 4096 entries, explicit transpose)",
  createBackend: () => loadTfjsBackend({ tf, backend: "cpu", tieBreak: "masked", blockElements: 4096, gramTranspose: "explicit" }),
  dtypes: ["float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
});
