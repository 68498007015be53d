import { runMutationTest } from "@mmareg/conformance";
import { createCpuBackend } from "../index.js";

// Every deliberately wrong CPU backend (a gradient off by 1e-4, one wrong nearest
// neighbour, one row's sign, ...: the suite's MUTANTS) must fail the conformance suite, in
// both precisions: the proof that the suite's tolerances can see errors of that size.
runMutationTest({
  name: "cpu",
  createBackend: (dtype) => createCpuBackend({ dtype }),
  dtypes: ["float64", "float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
});
