import { MMARegError } from "@mmareg/core";
import { createTfjsBackend, type TfjsBackend, type TfjsBackendOptions } from "./createTfjsBackend.js";
import { resolveTf } from "./tf.js";

/**
 * Switch tfjs to a backend, wait until it is ready, and create the core backend pinned to
 * it. The backend's package must be imported by the program first (this package imports
 * none): `@tensorflow/tfjs-backend-wasm`, `-webgpu`, or `@tensorflow/tfjs-node`.
 *
 * @example
 * ```ts
 * import "@tensorflow/tfjs-backend-wasm";
 * const b = await loadTfjsBackend({ backend: "wasm" });
 * ```
 * @throws {@link MMARegError} `BACKEND` when the backend is not registered or fails to start.
 */
export async function loadTfjsBackend(options: TfjsBackendOptions = {}): Promise<TfjsBackend> {
  const tf = resolveTf(options.tf);
  const name = options.backend;
  if (name !== undefined && tf.getBackend() !== name) {
    if (!tf.findBackendFactory(name) && !tf.findBackend(name)) {
      throw new MMARegError(
        "BACKEND",
        `tfjs backend "${name}" is not registered: import its package first (for wasm: import "@tensorflow/tfjs-backend-wasm"); registered: ${Object.keys(tf.engine().registryFactory).join(", ")}`,
        { backend: `tfjs-${name}` },
      );
    }
    let ok = false;
    try {
      ok = await tf.setBackend(name);
    } catch (e) {
      throw new MMARegError("BACKEND", `tfjs backend "${name}" could not start: ${(e as Error).message}`, { backend: `tfjs-${name}` });
    }
    if (!ok) throw new MMARegError("BACKEND", `tfjs backend "${name}" could not start (tf.setBackend returned false)`, { backend: `tfjs-${name}` });
  }
  await tf.ready();
  return createTfjsBackend({ ...options, tf });
}
