import type { BackendDescriptor } from "@mmareg/core";

/**
 * The wasm backend's registry entry (`wasm`, float32, Node and browser). `settings.threads`
 * sets the worker count (default: one per core; one thread on a page that is not
 * cross-origin isolated). The `@mmareg/wasm/backends` subpath holds only descriptors:
 * importing it loads no kernels.
 *
 * @example
 * ```ts
 * import { startDescriptor } from "@mmareg/core";
 * import { wasmBackends } from "@mmareg/wasm/backends";
 * const b = await startDescriptor(wasmBackends[0]!, { settings: { threads: 2 } });
 * await b.close?.();
 * ```
 */
export const wasmBackends: readonly BackendDescriptor[] = [
  {
    name: "wasm",
    package: "@mmareg/wasm",
    description: "WebAssembly SIMD kernels on every core (worker pool over shared memory), float32",
    dtypes: ["float32"],
    environments: ["node", "browser"],
    install: ["@mmareg/wasm"],
    available: () => typeof WebAssembly !== "undefined",
    async start(options = {}) {
      const { createWasmBackend } = await import("./createWasmBackend.js");
      return createWasmBackend({ ...(options.settings ?? {}), ...(options.dtype !== undefined ? { dtype: options.dtype } : {}) });
    },
  },
];
