import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-webgpu";
import { loadTfjsBackend } from "../index.js";

// The whole suite in Chromium on the two GPU backends of tfjs (software-rendered here by
// SwiftShader), float32 at the default tolerance, against the float64 CPU reference.
// GLSL and WGSL leave log(0) and pow(0, -s) undefined rather than +-Infinity, so the golden
// cases where PyTorch's MHE energy is infinite (coincident rows) cannot be reproduced on a
// GPU; exact mode refuses such input up front (COINCIDENT_ROWS) on every backend.
const GPU_NONFINITE = "GLSL/WGSL log(0) and pow(0, -s) are undefined, not Infinity";

for (const backend of ["webgl", "webgpu"] as const) {
  runConformance({
    name: `tfjs-${backend}`,
    createBackend: () => loadTfjsBackend({ tf, backend }),
    dtypes: ["float32"],
    reference: () => createCpuBackend({ dtype: "float64" }),
    skip: { "golden-nonfinite": GPU_NONFINITE },
    ...(backend === "webgl"
      ? {
          skipCases: [
            {
              match: "ops > rowMax exclude on 1 x 1",
              reason: "WebGL has no -Infinity: tfjs-webgl's max over no candidates is -1e20 (core never asks for it: exact mode returns 0 for n < 2)",
            },
          ],
        }
      : {}),
  });
}
