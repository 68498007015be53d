import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "../index.js";

runConformance({
  name: "cpu",
  createBackend: (dtype) => createCpuBackend({ dtype }),
  dtypes: ["float64", "float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
});
