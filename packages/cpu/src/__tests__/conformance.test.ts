import { runConformance } from "@mmareg/conformance";
import { createCpuBackend } from "../index.js";

runConformance({
  name: "cpu",
  // float32 reuses every disposed array (not only those of 65536 numbers and more), so the
  // whole suite also checks that nothing core disposes is used again
  createBackend: (dtype) => createCpuBackend(dtype === "float32" ? { dtype, reuseMinLength: 0 } : { dtype }),
  dtypes: ["float64", "float32"],
  reference: () => createCpuBackend({ dtype: "float64" }),
});
