import { hasWebAssembly, hasWebGL, hasWebGPU } from "@mmareg/core/internal";
import type { BackendDescriptor, BackendEnvironment, BackendStartOptions } from "@mmareg/core";
import type { TfNamespace } from "./tf.js";

type TfjsKind = "webgl" | "webgpu" | "wasm" | "cpu";

/** The package that registers each tfjs backend (none for cpu and webgl, which tfjs includes). */
const BACKEND_PACKAGE: Record<TfjsKind, string | null> = {
  cpu: null,
  webgl: null,
  wasm: "@tensorflow/tfjs-backend-wasm",
  webgpu: "@tensorflow/tfjs-backend-webgpu",
};

const AVAILABLE: Record<TfjsKind, () => boolean> = {
  cpu: () => true,
  wasm: hasWebAssembly,
  webgl: () => hasWebGL("webgl2"),
  webgpu: hasWebGPU,
};

function tfjsDescriptor(kind: TfjsKind, description: string, environments: readonly BackendEnvironment[]): BackendDescriptor {
  const extra = BACKEND_PACKAGE[kind];
  return {
    name: `tfjs-${kind}`,
    package: "@mmareg/tfjs",
    description,
    dtypes: ["float32"],
    environments,
    install: ["@mmareg/tfjs", "@tensorflow/tfjs", ...(extra ? [extra] : [])],
    available: AVAILABLE[kind],
    async start(options: BackendStartOptions = {}) {
      const load = options.load ?? ((s: string) => import(/* @vite-ignore */ s));
      const mod = (await load("@tensorflow/tfjs")) as TfNamespace & { default?: TfNamespace };
      const tf = typeof mod.tensor === "function" ? mod : (mod.default as TfNamespace);
      if (extra) await load(extra); // registers the tfjs backend
      const { loadTfjsBackend } = await import("./loadTfjsBackend.js");
      return loadTfjsBackend({ ...(options.settings ?? {}), tf, backend: kind });
    },
  };
}

/**
 * The TensorFlow.js backends' registry entries, fastest first where it matters:
 * `tfjs-webgl`, `tfjs-webgpu` (browser), `tfjs-wasm`, `tfjs-cpu` (Node and browser). Each
 * loads `@tensorflow/tfjs` and its backend package through the caller's module loader.
 *
 * @example
 * ```ts
 * import { findBackend, startDescriptor } from "@mmareg/core";
 * import { tfjsBackends } from "@mmareg/tfjs/backends";
 * const b = await startDescriptor(findBackend(tfjsBackends, "tfjs-wasm"), { load: (s) => import(s) });
 * ```
 */
export const tfjsBackends: readonly BackendDescriptor[] = [
  tfjsDescriptor("webgl", "TensorFlow.js, webgl backend, float32", ["browser"]),
  tfjsDescriptor("webgpu", "TensorFlow.js, webgpu backend, float32", ["browser"]),
  tfjsDescriptor("wasm", "TensorFlow.js, wasm backend (XNNPACK, SIMD), float32", ["node", "browser"]),
  tfjsDescriptor("cpu", "TensorFlow.js, cpu backend (plain JavaScript kernels), float32", ["node", "browser"]),
];
