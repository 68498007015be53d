import { createCpuBackend } from "@mmareg/cpu";
import type { BackendEntry } from "./types.js";

/** The pure-TypeScript reference backend. */
export const cpuEntry: BackendEntry = {
  name: "cpu",
  description: "pure TypeScript, Float64Array or Float32Array (the reference)",
  dtypes: ["float64", "float32"],
  load: async (dtype) => createCpuBackend({ dtype }),
};
