import type { Backend } from "@mmareg/core";
import type { BackendEntry } from "./types.js";

type OnnxBackend = Backend<unknown> & { close(): Promise<void> };

interface DirectModel {
  run(): Promise<void>;
  release(): Promise<void>;
}

/** One session of the exported MMA model per benchmark input, fed that input's data. */
const directModels = new WeakMap<object, DirectModel>();
/** Every such session, released when the backend is unloaded (wasm memory is not garbage-collected). */
const openModels = new Set<DirectModel>();

/**
 * `mma bench` baseline: the exported MMA model (`buildLossModel`) run by onnxruntime-web
 * directly, as a Python or C++ user of the `.onnx` file would. The difference to the
 * backend's own time is what tracing, graph keying and feeding cost per call.
 */
const exportedModel = {
  label: "exported .onnx",
  async run(backend: Backend<unknown>, w: unknown): Promise<void> {
    let model = directModels.get(w as object);
    if (!model) {
      const [{ buildLossModel }, ort] = await Promise.all([import("@mmareg/onnx"), import("onnxruntime-web")]);
      const [n, d] = backend.shape(w) as [number, number];
      const session = await ort.InferenceSession.create(buildLossModel({ loss: "mma", rows: n, cols: d }), { executionProviders: ["wasm"] });
      const W = new ort.Tensor("float32", Float32Array.from(await backend.read(w)), [n, d]);
      model = { run: async () => void (await session.run({ W })), release: () => session.release() };
      directModels.set(w as object, model);
      openModels.add(model);
    }
    await model.run();
  },
};

/** ONNX graphs of the losses run by ONNX Runtime Web's WebAssembly execution provider. */
export const onnxWasmEntry: BackendEntry = {
  name: "onnx-wasm",
  description: "ONNX graphs run by onnxruntime-web (WebAssembly, float32)",
  dtypes: ["float32"],
  packages: ["@mmareg/onnx", "onnxruntime-web"],
  load: async () => {
    const { createOnnxBackend } = await import("@mmareg/onnx");
    return (await createOnnxBackend({ executionProviders: ["wasm"] })) as unknown as Backend<unknown>;
  },
  baselines: [exportedModel],
  async unload(backend) {
    const models = [...openModels];
    openModels.clear();
    await Promise.all([...models.map((m) => m.release()), (backend as OnnxBackend).close()]);
  },
};
