import { defineBackend, MMARegError, type BackendArray, type DefinedBackend } from "@mmareg/core";
import { GPU } from "gpu.js";
import { GpujsContext } from "./context.js";
import { KernelCache, type KernelStats } from "./kernelCache.js";
import { kernelMode } from "./kernelMode.js";
import { isPromise } from "./maybe.js";
import * as ops from "./ops/index.js";
import { deviceStorage, hostStorage } from "./storage.js";
import { GpujsTensor } from "./tensor.js";

/** gpu.js modes this backend runs in. `gpu` lets gpu.js pick the best one available. */
export type GpujsMode = "cpu" | "webasm" | "webgl" | "webgl2" | "webgpu" | "gpu";

/** The modes {@link createGpujsBackend} accepts, in `--help` order. */
export const GPUJS_MODES: readonly GpujsMode[] = ["gpu", "webgl2", "webgl", "webgpu", "webasm", "cpu"];

/** Options of {@link createGpujsBackend}. */
export interface GpujsBackendOptions {
  /**
   * The gpu.js mode (default `gpu`: gpu.js picks headless-gl, webgl2, webgl, then webasm).
   * `cpu` and `webasm` run anywhere; `webgl`, `webgl2` and `webgpu` need a browser (or
   * headless-gl). Not allowed together with `gpu`.
   */
  mode?: GpujsMode;
  /**
   * A `GPU` instance to compile on, for example one sharing a WebGL context with your
   * renderer. Its mode decides where kernels run. `destroy()` of the {@link GpujsBackend} destroys
   * this backend's kernels but leaves the instance alive.
   */
  gpu?: GPU;
  /**
   * The `GPU` class to instantiate instead of the one imported from `gpu.js` (for
   * example `window.GPU` from a script tag).
   */
  GPU?: typeof GPU;
  /** Precision: gpu.js computes in float32 only (the default, and the only value accepted). */
  dtype?: "float32";
  /**
   * Most compiled kernels held at once; the least recently used are destroyed beyond it.
   * Default 256 on `cpu`/`webasm` (each webasm kernel owns a WebAssembly memory), no
   * limit on the GPU modes (a shader program is small).
   */
  maxKernels?: number;
}

/**
 * The gpu.js backend: a {@link Backend} over {@link GpujsTensor} with every fused op,
 * `scope` and `dispose`, plus its lifecycle. `readSync` is there on the synchronous modes
 * (all but webgpu and gpu.js's `async` mode).
 */
export type GpujsBackend = DefinedBackend<GpujsTensor, typeof ops> &
  Required<Pick<DefinedBackend<GpujsTensor, typeof ops>, "dispose" | "scope">> & {
  /** The gpu.js backend the kernels run on: `cpu`, `webasm`, `webgl`, `webgl2`, `headlessgl` or `webgpu`. */
  readonly mode: string;
  /** The gpu.js instance. */
  readonly gpu: GPU;
  /** Kernel cache counters: compiled kernels, compilations, hits, evictions. */
  stats(): KernelStats;
  /**
   * Destroy every kernel (textures, buffers, wasm memories) and, if this backend created
   * it, the `GPU`: the same as `close()`, kept for existing callers. Idempotent.
   */
  destroy(): Promise<void>;
};

function startGpu(options: GpujsBackendOptions): { gpu: GPU; owned: boolean } {
  if (options.gpu) {
    if (options.mode !== undefined || options.GPU !== undefined) {
      throw new MMARegError("BAD_OPTION", "pass either an existing gpu instance or mode/GPU, not both", { backend: "gpujs" });
    }
    return { gpu: options.gpu, owned: false };
  }
  const mode = options.mode ?? "gpu";
  if (!GPUJS_MODES.includes(mode)) {
    throw new MMARegError("BAD_OPTION", `unknown gpu.js mode ${JSON.stringify(mode)}: use one of ${GPUJS_MODES.join(", ")}`, { backend: "gpujs" });
  }
  const Ctor = options.GPU ?? GPU;
  try {
    return { gpu: new Ctor({ mode: mode as never }), owned: true };
  } catch (e) {
    throw new MMARegError(
      "BACKEND",
      `gpu.js mode ${mode} is not available here (${(e as Error).message}): webgl, webgl2 and webgpu need a browser; use mode "webasm" or "cpu" in Node`,
      { backend: `gpujs-${mode}` },
    );
  }
}

/**
 * Create the gpu.js backend. Every op is a gpu.js kernel compiled once per shape (and
 * cached); the hot paths are fused kernels: the nearest-neighbour search returns `n`
 * indices and never an `n x n` matrix, the pair-angle gradient is O(n d), and the MHE
 * energy sums rows on the device. On the GPU modes tensors stay textures/buffers between
 * kernels; on `cpu` and `webasm` they are the arrays gpu.js returns. Computes in float32.
 *
 * @example
 * ```ts
 * import { createGpujsBackend, evaluateLoss } from "@mmareg/gpujs";
 * const b = createGpujsBackend({ mode: "webasm" }); // "webgl2" / "webgpu" in a browser
 * const { loss, grad } = await evaluateLoss(b, [[1, 0], [0.8, 0.6], [0, 1]], { loss: "mma" });
 * await b.destroy();
 * ```
 * @throws {@link MMARegError} `BAD_OPTION` for an unknown mode, dtype or option mix;
 *   `BACKEND` when gpu.js cannot start the mode here.
 */
export function createGpujsBackend(options: GpujsBackendOptions = {}): GpujsBackend {
  if (options.dtype !== undefined && options.dtype !== "float32") {
    throw new MMARegError("BAD_OPTION", `gpu.js computes in float32 only, got dtype ${JSON.stringify(options.dtype)}: leave dtype out`, {
      backend: "gpujs",
    });
  }
  if (options.maxKernels !== undefined && !(options.maxKernels >= 1)) {
    throw new MMARegError("BAD_OPTION", `maxKernels must be at least 1, got ${String(options.maxKernels)}`, { backend: "gpujs" });
  }
  const { gpu, owned } = startGpu(options);
  const gpuMode = (gpu as unknown as { mode?: string }).mode;
  const mode = kernelMode(gpu.Kernel, gpuMode);
  if (gpuMode === "dev" || !mode) {
    throw new MMARegError("BAD_OPTION", `gpu.js mode ${String(gpuMode)} has no compiling kernel: use cpu, webasm, webgl, webgl2 or webgpu`, {
      backend: "gpujs",
    });
  }
  const name = `gpujs-${mode}`;
  const host = mode === "cpu" || mode === "webasm";
  const storage = host ? hostStorage : deviceStorage;
  const limit = options.maxKernels ?? (host ? 256 : Infinity);
  const cache = new KernelCache(gpu, { ...storage.kernelSettings, precision: "single", tactic: "precision" }, limit);
  const ctx = new GpujsContext(name, cache, storage);
  const synchronous = gpuMode !== "async" && mode !== "webgpu";

  let destroyed: Promise<void> | undefined;
  const backend = defineBackend({
    name,
    dtype: "float32",
    context: ctx,
    ops,
    tensor(data, shape, kind) {
      const size = data.length;
      if (size === 0) throw new MMARegError("EMPTY", `tensor: shape [${shape.join(", ")}] is empty`, { backend: name });
      if (kind === "index") {
        for (let i = 0; i < size; i++) {
          const r = data[i] as number;
          if (!Number.isInteger(r) || r < 0 || r >= 2 ** 24) {
            throw new MMARegError("BAD_SHAPE", `tensor: index ${r} is not a row number float32 holds exactly (0 <= r < 2^24)`, { backend: name });
          }
        }
      }
      return ctx.upload(Float32Array.from(data), shape);
    },
    shape: (x: GpujsTensor) => x.shape,
    read: async (x) => ctx.read(x),
    ...(synchronous
      ? {
          readSync(x: GpujsTensor): BackendArray {
            const v = ctx.read(x);
            if (isPromise(v)) throw new MMARegError("BACKEND", "this tensor is still being computed: use read() (await it)", { backend: name });
            return v;
          },
        }
      : {}),
    dispose: (x) => ctx.free(x),
    scope: (fn) => ctx.scope(fn),
    close() {
      destroyed ??= (async () => {
        ctx.close();
        cache.destroy();
        if (owned) await gpu.destroy();
      })();
      return destroyed;
    },
  });
  return Object.assign(backend, {
    mode,
    gpu,
    stats: () => cache.stats(),
    destroy: async () => {
      await backend.close();
    },
  });
}
