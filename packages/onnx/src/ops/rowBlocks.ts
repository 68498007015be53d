import type { GraphBuilder } from "../graph/graphBuilder.js";
import { DataType } from "../proto.js";

/** What {@link rowBlocks} splits and what each block returns. */
export interface RowBlocksSpec {
  /** The `[n, d]` float32 rows to split (static `n`). */
  rows: string;
  n: number;
  d: number;
  /** Rows per block (less than `n`). */
  size: number;
  /** Int64 `[n]` values split alongside the rows (their positions), if the blocks need them. */
  positions?: string;
  /** Each block output is `[rows in block, ...trailing]` of the given element type. */
  outputs: readonly { trailing: readonly number[]; type: number }[];
}

/** Writes the nodes of one block: its rows `[r, d]` (and positions `[r]`) to its outputs. */
export type BlockWriter = (b: GraphBuilder, rows: string, positions: string | undefined) => string[];

/**
 * Run `write` on blocks of `size` rows and stack the results along axis 0: the first
 * `floor(n / size)` blocks as the iterations of one `Scan` (rows reshaped to
 * `[blocks, size, d]`), the remaining rows as one more block written directly, then a
 * `Concat`. Used by the WebGPU forms of `sqDist` and `pairEnergy`: a `Scan` iteration with
 * nodes on the GPU costs a round trip to the CPU, so blocks that fill the broadcast
 * limit are far faster there than one row per iteration (512 x 64 MHE: about 20 s
 * instead of over 2 minutes on a software WebGPU adapter).
 */
export function rowBlocks(g: GraphBuilder, spec: RowBlocksSpec, write: BlockWriter): string[] {
  const { rows, n, d, size, positions } = spec;
  const count = Math.floor(n / size);
  const full = count * size;
  const slice = (x: string, from: number, to: number, local: string): string =>
    from === 0 && to === n ? x : g.op("Slice", [x, g.i64([from]), g.i64([to]), g.i64([0])], {}, local);

  const blocks = g.op("Reshape", [slice(rows, 0, full, "head_rows"), g.i64([count, size, d])], {}, "row_blocks");
  const scanInputs = [blocks];
  if (positions !== undefined) scanInputs.push(g.op("Reshape", [slice(positions, 0, full, "head_positions"), g.i64([count, size])], {}, "position_blocks"));
  const body = g.sub();
  const blockRows = body.fresh("block_rows");
  const blockPositions = positions === undefined ? undefined : body.fresh("block_positions");
  const results = write(body, blockRows, blockPositions);
  const info = (name: string, type: number, dims: readonly number[]) => ({ name, type: { tensorType: { elemType: type, shape: { dim: dims.map((v) => ({ dimValue: v })) } } } });
  body.inputs.push(info(blockRows, DataType.FLOAT, [size, d]));
  if (blockPositions !== undefined) body.inputs.push(info(blockPositions, DataType.INT64, [size]));
  results.forEach((r, i) => body.outputs.push(info(r, spec.outputs[i]!.type, [size, ...spec.outputs[i]!.trailing])));
  const stacked = g.opN("Scan", scanInputs, spec.outputs.map((_, i) => `block_results_${i}`), {
    num_scan_inputs: scanInputs.length,
    body: { graph: body.graph("row_block", "", false) },
  });
  const head = stacked.map((s, i) => g.op("Reshape", [s, g.i64([full, ...spec.outputs[i]!.trailing])], {}, `head_results_${i}`));
  if (full === n) return head;

  const tail = write(g, slice(rows, full, n, "tail_rows"), positions === undefined ? undefined : slice(positions, full, n, "tail_positions"));
  return head.map((h, i) => g.op("Concat", [h, tail[i]!], { axis: 0 }, `results_${i}`));
}
