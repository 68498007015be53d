import { backendFailureError, MMARegError, startBackends, startDescriptor, type Backend, type BackendDescriptor, type Dtype } from "@mmareg/core";
import { CliError } from "../cliError.js";
import { cpuExtras } from "./cpu.js";
import { gpujsExtras } from "./gpujs.js";
import { onnxExtras } from "./onnx.js";
import { REGISTRY } from "./registry.js";
import { tfjsExtras } from "./tfjs.js";
import type { BackendEntry, BenchExtras } from "./types.js";
import { wasmExtras } from "./wasm.js";
import { withOptionalPackages } from "../optionalPackages.js";

export type { BackendEntry, BenchBaseline, BenchExtras } from "./types.js";
export { REGISTRY } from "./registry.js";

/**
 * How the command line imports the packages a backend needs: resolved from this package
 * (which depends on every stack), with tfjs's debug checks and its "install tfjs-node"
 * banner turned off, as suits a command-line program.
 */
async function nodeLoader(specifier: string): Promise<unknown> {
  const mod = (await import(specifier)) as { env?: () => { set(flag: string, value: boolean): void } };
  if (specifier === "@tensorflow/tfjs") mod.env?.().set("PROD", true);
  return mod;
}

/** Bench baselines and start settings by backend name, else by adapter package (a backend without one gets none). */
const EXTRAS: Readonly<Record<string, BenchExtras>> = {
  "@mmareg/cpu": cpuExtras,
  "@mmareg/gpujs": gpujsExtras,
  "onnx-wasm": onnxExtras("web"),
  "onnx-node": onnxExtras("node"),
  "@mmareg/tfjs": tfjsExtras,
  "@mmareg/wasm": wasmExtras,
};

function toEntry(registered: BackendDescriptor): BackendEntry {
  const extras = EXTRAS[registered.name] ?? EXTRAS[registered.package] ?? {};
  // the adapter options the command line takes from the environment (thread counts)
  const d: BackendDescriptor = extras.settings
    ? { ...registered, start: (o = {}) => registered.start({ ...o, settings: { ...extras.settings?.(), ...o.settings } }) }
    : registered;
  return {
    ...extras,
    // the baselines' clean-up, then the backend's own (kernels, sessions)
    async unload(backend) {
      await extras.unload?.(backend);
      await backend.close?.();
    },
    name: d.name,
    description: d.description,
    dtypes: d.dtypes,
    descriptor: d,
    load: (dtype) => startDescriptor(d, { dtype, load: nodeLoader }),
  };
}

/** Every backend the command line knows (the registry's Node entries), in `--help` order. */
export const BACKENDS: readonly BackendEntry[] = REGISTRY.filter((d) => d.environments.includes("node"))
  .map(toEntry)
  .sort((a, b) => a.name.localeCompare(b.name));

const NODE_REGISTRY = BACKENDS.map((e) => e.descriptor);

/** The entry for a `--backend` value, or a usage error listing the choices. */
export function backendEntry(name: string): BackendEntry {
  const entry = BACKENDS.find((b) => b.name === name);
  if (!entry) throw new CliError(`unknown backend "${name}": use one of ${BACKENDS.map((b) => b.name).join(", ")}`);
  return entry;
}

function checkDtype(entry: BackendEntry, dtype: string | undefined): Dtype {
  if (dtype !== undefined && dtype !== "float64" && dtype !== "float32") {
    throw new CliError(`unknown dtype "${dtype}": use float64 or float32`);
  }
  const dt = (dtype ?? entry.dtypes[0]) as Dtype;
  if (!entry.dtypes.includes(dt)) {
    throw new CliError(`backend ${entry.name} computes in ${entry.dtypes.join(" or ")}: pass --dtype ${entry.dtypes[0]}`);
  }
  return dt;
}

/** Start a backend by name; `dtype` defaults to the backend's first (native) precision. */
export async function loadBackend(name: string, dtype?: string): Promise<{ entry: BackendEntry; backend: Backend<unknown> }> {
  const entry = backendEntry(name);
  const dt = checkDtype(entry, dtype);
  try {
    return { entry, backend: await withOptionalPackages(`--backend ${name}`, entry.descriptor.install, () => entry.load(dt)) };
  } catch (e) {
    if (e instanceof MMARegError || e instanceof CliError) throw e;
    throw new MMARegError("BACKEND", `backend ${name} could not start: ${(e as Error).message}`, { backend: name });
  }
}

/**
 * Start several backends by name, each at its native precision. Every unknown name and
 * every backend that cannot start is reported together in one error, so one run shows
 * all that is missing; what did start is closed before that error is thrown.
 */
export async function loadBackends(names: readonly string[]): Promise<{ entry: BackendEntry; backend: Backend<unknown> }[]> {
  const unknown = names.filter((n) => !BACKENDS.some((b) => b.name === n));
  const { started, failures } = await startBackends(NODE_REGISTRY, names.filter((n) => !unknown.includes(n)), { load: nodeLoader });
  if (unknown.length > 0 || failures.length > 0) {
    await Promise.all(started.map((s) => s.backend.close?.()));
    const why = (name: string): string => {
      const elsewhere = REGISTRY.find((d) => d.name === name);
      return elsewhere
        ? `runs only in: ${elsewhere.environments.join(", ")} (the command line runs ${BACKENDS.map((b) => b.name).join(", ")})`
        : `unknown backend: use one of ${BACKENDS.map((b) => b.name).join(", ")}`;
    };
    const all = [...unknown.map((name) => ({ name, reason: why(name), error: null })), ...failures];
    throw backendFailureError(all);
  }
  return started.map((s) => ({ entry: backendEntry(s.descriptor.name), backend: s.backend }));
}
