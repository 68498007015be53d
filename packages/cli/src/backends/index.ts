import { MMARegError, type Backend, type Dtype } from "@mmareg/core";
import { CliError } from "../cliError.js";
import { cpuEntry } from "./cpu.js";
import { gpujsCpuEntry, gpujsWebasmEntry } from "./gpujs.js";
import { onnxWasmEntry } from "./onnx.js";
import { tfjsCpuEntry, tfjsWasmEntry } from "./tfjs.js";
import { withOptionalPackages } from "../optionalPackages.js";
import type { BackendEntry } from "./types.js";

export type { BackendEntry } from "./types.js";

/** Every backend the command line knows, in `--help` order. */
export const BACKENDS: readonly BackendEntry[] = [cpuEntry, gpujsCpuEntry, gpujsWebasmEntry, onnxWasmEntry, tfjsCpuEntry, tfjsWasmEntry];

/** The entry for a `--backend` value, or a usage error listing the choices. */
export function backendEntry(name: string): BackendEntry {
  const entry = BACKENDS.find((b) => b.name === name);
  if (!entry) throw new CliError(`unknown backend "${name}": use one of ${BACKENDS.map((b) => b.name).join(", ")}`);
  return entry;
}

/** Start a backend by name; `dtype` defaults to the backend's first (native) precision. */
export async function loadBackend(name: string, dtype?: string): Promise<{ entry: BackendEntry; backend: Backend<unknown> }> {
  const entry = backendEntry(name);
  if (dtype !== undefined && dtype !== "float64" && dtype !== "float32") {
    throw new CliError(`unknown dtype "${dtype}": use float64 or float32`);
  }
  const dt = (dtype ?? entry.dtypes[0]) as Dtype;
  if (!entry.dtypes.includes(dt)) {
    throw new CliError(`backend ${name} computes in ${entry.dtypes.join(" or ")}: pass --dtype ${entry.dtypes[0]}`);
  }
  try {
    return { entry, backend: await withOptionalPackages(`--backend ${name}`, entry.packages ?? [], () => entry.load(dt)) };
  } catch (e) {
    if (e instanceof MMARegError || e instanceof CliError) throw e;
    throw new MMARegError("BACKEND", `backend ${name} could not start: ${(e as Error).message}`, { backend: name });
  }
}
