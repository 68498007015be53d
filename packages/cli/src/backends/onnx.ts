import type { Backend } from "@mmareg/core";
import { CliError } from "../cliError.js";
import type { BenchExtras } from "./types.js";

interface DirectModel {
  run(): Promise<void>;
  release(): Promise<void>;
}

/** One session of the exported MMA model per benchmark input, fed that input's data. */
const directModels = new WeakMap<object, DirectModel>();
/** Every such session, released when the backend is unloaded (wasm memory is not garbage-collected). */
const openModels = new Set<DirectModel>();

type Runtime = "web" | "node";

/** The runtime module by name; a missing optional package is a one-line error naming it. */
async function importRuntime(runtime: Runtime): Promise<typeof import("onnxruntime-web")> {
  const pkg = runtime === "web" ? "onnxruntime-web" : "onnxruntime-node";
  try {
    return (runtime === "web" ? await import("onnxruntime-web") : await import("onnxruntime-node")) as typeof import("onnxruntime-web");
  } catch (e) {
    throw new CliError(`backend onnx-${runtime === "web" ? "wasm" : "node"} needs ${pkg}: npm install ${pkg} (${(e as Error).message})`);
  }
}

/**
 * Intra-op threads of the onnx-node backend: `MMA_ONNX_THREADS` when set (for example 1
 * to compare with the single-threaded wasm build), else ONNX Runtime's default (one per core).
 */
function nodeThreads(): number | undefined {
  const v = process.env.MMA_ONNX_THREADS;
  if (v === undefined || v === "") return undefined;
  const k = Number(v);
  if (!Number.isInteger(k) || k < 1) throw new CliError(`MMA_ONNX_THREADS must be a positive integer, got "${v}"`);
  return k;
}

/**
 * `mma bench` baseline: the exported MMA model (`buildLossModel`) run by the same runtime
 * directly, as a Python or C++ user of the `.onnx` file would. The difference to the
 * backend's own time is what tracing, graph keying and feeding cost per call.
 */
const exportedModel = (runtime: Runtime) => ({
  label: "exported .onnx",
  async run(backend: Backend<unknown>, w: unknown): Promise<void> {
    let model = directModels.get(w as object);
    if (!model) {
      const [{ buildLossModel }, ort] = await Promise.all([import("@mmareg/onnx"), importRuntime(runtime)]);
      const [n, d] = backend.shape(w) as [number, number];
      const threads = runtime === "node" ? nodeThreads() : undefined;
      const options = runtime === "web" ? { executionProviders: ["wasm"] } : { executionProviders: ["cpu"], ...(threads === undefined ? {} : { intraOpNumThreads: threads }) };
      const session = await ort.InferenceSession.create(buildLossModel({ loss: "mma", rows: n, cols: d }), options);
      const W = new ort.Tensor("float32", Float32Array.from(await backend.read(w)), [n, d]);
      model = { run: async () => void (await session.run({ W })), release: () => session.release() };
      directModels.set(w as object, model);
      openModels.add(model);
    }
    await model.run();
  },
});

/**
 * `mma bench` baseline: the Gram product (summed, as the bench's own Gram column) plus an
 * `[n, d]` result read back, in one graph run of the same backend. The loss reads an
 * `[n, d]` gradient back and the Gram column reads a scalar; through ONNX Runtime's Node
 * binding every output is a fresh copy, whose page faults can cost more than the graph
 * (the package README, "Speed and memory"): MMA time over this one is the ratio with the
 * read-back of the gradient's size on both sides.
 */
const gramWithRead = {
  label: "Gram + n x d read",
  async run(b: Backend<unknown>, w: unknown): Promise<void> {
    const s = b.sum(b.gram(w));
    const copy = b.binary("mul", w, 1);
    await Promise.all([b.read(s), b.read(copy)]);
  },
};

/**
 * `mma bench` on onnx-wasm / onnx-node: the exported model run by the same runtime and the
 * Gram product with an `[n, d]` read-back as baselines, the model's sessions released
 * after; onnx-node's thread count from `MMA_ONNX_THREADS`.
 */
export function onnxExtras(runtime: Runtime): BenchExtras {
  return {
    baselines: [exportedModel(runtime), gramWithRead],
    ...(runtime === "node"
      ? {
          settings() {
            const threads = nodeThreads();
            return threads === undefined ? {} : { numThreads: threads };
          },
        }
      : {}),
    async unload() {
      const models = [...openModels];
      openModels.clear();
      await Promise.all(models.map((m) => m.release()));
    },
  };
}
