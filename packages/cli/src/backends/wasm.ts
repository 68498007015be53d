import type { Backend } from "@mmareg/core";
import type { BackendEntry } from "./types.js";

type WasmBackend = Backend<unknown> & { close(): Promise<void>; readonly threads: number };

/** Threads for the wasm backend: `MMA_WASM_THREADS` when set (for benchmarks), else one per core. */
function threadsFromEnv(): number | undefined {
  const v = process.env.MMA_WASM_THREADS;
  return v === undefined || v === "" ? undefined : Number(v);
}

/** WebAssembly SIMD kernels on a worker pool (every core), float32. */
export const wasmEntry: BackendEntry = {
  name: "wasm",
  description: "WebAssembly SIMD kernels on every core (worker pool, shared memory; MMA_WASM_THREADS sets the threads), float32",
  dtypes: ["float32"],
  load: async () => {
    const { createWasmBackend } = await import("@mmareg/wasm");
    return (await createWasmBackend({ threads: threadsFromEnv() })) as unknown as Backend<unknown>;
  },
  unload: (backend) => (backend as WasmBackend).close(),
};
