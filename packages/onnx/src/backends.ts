import { hasWebAssembly, hasWebGPU } from "@mmareg/core/internal";
import type { BackendDescriptor, BackendEnvironment, BackendStartOptions } from "@mmareg/core";
import type { OrtModule } from "./runtime/ortTypes.js";

function onnxDescriptor(
  provider: "wasm" | "webgpu",
  description: string,
  environments: readonly BackendEnvironment[],
  available: () => boolean,
): BackendDescriptor {
  return {
    name: `onnx-${provider}`,
    package: "@mmareg/onnx",
    description,
    dtypes: ["float32"],
    environments,
    install: ["@mmareg/onnx", "onnxruntime-web"],
    available,
    async start(options: BackendStartOptions = {}) {
      const load = options.load ?? ((s: string) => import(/* @vite-ignore */ s));
      const mod = (await load("onnxruntime-web")) as OrtModule & { default?: OrtModule };
      const ort = mod.InferenceSession ? mod : (mod.default as OrtModule);
      const { createOnnxBackend } = await import("./createOnnxBackend.js");
      return createOnnxBackend({ ...(options.settings ?? {}), ort, executionProviders: provider === "wasm" ? ["wasm"] : ["webgpu", "wasm"] });
    },
  };
}

/** `onnx-node`: the same graphs run by ONNX Runtime's native CPU build (`onnxruntime-node`). */
const onnxNode: BackendDescriptor = {
  name: "onnx-node",
  package: "@mmareg/onnx",
  description: "ONNX graphs run by onnxruntime-node (native CPU build, float32; settings.numThreads: intra-op threads)",
  dtypes: ["float32"],
  environments: ["node"],
  install: ["@mmareg/onnx", "onnxruntime-node"],
  available: () => typeof process !== "undefined" && typeof process.versions?.node === "string",
  async start(options: BackendStartOptions = {}) {
    const load = options.load ?? ((s: string) => import(/* @vite-ignore */ s));
    const mod = (await load("onnxruntime-node")) as OrtModule & { default?: OrtModule };
    const runtime = mod.InferenceSession ? mod : (mod.default as OrtModule);
    const { createOnnxBackend } = await import("./createOnnxBackend.js");
    return createOnnxBackend({ ...(options.settings ?? {}), runtime });
  },
};

/**
 * The ONNX backends' registry entries: `onnx-wasm` (Node and browser) and `onnx-webgpu`
 * (browser), both run by `onnxruntime-web`, and `onnx-node` (Node) run by
 * `onnxruntime-node`, each loaded through the caller's module loader.
 *
 * @example
 * ```ts
 * import { findBackend, startDescriptor } from "@mmareg/core";
 * import { onnxBackends } from "@mmareg/onnx/backends";
 * const b = await startDescriptor(findBackend(onnxBackends, "onnx-wasm"), { load: (s) => import(s) });
 * ```
 */
export const onnxBackends: readonly BackendDescriptor[] = [
  onnxDescriptor("wasm", "ONNX graphs run by onnxruntime-web (WebAssembly, float32)", ["node", "browser"], hasWebAssembly),
  onnxDescriptor("webgpu", "ONNX graphs run by onnxruntime-web's WebGPU execution provider, float32", ["browser"], hasWebGPU),
  onnxNode,
];
