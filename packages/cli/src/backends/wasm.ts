import { CliError } from "../cliError.js";
import type { BenchExtras } from "./types.js";

/** Threads for the wasm backend: `MMA_WASM_THREADS` when set (for benchmarks), else one per core. */
function threadsFromEnv(): number | undefined {
  const v = process.env.MMA_WASM_THREADS;
  if (v === undefined || v === "") return undefined;
  const k = Number(v);
  if (!Number.isInteger(k) || k < 1) throw new CliError(`MMA_WASM_THREADS must be a positive integer, got "${v}"`);
  return k;
}

/** The wasm backend's start settings on the command line: its thread count from `MMA_WASM_THREADS`. */
export const wasmExtras: BenchExtras = {
  settings() {
    const threads = threadsFromEnv();
    return threads === undefined ? {} : { threads };
  },
};
