import { runMutationTest } from "@mmareg/conformance";
import { createCpuBackend } from "@mmareg/cpu";
import * as tf from "@tensorflow/tfjs";
import { loadTfjsBackend } from "../index.js";

// The suite's mutants on a second stack (tfjs-cpu, float32, which has its own fused
// nearest-neighbour search): each must fail the conformance suite.
runMutationTest({
  name: "tfjs-cpu",
  createBackend: () => loadTfjsBackend({ tf, backend: "cpu" }),
  dtypes: ["float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
});
