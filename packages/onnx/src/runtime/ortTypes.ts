import type * as Ort from "onnxruntime-web";

/**
 * The part of an ONNX Runtime JS module the backend uses: `onnxruntime-web` (the default,
 * imported lazily), its `/webgpu` or `/wasm` bundles, or `onnxruntime-node`, which has the
 * same API (`onnxruntime-common`'s).
 */
export interface OrtModule {
  InferenceSession: { create(model: Uint8Array, options?: Ort.InferenceSession.SessionOptions): Promise<Ort.InferenceSession> };
  Tensor: typeof Ort.Tensor;
  env: { wasm?: { numThreads?: number }; versions?: { node?: string; web?: string } };
}

/** An ONNX Runtime session. */
export type OrtSession = Ort.InferenceSession;

/** The runtimes `createOnnxBackend` can import by name: `"web"` is `onnxruntime-web`, `"node"` is `onnxruntime-node`. */
export type RuntimeName = "web" | "node";

/** The npm package behind each runtime name. */
export const RUNTIME_PACKAGES: Readonly<Record<RuntimeName, string>> = { web: "onnxruntime-web", node: "onnxruntime-node" };

/** The module itself, whether the import gave it directly or as its `default` (CommonJS interop). */
function unwrap(mod: unknown): OrtModule {
  const m = mod as OrtModule & { default?: OrtModule };
  return m.InferenceSession ? m : (m.default as OrtModule);
}

/**
 * Import a runtime (an optional peer dependency) on first use, so importing this package
 * has no side effects and a bundler for the browser never follows `onnxruntime-node`.
 */
export async function importOrt(runtime: RuntimeName = "web"): Promise<OrtModule> {
  if (runtime === "web") return unwrap(await import("onnxruntime-web"));
  // A computed specifier: bundlers leave it alone (no native addon in a browser bundle).
  const specifier = RUNTIME_PACKAGES.node;
  return unwrap(await import(/* @vite-ignore */ specifier));
}

/** True for `onnxruntime-node` (its `env.versions` names `node`; the web runtime's names `web`). */
export function isNodeRuntime(ort: OrtModule): boolean {
  return typeof ort.env.versions?.node === "string";
}
