// Create any of the library's backends in the reader's browser, by name. Every import is
// lazy, so a page only downloads the stacks the reader picks; every .wasm file is bundled
// with the site (nothing is fetched from elsewhere).
import type { Backend } from "@mmareg/core";

/** A backend the pages can run on. */
export interface BackendChoice {
  id: string;
  label: string;
  /** Whether this browser can run it (WebGL/WebGPU present). */
  available: () => boolean;
}

const hasWebGL2 = (): boolean => typeof document !== "undefined" && !!document.createElement("canvas").getContext("webgl2");
const hasWebGL = (): boolean => typeof document !== "undefined" && !!document.createElement("canvas").getContext("webgl");
const hasWebGPU = (): boolean => typeof navigator !== "undefined" && "gpu" in navigator;

/** Every backend the examples offer, fastest-first where it matters. */
export const BACKEND_CHOICES: readonly BackendChoice[] = [
  { id: "cpu", label: "cpu (@mmareg/cpu)", available: () => true },
  { id: "tfjs-webgl", label: "tfjs webgl", available: hasWebGL2 },
  { id: "tfjs-webgpu", label: "tfjs webgpu", available: hasWebGPU },
  { id: "tfjs-wasm", label: "tfjs wasm", available: () => typeof WebAssembly !== "undefined" },
  { id: "tfjs-cpu", label: "tfjs cpu", available: () => true },
  { id: "gpujs-webgl", label: "gpu.js webgl", available: hasWebGL },
  { id: "gpujs-webgl2", label: "gpu.js webgl2", available: hasWebGL2 },
  { id: "gpujs-webgpu", label: "gpu.js webgpu", available: hasWebGPU },
  { id: "onnx-wasm", label: "onnx wasm", available: () => typeof WebAssembly !== "undefined" },
  { id: "wasm", label: "wasm (@mmareg/wasm, SIMD)", available: () => typeof WebAssembly !== "undefined" },
];

/** A started backend and how to release it. */
export interface StartedBackend {
  backend: Backend<unknown>;
  close: () => Promise<void> | void;
}

async function tfjs(kind: "webgl" | "webgpu" | "wasm" | "cpu"): Promise<StartedBackend> {
  const tf = await import("@tensorflow/tfjs");
  if (kind === "webgpu") await import("@tensorflow/tfjs-backend-webgpu");
  if (kind === "wasm") {
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    const [plain, simd, threaded] = await Promise.all([
      import("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url"),
      import("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url"),
      import("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url"),
    ]);
    wasm.setWasmPaths({
      "tfjs-backend-wasm.wasm": plain.default,
      "tfjs-backend-wasm-simd.wasm": simd.default,
      "tfjs-backend-wasm-threaded-simd.wasm": threaded.default,
    });
  }
  const { loadTfjsBackend } = await import("@mmareg/tfjs");
  const backend = await loadTfjsBackend({ tf, backend: kind });
  return { backend: backend as Backend<unknown>, close: () => {} };
}

async function gpujs(mode: "webgl" | "webgl2" | "webgpu"): Promise<StartedBackend> {
  const { createGpujsBackend } = await import("@mmareg/gpujs");
  const backend = await createGpujsBackend({ mode });
  return { backend: backend as Backend<unknown>, close: () => backend.destroy() };
}

async function onnx(): Promise<StartedBackend> {
  const ort = await import("onnxruntime-web");
  const { createOnnxBackend } = await import("@mmareg/onnx");
  const backend = await createOnnxBackend({ ort, numThreads: 1 });
  return { backend: backend as Backend<unknown>, close: () => backend.close() };
}

/** Start a backend by id (see {@link BACKEND_CHOICES}). */
export async function startBackend(id: string): Promise<StartedBackend> {
  switch (id) {
    case "cpu": {
      const { createCpuBackend } = await import("@mmareg/cpu");
      return { backend: createCpuBackend() as Backend<unknown>, close: () => {} };
    }
    case "tfjs-webgl":
      return tfjs("webgl");
    case "tfjs-webgpu":
      return tfjs("webgpu");
    case "tfjs-wasm":
      return tfjs("wasm");
    case "tfjs-cpu":
      return tfjs("cpu");
    case "gpujs-webgl":
      return gpujs("webgl");
    case "gpujs-webgl2":
      return gpujs("webgl2");
    case "gpujs-webgpu":
      return gpujs("webgpu");
    case "onnx-wasm":
      return onnx();
    case "wasm": {
      // one thread on a page that is not cross-origin isolated (this site), every core otherwise
      const { createWasmBackend } = await import("@mmareg/wasm");
      const backend = await createWasmBackend();
      return { backend: backend as Backend<unknown>, close: () => backend.close() };
    }
    default:
      throw new Error(`unknown backend ${id}`);
  }
}
