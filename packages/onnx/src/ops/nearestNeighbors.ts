import type { GraphBuilder } from "../graph/graphBuilder.js";
import { DataType } from "../proto.js";
import { blockedPass, blockRowsFor, unrolledBlockRows, unrolledPass } from "./blockedPass.js";
import { diagonalMask, dims2, firstArgMax, reduceSum, type OpDef } from "./opDef.js";

/**
 * Up to this many (static) rows the exact-mode diagonal mask is an `n x n` constant
 * (256 KiB of float32 at most) added to the cosines, followed by `ArgMax`.
 */
const DIAGONAL_CONSTANT_ROWS = 256;

/**
 * Fused `rowMax(gram(unit), rule)`. The selection (lowest-index argmax) is made on the
 * float32 Gram product inside the graph; the chosen cosine is then recomputed as a float64
 * dot product of the two unit rows and rounded once, so it is float32's correctly rounded
 * value (the reference-mode gradient `1 / sin` of near-duplicate rows depends on its last
 * digits). Only `[n]` vectors leave the graph. With the `exclude` rule (exact mode) the
 * pick is the row's `TopK` of 2 (see the lowering); with `negate`, and in the WebGPU forms,
 * the masked matrix's argmax (WebGPU: see {@link firstArgMax}). The cosine is only written
 * when the graph reads it (exact MMA reads the index alone).
 */
export const nearestNeighbors: OpDef = {
  infer([unit]) {
    const [n] = dims2(unit!, "nearestNeighbors");
    return [
      { shape: [n], kind: "float" },
      { shape: [n], kind: "index" },
    ];
  },
  lower(g, [unit], { rule }, used) {
    const u = unit!.name;
    const n = unit!.shape[0] as number;
    const unrolled = rule === "exclude" ? unrolledBlockRows(g, n) : null; // null in the WebGPU forms
    if (unrolled !== null) {
      // a static n in a few blocks: the blocks written out, no Loop
      const { index } = unrolledPass(g, u, n, unrolled);
      return [used.has(0) ? chosenCosine(g, u, index, "exclude") : "", index];
    }
    const block = rule === "exclude" && !g.webgpu ? blockRowsFor(g, n) : null;
    if (block !== null) {
      // above the block budget: a Loop over row blocks, never the n x n matrix
      const { index } = blockedPass(g, u, n, block);
      return [used.has(0) ? chosenCosine(g, u, index, "exclude") : "", index];
    }
    const c = g.op("MatMul", [u, g.op("Transpose", [u], { perm: [1, 0] }, "transposed")], {}, "gram");
    let index: string;
    if (rule === "exclude" && !g.webgpu && g.isStatic(n) && n <= DIAGONAL_CONSTANT_ROWS) {
      // A small static n: the diagonal set to -Infinity by adding a constant, then ArgMax
      // (the lowest index among equal maxima): two nodes instead of TopK's eight (at small
      // n every node's dispatch costs about as much as its work).
      index = g.op("ArgMax", [g.op("Add", [c, g.f32Diagonal(n, -Infinity)], {}, "candidates")], { axis: 1, keepdims: 0, select_last_index: 0 }, "index");
      if (!used.has(0)) return ["", index];
    } else if (rule === "exclude" && !g.webgpu && (!g.isStatic(n) || n >= 2)) {
      // The two largest of each row (TopK puts equal values in index order): the first
      // unless it is the row itself, else the second. The same pick as the lowest-index
      // argmax of the masked matrix, with no n x n mask, identity or index tensor.
      const [, top2] = g.opN("TopK", [c, g.i64([2])], ["top2_values", "top2"], { axis: 1, largest: 1, sorted: 1 });
      const first = g.op("Gather", [top2!, g.i64([0], [])], { axis: 1 }, "first");
      const second = g.op("Gather", [top2!, g.i64([1], [])], { axis: 1 }, "second");
      const count = g.op("Gather", [g.op("Shape", [u], {}, "unit_shape"), g.i64([0], [])], { axis: 0 }, "row_count");
      const rows = g.op("Range", [g.i64([0], []), count, g.i64([1], [])], {}, "row_positions");
      index = g.op("Where", [g.op("Equal", [first, rows], {}, "first_is_self"), second, first], {}, "index");
      if (!used.has(0)) return ["", index];
    } else {
      const diag = diagonalMask(g, c);
      const masked = g.op("Where", [diag, rule === "exclude" ? g.f32(-Infinity) : g.op("Neg", [c], {}, "negated"), c], {}, "candidates");
      index = firstArgMax(g, masked);
    }
    return [chosenCosine(g, u, index, rule as string), index];
  },
};

/**
 * The cosine of each row with its chosen row `index_i`, as a float64 dot product of the
 * two float32 unit rows rounded once (float32's correctly rounded value); the row itself
 * (`index_i == i`, a row with no other row) gets `-Infinity` (`exclude`) or `-cos_ii`
 * (`negate`).
 */
export function chosenCosine(g: GraphBuilder, u: string, index: string, rule: string): string {
  const wide = g.op("Cast", [u], { to: DataType.DOUBLE }, "unit_f64");
  const partner = g.op("Gather", [wide, index], { axis: 0 }, "partner_f64");
  const dot64 = reduceSum(g, g.op("Mul", [wide, partner], {}, "products_f64"), [1], 0, "cosine_f64");
  const dot = g.op("Cast", [dot64], { to: DataType.FLOAT }, "cosine");
  const count = g.op("Squeeze", [g.op("Shape", [index], {}, "shape"), g.i64([0])], {}, "count");
  const positions = g.op("Range", [g.i64([0], []), count, g.i64([1], [])], {}, "positions");
  const isSelf = g.op("Equal", [index, positions], {}, "is_self");
  const selfValue = rule === "exclude" ? g.f32(-Infinity) : g.op("Neg", [dot], {}, "negated_self");
  return g.op("Where", [isSelf, selfValue, dot], {}, "max");
}
