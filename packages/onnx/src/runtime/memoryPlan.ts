import { BLOCK_ELEMENTS } from "../graph/graphBuilder.js";

/**
 * Cosines per row block on onnxruntime-node for a large input (`2^20`, 4 MB of float32):
 * a quarter of the graphs' default {@link BLOCK_ELEMENTS}. At 10575 x 512 (99-row blocks
 * instead of 396) the loss run peaks about 25 MB lower and the angle statistics about
 * 25 MB lower, at the same CPU time (measured, README "Scale").
 */
export const NATIVE_BLOCK_ELEMENTS = 1 << 20;

/** How one graph run uses memory: rows per block of its row loops, and ONNX Runtime's CPU arena. */
export interface RunMemoryPlan {
  /** Rows per block for the graph's row loops; `undefined`: the graph builder's default. */
  blockRows: number | undefined;
  /** `enableCpuMemArena` of the session (ONNX Runtime's default is `true`). */
  cpuArena: boolean;
}

/**
 * The memory plan of one run on the native CPU provider. Only where the graphs would be
 * blocked anyway (`rows^2 > 2^22`) and no `blockRows` was given: blocks of
 * `floor(2^20 / rows)` rows, and no CPU arena when every output is at most one value per
 * row (the angle statistics, a nearest-neighbour search): the large buffers of such a run
 * are its row blocks, which the arena keeps at their high-water mark (it grows by
 * power-of-two regions and never returns them during the run), while without it each
 * freed block goes back to the allocator for the next one (about -40 MB at 10575 x 512,
 * same CPU time). A run that reads an `[n, d]` result (the loss gradient) keeps the
 * arena: its intermediates are whole `[n, d]` arrays, each a fresh mapping without it
 * (page faults: 1.3x to 2.4x the CPU time, no lower peak). Other runtimes and the WebGPU
 * provider keep the defaults (onnxruntime-web's wasm heap never shrinks: smaller blocks
 * measured no lower there).
 *
 * @param native - the runtime is onnxruntime-node on its CPU provider (no WebGPU forms)
 * @param given - the backend's `blockRows` option, when set
 * @param rows - the most rows of any 2-D graph input
 * @param outputs - the shapes of the graph's outputs
 */
export function runMemoryPlan(native: boolean, given: number | undefined, rows: number, outputs: readonly (readonly number[])[]): RunMemoryPlan {
  if (!native || given !== undefined || rows * rows <= BLOCK_ELEMENTS) return { blockRows: given, cpuArena: true };
  const blockRows = Math.max(1, Math.floor(NATIVE_BLOCK_ELEMENTS / rows));
  const perRow = outputs.every((s) => s.length < 2 || s.slice(1).every((v) => v === 1));
  return { blockRows, cpuArena: !perRow };
}
