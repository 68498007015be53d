/// <reference lib="dom" />
// (for the WebAssembly, Worker and Blob types, which Node's types lack; the package runs in both)
import { MMARegError } from "@mmareg/core";
import { isNode, nodeImport } from "./runtime/pool.js";

/**
 * Where the two kernel binaries are. The defaults are the files next to the package
 * (`wasm/kernels-mt.wasm`, `wasm/kernels-st.wasm`), found with
 * `new URL(..., import.meta.url)`, which Node, Vite and other bundlers understand.
 * A site that serves them elsewhere passes their URLs (or their bytes).
 */
export interface KernelFiles {
  /** The multi-threaded build (imports a shared memory). */
  multiThread?: string | URL | ArrayBuffer | Uint8Array;
  /** The one-thread build (imports a plain memory). */
  singleThread?: string | URL | ArrayBuffer | Uint8Array;
}

async function bytesOf(src: string | URL | ArrayBuffer | Uint8Array): Promise<ArrayBuffer | Uint8Array> {
  if (src instanceof ArrayBuffer || src instanceof Uint8Array) return src;
  const url = src instanceof URL ? src : new URL(src, (globalThis as { location?: { href: string } }).location?.href ?? import.meta.url);
  if (url.protocol === "file:" && isNode()) {
    const { readFile } = await nodeImport<typeof import("node:fs/promises")>("fs/promises");
    return readFile(url);
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url.href}`);
  return res.arrayBuffer();
}

/** Compile the multi-threaded (`shared`) or one-thread kernels. */
export async function compileKernels(shared: boolean, files: KernelFiles = {}): Promise<WebAssembly.Module> {
  const src = shared
    ? (files.multiThread ?? new URL("../wasm/kernels-mt.wasm", import.meta.url))
    : (files.singleThread ?? new URL("../wasm/kernels-st.wasm", import.meta.url));
  let bytes: ArrayBuffer | Uint8Array;
  try {
    bytes = await bytesOf(src);
  } catch (e) {
    throw new MMARegError(
      "BACKEND",
      `the wasm backend could not load its kernels (${String(src)}): ${(e as Error).message}; in a clone of the repository run \`pnpm build\`, on a site serve the package's wasm/ folder and pass its URLs as { kernels }`,
      { backend: "wasm" },
    );
  }
  return WebAssembly.compile(bytes as BufferSource);
}
