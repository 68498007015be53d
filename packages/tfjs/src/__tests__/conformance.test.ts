import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { loadTfjsBackend } from "../index.js";

// The whole suite on the two tfjs backends that run in Node here, in float32 at the default
// tolerance, against the float64 CPU reference. The describe blocks run one after the
// other, each switching tfjs to its backend first (the backend is pinned, so a mix-up
// would be a BACKEND error, not a silent pass on the wrong backend).
for (const backend of ["cpu", "wasm"] as const) {
  runConformance({
    name: `tfjs-${backend}`,
    createBackend: () => loadTfjsBackend({ tf, backend }),
    dtypes: ["float32"],
    reference: () => createCpuBackend({ dtype: "float64" }),
  });
}
