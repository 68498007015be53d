import type { Backend, Dtype } from "./backend.js";
import { MMARegError } from "./errors.js";

/** Where a backend runs. */
export type BackendEnvironment = "node" | "browser";

/**
 * How a descriptor imports the optional packages it needs (`@tensorflow/tfjs`,
 * `onnxruntime-web`, ...). The caller supplies it so each stack resolves modules its own
 * way: a Node program with `(s) => import(s)`, a bundled page with a table of static
 * `import()`s (where it can also set wasm paths or environment flags once per module).
 */
export type ModuleLoader = (specifier: string) => Promise<unknown>;

/** Options of {@link BackendDescriptor.start}. */
export interface BackendStartOptions {
  /** Precision (default: the descriptor's first, native one). */
  dtype?: Dtype;
  /** Module loader for the optional packages (default: a plain dynamic `import()`). */
  load?: ModuleLoader;
  /** Extra options for the adapter's factory (for example onnx's `numThreads`). */
  settings?: Readonly<Record<string, unknown>>;
}

/**
 * One entry of the backend registry: what a backend is called, what it needs and how to
 * start it. Each adapter exports its descriptors (from its light `/backends` subpath), and
 * the command line and the docs site both list and start backends from them.
 */
export interface BackendDescriptor {
  /** The registry name, the same as the started backend's `name` for its default dtype (`tfjs-wasm`). */
  readonly name: string;
  /** The adapter package that provides it (`@mmareg/tfjs`). */
  readonly package: string;
  /** One line for a `--help` text or a picker. */
  readonly description: string;
  /** Precisions it computes in; the first is the default. */
  readonly dtypes: readonly Dtype[];
  /** Where it runs. */
  readonly environments: readonly BackendEnvironment[];
  /** Every package a user installs for it, the adapter first (`@mmareg/tfjs`, `@tensorflow/tfjs`, ...). */
  readonly install: readonly string[];
  /** A cheap check that this environment can run it (WebGL, WebGPU present); absent means yes. */
  available?(): boolean;
  /**
   * Start the backend. Rejects with an `MMARegError` (`BACKEND`, `BAD_OPTION`) saying why
   * it cannot run here.
   */
  start(options?: BackendStartOptions): Promise<Backend<unknown>>;
}

/** Why one backend did not start. */
export interface BackendFailure {
  name: string;
  /** One line: the error's message. */
  reason: string;
  error: unknown;
}

/** The default {@link ModuleLoader}: a dynamic import resolved from core's location. */
export const importModule: ModuleLoader = (specifier) => import(/* @vite-ignore */ specifier);

/**
 * The descriptor of `name`, or a `BAD_OPTION` error listing every name.
 *
 * @example
 * ```ts
 * const d = findBackend([...cpuBackends, ...tfjsBackends], "tfjs-wasm");
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for an unknown name.
 */
export function findBackend(registry: readonly BackendDescriptor[], name: string): BackendDescriptor {
  const d = registry.find((r) => r.name === name);
  if (!d) throw new MMARegError("BAD_OPTION", `unknown backend "${name}": use one of ${registry.map((r) => r.name).join(", ")}`);
  return d;
}

/**
 * Start one descriptor with its dtype checked, every failure turned into an `MMARegError`
 * that names the backend and says what to install.
 *
 * @example
 * ```ts
 * const b = await startDescriptor(findBackend(registry, "cpu"), { dtype: "float32" });
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for a dtype it does not compute in, `BACKEND`
 *   when it cannot start.
 */
export async function startDescriptor(d: BackendDescriptor, options: BackendStartOptions = {}): Promise<Backend<unknown>> {
  const dtype = options.dtype ?? d.dtypes[0];
  if (dtype === undefined || !d.dtypes.includes(dtype)) {
    throw new MMARegError("BAD_OPTION", `${d.name} computes in ${d.dtypes.join(" or ")}, not ${String(options.dtype)}: pass dtype ${d.dtypes[0]}`, {
      backend: d.name,
    });
  }
  if (d.available && !d.available()) {
    throw new MMARegError("BACKEND", `${d.name} is not available in this environment (it runs in: ${d.environments.join(", ")})`, { backend: d.name });
  }
  try {
    return await d.start({ ...options, dtype, load: options.load ?? importModule });
  } catch (e) {
    if (e instanceof MMARegError) throw e.withContext({ backend: d.name });
    const failure = new MMARegError("BACKEND", `${d.name} could not start (${(e as Error)?.message ?? String(e)}): install ${d.install.join(", ")}`, {
      backend: d.name,
    });
    // what it met (for example a missing package's import error), for callers that name it
    Object.defineProperty(failure, "cause", { value: e, enumerable: false });
    throw failure;
  }
}

/**
 * Start several backends at once and collect every failure instead of stopping at the
 * first, so one run reports all that is missing.
 *
 * @example
 * ```ts
 * const { started, failures } = await startBackends(registry, ["cpu", "tfjs-wasm", "onnx-wasm"]);
 * if (failures.length > 0) throw backendFailureError(failures);
 * ```
 */
export async function startBackends(
  registry: readonly BackendDescriptor[],
  names: readonly string[],
  options: BackendStartOptions = {},
): Promise<{ started: { descriptor: BackendDescriptor; backend: Backend<unknown> }[]; failures: BackendFailure[] }> {
  const started: { descriptor: BackendDescriptor; backend: Backend<unknown> }[] = [];
  const failures: BackendFailure[] = [];
  for (const name of names) {
    try {
      const descriptor = findBackend(registry, name);
      started.push({ descriptor, backend: await startDescriptor(descriptor, options) });
    } catch (error) {
      failures.push({ name, reason: (error as Error)?.message ?? String(error), error });
    }
  }
  return { started, failures };
}

/**
 * Which backends of a registry start here: starts each (one at a time), closes it, and
 * reports its reason when it does not start.
 *
 * @example
 * ```ts
 * for (const p of await probeBackends(registry)) console.log(p.name, p.ok ? "ok" : p.reason);
 * ```
 */
export async function probeBackends(
  registry: readonly BackendDescriptor[],
  options: BackendStartOptions = {},
): Promise<{ name: string; ok: boolean; reason?: string }[]> {
  const out: { name: string; ok: boolean; reason?: string }[] = [];
  for (const d of registry) {
    const { started, failures } = await startBackends([d], [d.name], options);
    for (const s of started) await s.backend.close?.();
    out.push(failures[0] ? { name: d.name, ok: false, reason: failures[0].reason } : { name: d.name, ok: true });
  }
  return out;
}

/**
 * One `BACKEND` error listing every backend that did not start and why.
 *
 * @example
 * ```ts
 * if (failures.length > 0) throw backendFailureError(failures);
 * ```
 */
export function backendFailureError(failures: readonly BackendFailure[]): MMARegError {
  const lines = failures.map((f) => `  ${f.name}: ${f.reason}`).join("\n");
  return new MMARegError("BACKEND", `${failures.length} backend(s) did not start:\n${lines}`);
}

interface BrowserGlobals {
  document?: { createElement(tag: string): { getContext(type: string): unknown } };
  navigator?: object;
  WebAssembly?: unknown;
}
const globals = globalThis as BrowserGlobals;

/** Whether this page can create a WebGL (`webgl`) or WebGL 2 (`webgl2`) context (false outside a browser). */
export function hasWebGL(type: "webgl" | "webgl2"): boolean {
  try {
    return !!globals.document?.createElement("canvas").getContext(type);
  } catch {
    return false;
  }
}

/** Whether `navigator.gpu` (WebGPU) is present. */
export function hasWebGPU(): boolean {
  return typeof globals.navigator === "object" && globals.navigator !== null && "gpu" in globals.navigator;
}

/** Whether WebAssembly is present. */
export function hasWebAssembly(): boolean {
  return typeof globals.WebAssembly === "object";
}
