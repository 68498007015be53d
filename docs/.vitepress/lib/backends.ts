// Create any of the library's backends in the reader's browser, by name, from the project's
// one backend registry (@mmareg/cli/registry, which the `mma` command reads too). Every
// import is lazy, so a page only downloads the stacks the reader picks; every .wasm file is
// bundled with the site (nothing is fetched from elsewhere).
import type { Backend, BackendDescriptor } from "@mmareg/core";
import { startDescriptor } from "@mmareg/core";
import { REGISTRY } from "@mmareg/cli/registry";

/** A backend the pages can run on. */
export interface BackendChoice {
  id: string;
  label: string;
  /** Whether this browser can run it (WebGL/WebGPU present). */
  available: () => boolean;
  /**
   * What choosing it downloads first, where that is large (ONNX Runtime Web's one .wasm
   * build, 28.3 MB, serves both onnx backends); the pages say so before fetching anything.
   */
  download?: string;
}

/** ONNX Runtime Web's WebAssembly build (`ort-wasm-simd-threaded.jsep.wasm`, 28,312,028 bytes in 1.30.0). */
export const ONNX_WASM_NOTE = "downloads a 28 MB .wasm on first use";

/** The registry's browser entries. */
const BROWSER: readonly BackendDescriptor[] = REGISTRY.filter((d) => d.environments.includes("browser"));

/** Every backend the examples offer, in the registry's order (fastest-first where it matters). */
export const BACKEND_CHOICES: readonly BackendChoice[] = BROWSER.map((d) => ({
  id: d.name,
  label: `${d.name.replace(/-/, " ").replace(/^gpujs/, "gpu.js")}${d.name === "cpu" ? " (@mmareg/cpu)" : d.name === "wasm" ? " (@mmareg/wasm, SIMD)" : ""}`,
  available: () => d.available?.() ?? true,
  ...(d.package === "@mmareg/onnx" ? { download: ONNX_WASM_NOTE } : {}),
}));

/** A started backend and how to release it. */
export interface StartedBackend {
  backend: Backend<unknown>;
  close: () => Promise<void> | void;
}

/**
 * The page's module loader: a static `import()` per optional package, so the bundler sees
 * each one, plus the setup a page needs once per module (tfjs's wasm files from this site).
 */
async function load(specifier: string): Promise<unknown> {
  switch (specifier) {
    case "@tensorflow/tfjs":
      return import("@tensorflow/tfjs");
    case "@tensorflow/tfjs-backend-webgpu":
      return import("@tensorflow/tfjs-backend-webgpu");
    case "@tensorflow/tfjs-backend-wasm": {
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
      return wasm;
    }
    case "onnxruntime-web":
      return import("onnxruntime-web");
    default:
      throw new Error(`the docs site does not bundle ${specifier}`);
  }
}

/** Factory settings the pages use per adapter (one ONNX Runtime thread: no cross-origin isolation here). */
const SETTINGS: Readonly<Record<string, Record<string, unknown>>> = { "@mmareg/onnx": { numThreads: 1 } };

/** Start a backend by id (see {@link BACKEND_CHOICES}). */
export async function startBackend(id: string): Promise<StartedBackend> {
  const d = BROWSER.find((b) => b.name === id);
  if (!d) throw new Error(`unknown backend ${id}: use one of ${BROWSER.map((b) => b.name).join(", ")}`);
  const settings = SETTINGS[d.package];
  const started = await startDescriptor(d, { load, ...(settings ? { settings } : {}) });
  // webgpu: never read synchronously (tfjs's dataSync on webgpu stalls the page and warns);
  // without readSync the library's loops take the backend's async read (data()) instead
  const backend = id.endsWith("-webgpu") && started.readSync ? withoutReadSync(started) : started;
  return { backend, close: () => started.close?.() };
}

/** The same backend with `readSync` hidden (the object's own methods and fields stay). */
function withoutReadSync(b: Backend<unknown>): Backend<unknown> {
  return Object.create(b, { readSync: { value: undefined, enumerable: false } }) as Backend<unknown>;
}
