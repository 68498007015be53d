import { BLOCK_ELEMENTS, PAIR_BLOCK_ROWS, PAIR_BLOCKS_FROM, type GraphBuilder } from "../graph/graphBuilder.js";
import { DataType, type ValueInfoProto } from "../proto.js";
import { floatTensor, int64Tensor } from "../graph/tensorProtos.js";
import { firstArgMax } from "./opDef.js";

const INT64_MAX = Number.MAX_SAFE_INTEGER; // "to the end" for Slice

/** What {@link blockedPass} also counts besides the nearest row. */
export interface CountSpec {
  /** Count the rows `j != i` with `cos_ij > threshold`. */
  threshold: number;
  /** Compare `|cos_ij|` instead. */
  absolute: boolean;
}

/** The results of {@link blockedPass}: int64 `[n]` nearest rows, and float `[n]` counts when asked. */
export interface BlockedResult {
  index: string;
  above?: string;
}

/**
 * The rows per block for `n` rows: `null` for one block without a `Loop` (a static `n`
 * with `n^2 <= BLOCK_ELEMENTS`, unless the graph is single-threaded and `n >= 512`, or
 * the `blockRows` option at least `n`), else the
 * int64 `[1]` value of the block size (computed from the runtime row count when `n` is
 * symbolic and no `blockRows` is set).
 */
export function blockRowsFor(g: GraphBuilder, n: number): string | null {
  const fixed = g.blockRows;
  if (g.isStatic(n)) {
    if (fixed !== undefined) return fixed >= n ? null : g.i64([fixed]);
    if (n * n <= BLOCK_ELEMENTS) return g.singleThread && n >= PAIR_BLOCKS_FROM ? g.i64([PAIR_BLOCK_ROWS]) : null;
    return g.i64([Math.max(1, Math.floor(BLOCK_ELEMENTS / n))]);
  }
  if (fixed !== undefined) return g.i64([fixed]);
  return g.op("Max", [g.op("Div", [g.i64([BLOCK_ELEMENTS]), g.dim(n)], {}, "budget_rows"), g.i64([1])], {}, "block_rows");
}

function info(name: string, type: number, dims: readonly ({ dimValue: number } | { dimParam: string })[]): ValueInfoProto {
  return { name, type: { tensorType: { elemType: type, shape: { dim: [...dims] } } } };
}

/**
 * One pass over the pairwise cosines of the unit rows `unit` (`[n, d]`, float32), a
 * block of rows at a time, each pair computed once: a `Loop` whose iteration `k` takes
 * the rows `[s, s + b)` (`s = k b`) and multiplies them by the rows `[s, n)` (`[b, n - s]`
 * cosines, never `n x n`). Only the pairs `j > i` of that product count (a strict upper
 * triangle mask); its row maxima give each block row its best later row, its column
 * maxima give every row `j >= s` its best row inside the block. The loop carries, for
 * every row, the best cosine so far and its row, and (with `count`) the number of rows
 * above the threshold.
 *
 * Ties go to the lowest index as `ArgMax` does: candidates arrive in increasing index
 * order (earlier blocks, then rows of the block before `j`, then rows after `j`), each
 * replacing the carried one only when strictly greater, and `ArgMax` picks the first
 * maximum within a block. The result is the lowest-index argmax over `j != i` of the same
 * float32 dot products, and every pair is counted once for each of its two rows. A row
 * with no other row (`n = 1`) gets row 0 and count 0.
 */
export function blockedPass(g: GraphBuilder, unit: string, n: number, block: string, count?: CountSpec): BlockedResult {
  return g.scope("blocks", () => {
    const rowsDim = g.dim(n);
    const trips = g.op(
      "Squeeze",
      [g.op("Div", [g.op("Sub", [g.op("Add", [rowsDim, block], {}, "rows_plus_block"), g.i64([1])], {}, "rows_round_up"), block], {}, "block_count"), g.i64([0])],
      {},
      "trip_count",
    );
    const fill = (value: number, type: "float" | "int64", local: string): string =>
      g.op(
        "ConstantOfShape",
        [rowsDim],
        { value: { tensor: type === "float" ? floatTensor("", [value], [1]) : int64Tensor("", [value], [1]) } },
        local,
      );
    const inits = [fill(-Infinity, "float", "initial_best"), fill(0, "int64", "initial_nearest")];
    if (count) inits.push(fill(0, "float", "initial_above"));

    const b = g.sub();
    const iter = b.fresh("iteration");
    const condIn = b.fresh("cond_in");
    const bestIn = b.fresh("best_in");
    const nearestIn = b.fresh("nearest_in");
    const aboveIn = count ? b.fresh("above_in") : "";
    const row = [b.dimProto(n)];
    b.inputs.push(info(iter, DataType.INT64, []), info(condIn, DataType.BOOL, []), info(bestIn, DataType.FLOAT, row), info(nearestIn, DataType.INT64, row));
    if (count) b.inputs.push(info(aboveIn, DataType.FLOAT, row));

    const end = g.i64([INT64_MAX]);
    const zero1 = g.i64([0]);
    const start = b.op("Mul", [b.op("Unsqueeze", [iter, zero1], {}, "iteration_1d"), block], {}, "start");
    const stop = b.op("Add", [start, block], {}, "stop");
    const own = b.op("Slice", [unit, start, stop, zero1], {}, "block_rows");
    const rest = b.op("Slice", [unit, start, end, zero1], {}, "later_rows");
    const cos = b.op("MatMul", [own, b.op("Transpose", [rest], { perm: [1, 0] }, "later_rows_t")], {}, "cosines");
    const scalar0 = g.i64([0], []);
    const one = g.i64([1], []);
    const height = b.op("Gather", [b.op("Shape", [own], {}, "block_shape"), scalar0], { axis: 0 }, "height");
    const width = b.op("Gather", [b.op("Shape", [rest], {}, "later_shape"), scalar0], { axis: 0 }, "width");
    const rowPos = b.op("Range", [scalar0, height, one], {}, "row_positions");
    const colPos = b.op("Range", [scalar0, width, one], {}, "column_positions");
    const later = b.op("Greater", [b.op("Unsqueeze", [colPos, zero1], {}, "column_row"), b.op("Unsqueeze", [rowPos, g.i64([1])], {}, "row_column")], {}, "upper");
    const masked = b.op("Where", [later, cos, g.f32(-Infinity)], {}, "pairs");
    const merged = reduceBlock(b, masked, start, height, { best: bestIn, nearest: nearestIn });
    const outs = [b.op("Identity", [condIn], {}, "cond_out"), merged.best, merged.nearest];
    if (count) {
      const head = (x: string, local: string) => b.op("Slice", [x, zero1, merged.height, zero1], {}, local);
      const tail = (x: string, local: string) => b.op("Slice", [x, merged.height, end, zero1], {}, local);
      const before = (x: string, local: string) => b.op("Slice", [x, zero1, start, zero1], {}, local);
      const from = (x: string, local: string) => b.op("Slice", [x, start, end, zero1], {}, local);
      // The masked cosines are -Infinity off the upper triangle, so without `absolute` one
      // comparison with the (finite) threshold is the hit mask; `|cos|` needs the mask again.
      const hits = count.absolute
        ? b.op("And", [later, b.op("Greater", [b.op("Abs", [cos], {}, "abs_cosines"), g.f32(count.threshold)], {}, "above_threshold")], {}, "hits")
        : b.op("Greater", [masked, g.f32(count.threshold)], {}, "hits");
      // Where, not Cast: onnxruntime-web's Cast kernel is one ~490 KB WebAssembly function,
      // and once a hot loop makes V8 optimize it, TurboFan takes about 217 MB and a second
      // to compile it (Node 20, measured with --trace-wasm-compilation-times)
      const ones = b.op("Where", [hits, g.f32(1), g.f32(0)], {}, "hit_counts");
      const rowCount = b.op("ReduceSum", [ones, g.i64([1])], { keepdims: 0 }, "row_hits");
      const colCount = b.op("ReduceSum", [ones, zero1], { keepdims: 0 }, "column_hits");
      const delta = b.op("Concat", [b.op("Add", [head(colCount, "column_hits_head"), rowCount], {}, "block_hits"), tail(colCount, "column_hits_tail")], { axis: 0 }, "hits_from");
      outs.push(b.op("Concat", [before(aboveIn, "settled_above"), b.op("Add", [from(aboveIn, "carried_above"), delta], {}, "added_above")], { axis: 0 }, "above_out"));
    }
    b.outputs.push(info(outs[0]!, DataType.BOOL, []), info(outs[1]!, DataType.FLOAT, row), info(outs[2]!, DataType.INT64, row));
    if (count) b.outputs.push(info(outs[3]!, DataType.FLOAT, row));

    const results = g.opN("Loop", [trips, "", ...inits], count ? ["best", "nearest", "above"] : ["best", "nearest"], {
      body: { graph: b.graph("cosine_blocks", "", false) },
    });
    return count ? { index: results[1]!, above: results[2]! } : { index: results[1]! };
  });
}

/** The best cosine so far of every row (float `[n]`) and its row (int64 `[n]`). */
interface Best {
  best: string;
  nearest: string;
}

/**
 * The per-block reduction of {@link blockedPass}'s `Loop` body: from the
 * masked cosines `[h, w]` of the block's rows `[s, s + h)` with the rows `[s, n)`, each
 * block row's best later row (row `ArgMax`) and each row's best row of the block (column
 * `ArgMax`, through a transpose: ONNX Runtime's `ArgMax` along axis 0 strides down the
 * columns and costs about twice a `Transpose` plus an `ArgMax` along the rows), merged into
 * candidates for the rows `[s, n)` (the block's rows: the column pick, then the row pick if
 * strictly greater), then merged into `carried` (earlier blocks' picks, kept unless the
 * candidate is strictly greater).
 *
 * `start` is the int64 `[1]` offset `s`; `height` the block's height as the body's int64
 * scalar (its `Unsqueeze` is returned as `height`).
 */
function reduceBlock(b: GraphBuilder, masked: string, start: string, height: string, carried: Best): Best & { height: string } {
  const zero1 = b.i64([0]);
  const end = b.i64([INT64_MAX]);
  const rowArg = b.op("ArgMax", [masked], { axis: 1, keepdims: 1, select_last_index: 0 }, "row_argmax");
  const rowVal = b.op("Squeeze", [b.op("GatherElements", [masked, rowArg], { axis: 1 }, "row_max_2d"), b.i64([1])], {}, "row_max");
  const byColumn = b.op("Transpose", [masked], { perm: [1, 0] }, "pairs_t");
  const colArg = b.op("ArgMax", [byColumn], { axis: 1, keepdims: 1, select_last_index: 0 }, "column_argmax");
  const colVal = b.op("Squeeze", [b.op("GatherElements", [byColumn, colArg], { axis: 1 }, "column_max_2d"), b.i64([1])], {}, "column_max");
  const rowIdx = b.op("Add", [b.op("Squeeze", [rowArg, b.i64([1])], {}, "row_argmax_1d"), start], {}, "row_best");
  const colIdx = b.op("Add", [b.op("Squeeze", [colArg, b.i64([1])], {}, "column_argmax_1d"), start], {}, "column_best");
  const height1 = b.op("Unsqueeze", [height, zero1], {}, "height_1d");
  const head = (x: string, local: string) => b.op("Slice", [x, zero1, height1, zero1], {}, local);
  const tail = (x: string, local: string) => b.op("Slice", [x, height1, end, zero1], {}, local);
  // rows of the block: the block's earlier rows (columns) first, then its later rows
  const withTail = (x: string, rest: string, restLocal: string, local: string) => b.op("Concat", [x, tail(rest, restLocal)], { axis: 0 }, local);
  const colHead = head(colVal, "column_max_head");
  const takeRow = b.op("Greater", [rowVal, colHead], {}, "later_wins");
  const candVal = withTail(b.op("Where", [takeRow, rowVal, colHead], {}, "block_best"), colVal, "column_max_tail", "candidate_max");
  const candIdx = withTail(b.op("Where", [takeRow, rowIdx, head(colIdx, "column_best_head")], {}, "block_nearest"), colIdx, "column_best_tail", "candidate_nearest");
  // rows s.. : earlier blocks' rows (carried) first
  const before = (x: string, local: string) => b.op("Slice", [x, zero1, start, zero1], {}, local);
  const from = (x: string, local: string) => b.op("Slice", [x, start, end, zero1], {}, local);
  const carriedVal = from(carried.best, "carried_max");
  const better = b.op("Greater", [candVal, carriedVal], {}, "candidate_wins");
  const best = b.op("Concat", [before(carried.best, "settled_max"), b.op("Where", [better, candVal, carriedVal], {}, "merged_max")], { axis: 0 }, "best_out");
  const nearest = b.op(
    "Concat",
    [before(carried.nearest, "settled_nearest"), b.op("Where", [better, candIdx, from(carried.nearest, "carried_nearest")], {}, "merged_nearest")],
    { axis: 0 },
    "nearest_out",
  );
  return { best, nearest, height: height1 };
}

/** Up to this many blocks a static row count takes {@link unrolledPass} instead of the `Loop`. */
export const UNROLLED_BLOCKS = 8;

/**
 * The rows per block when the nearest-neighbour search of a static `n` is written out
 * block by block ({@link unrolledPass}): the block size {@link blockRowsFor} takes when
 * the `n x n` cosines fit the block budget (the one-thread blocks, or `blockRows`) and
 * there are at most {@link UNROLLED_BLOCKS} blocks; else `null` (one block, or the `Loop`).
 */
export function unrolledBlockRows(g: GraphBuilder, n: number): number | null {
  if (!g.isStatic(n) || n * n > BLOCK_ELEMENTS || g.webgpu) return null;
  const size = g.blockRows ?? (g.singleThread && n >= PAIR_BLOCKS_FROM ? PAIR_BLOCK_ROWS : n);
  return size < n && Math.ceil(n / size) <= UNROLLED_BLOCKS ? size : null;
}

/**
 * {@link blockedPass} for a static `n` cut into a few blocks, written out block by block
 * instead of as a `Loop`: every pair's cosine computed once, and each row's nearest row
 * picked by one `ArgMax` over its whole row of cosines, assembled from the products.
 *
 * The rows are split into their blocks once (a `Loop` body slices the block and all later
 * rows out of the unit rows in every iteration, and ONNX Runtime's `Slice` copies). Block
 * 0 is multiplied by all rows in one `Gemm`, every later block `k` by itself and by each
 * later block (`Gemm`s side by side); a block's product with itself has its diagonal set
 * to `-Infinity` by a constant `C` inside its `Gemm`. Row block `k`'s cosines with the
 * earlier blocks are the transposes of those blocks' products with block `k` (block 0's
 * product split by columns), so the cosine of rows `i < j` in different blocks is the one
 * value the product of `i`'s block with `j`'s wrote, read by both rows (inside a block
 * each row reads its own row of the block's square, as in one block's product). Then
 * block `k`'s rows `[h, n]` are the concatenation of those pieces, and `ArgMax` takes the
 * first (lowest-index) maximum of each row, as one block's `ArgMax` would. Per block that
 * is a `Concat`, a few `Transpose`s of `[h, h]` and one `ArgMax`, where merging each
 * block's row and column maxima into carried candidates took about twenty nodes (at
 * 512 x 4608 in blocks of 128: 23 nodes in all against about 100, and 0.5 to 0.7 ms less
 * per call on onnxruntime-node).
 */
export function unrolledPass(g: GraphBuilder, unit: string, n: number, size: number): BlockedResult {
  return g.scope("blocks", () => {
    const heights: number[] = [];
    for (let s = 0; s < n; s += size) heights.push(Math.min(size, n - s));
    const blocks = g.opN("Split", [unit, g.i64(heights)], heights.map((_, k) => `block_rows_${k}`), { axis: 0 });
    // products[k][j]: block k's cosines with block j (j >= k; j === k diagonal-masked)
    const products: string[][] = heights.map(() => []);
    const first = g.op("Gemm", [blocks[0]!, unit, g.f32Diagonal(heights[0]!, -Infinity, n)], { transB: 1 }, "first_rows");
    products[0] = g.opN("Split", [first, g.i64(heights)], heights.map((_, j) => `first_pairs_${j}`), { axis: 1 });
    for (let k = 1; k < heights.length; k++) {
      const own = blocks[k]!;
      for (let j = k; j < heights.length; j++) {
        products[k]![j] = j === k ? g.op("Gemm", [own, own, g.f32Diagonal(heights[k]!, -Infinity)], { transB: 1 }, "own_pairs") : g.op("Gemm", [own, blocks[j]!], { transB: 1 }, "later_pairs");
      }
    }
    const picks = heights.map((_, k) => {
      if (k === 0) return firstArgMax(g, first);
      const pieces: string[] = [];
      for (let e = 0; e < k; e++) pieces.push(g.op("Transpose", [products[e]![k]!], { perm: [1, 0] }, "earlier_pairs"));
      for (let j = k; j < heights.length; j++) pieces.push(products[k]![j]!);
      const row = g.op("Concat", pieces, { axis: 1 }, "row_cosines");
      return firstArgMax(g, row);
    });
    return { index: g.op("Concat", picks, { axis: 0 }, "nearest") };
  });
}
