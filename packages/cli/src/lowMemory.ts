import { setFlagsFromString } from "node:v8";

/**
 * The V8 flag `mma loss --low-memory` sets: WebAssembly is compiled by V8's baseline
 * compiler (Liftoff) only, never tiered up to its optimizing compiler (TurboFan).
 *
 * On onnx-wasm that trims what a large run adds: onnxruntime-web's 14 MB WebAssembly
 * module has its hot functions recompiled by TurboFan during the run, and the compiler's
 * memory stays in the process (measured at 10575 x 512: `mma loss --grad-out` 431 -> 361 MB
 * peak, the angle report 356 -> 302 MB, with less CPU time for one such run since nothing
 * is recompiled), at the price of slower code for long jobs (`mma bench`, 512 x 4608 on
 * one thread: 109 -> 174 ms). Without it every onnx-wasm path already stays within
 * +200 MB of a started backend (see the README's Scale section).
 */
export const LOW_MEMORY_V8_FLAG = "--liftoff-only";

/** The backends whose memory `--low-memory` changes; the others already fit (see the README's Scale section). */
export const LOW_MEMORY_BACKENDS: readonly string[] = ["onnx-wasm"];

/**
 * Apply `--low-memory` for `backend` before it starts (V8 reads the flag when it compiles
 * a WebAssembly module, so this must come before the backend's first compile; it is
 * process-wide, which is why only the command line sets it and the library never does).
 *
 * @param backend - the backend name of `--backend`.
 * @param setFlags - how to set a V8 flag (tests pass a spy; default `v8.setFlagsFromString`).
 * @returns whether anything was changed (false for a backend that `--low-memory` leaves alone).
 */
export function applyLowMemory(backend: string, setFlags: (flag: string) => void = setFlagsFromString): boolean {
  if (!LOW_MEMORY_BACKENDS.includes(backend)) return false;
  setFlags(LOW_MEMORY_V8_FLAG);
  return true;
}
