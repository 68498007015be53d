import type * as Ort from "onnxruntime-web";

/**
 * The part of an ONNX Runtime JS module the backend uses: `onnxruntime-web` (the default,
 * imported lazily), its `/webgpu` or `/wasm` bundles, or `onnxruntime-node`, which has the
 * same API.
 */
export interface OrtModule {
  InferenceSession: { create(model: Uint8Array, options?: Ort.InferenceSession.SessionOptions): Promise<Ort.InferenceSession> };
  Tensor: typeof Ort.Tensor;
  env: { wasm?: { numThreads?: number } };
}

/** An ONNX Runtime session. */
export type OrtSession = Ort.InferenceSession;

/** Import `onnxruntime-web` (a peer dependency) on first use, so importing this package has no side effects. */
export async function importOrt(): Promise<OrtModule> {
  const mod = (await import("onnxruntime-web")) as unknown as OrtModule & { default?: OrtModule };
  return mod.InferenceSession ? mod : (mod.default as OrtModule);
}
