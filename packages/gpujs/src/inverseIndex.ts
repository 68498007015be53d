import { MMARegError } from "@mmareg/core";

/** The rows that point at each target row, in CSR form (row numbers as float32). */
export interface InverseIndex {
  /** `[rows + 1]`: the sources of target `r` are `order[start[r] .. start[r + 1])`. */
  start: Float32Array;
  /** `[k]`: source positions grouped by target, ascending within a target. */
  order: Float32Array;
}

/**
 * Invert an index vector by counting sort: for every target row, the positions `i` with
 * `index[i] == r`, in ascending `i`. GPU kernels cannot scatter-add, so scatters are
 * written as gathers over this list (each output row sums its own sources, in the same
 * order the CPU backend adds them).
 *
 * @throws {@link MMARegError} `BAD_SHAPE` for an entry that is not a row number in `[0, rows)`.
 */
export function inverseIndex(index: ArrayLike<number>, rows: number, backend: string): InverseIndex {
  const k = index.length;
  const start = new Float32Array(rows + 1);
  const count = new Int32Array(rows + 1);
  for (let i = 0; i < k; i++) {
    const r = index[i] as number;
    if (!Number.isInteger(r) || r < 0 || r >= rows) {
      throw new MMARegError("BAD_SHAPE", `index ${r} at position ${i} is not a row number in [0, ${rows})`, { backend });
    }
    count[r + 1] = (count[r + 1] as number) + 1;
  }
  for (let r = 0; r < rows; r++) count[r + 1] = (count[r + 1] as number) + (count[r] as number);
  start.set(count);
  const order = new Float32Array(k);
  const next = count.slice(0, rows);
  for (let i = 0; i < k; i++) {
    const r = index[i] as number;
    order[next[r] as number] = i;
    next[r] = (next[r] as number) + 1;
  }
  return { start, order };
}
