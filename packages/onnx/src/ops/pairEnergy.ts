import type { GraphBuilder } from "../graph/graphBuilder.js";
import { DataType } from "../proto.js";
import { dims2, floatReduce, reduceSum, type OpDef } from "./opDef.js";
import { rowBlocks } from "./rowBlocks.js";

interface Block {
  /** `[r, n]` energy terms, 0 where a row meets itself. */
  value: string;
  /** `[r, d]` gradient of the block's rows. */
  grad: string;
}

/**
 * Energy terms and gradient of the rows `a` (`[r, 1, d]`) against all rows `b`
 * (`[1, n, d]`), `self` (`[r, n]` bool) marking each row's own column. Chords and the
 * gradient's directions are explicit differences (`u_i - u_j`, or `u_i + u_j` for the
 * antipodes), so no large terms cancel.
 */
function block(g: GraphBuilder, a: string, b: string, self: string, s: number, halfSpace: boolean): Block {
  const terms = (chord: string, tag: string): Block => {
    const d2 = floatReduce(g, "ReduceSumSquare", chord, [2], 0, `${tag}_sq_chord`);
    let value: string;
    let slope: string;
    if (s > 0) {
      value = g.op("Pow", [d2, g.f32(-s / 2)], {}, `${tag}_energy`);
      slope = g.op("Mul", [g.op("Pow", [d2, g.f32(-s / 2 - 1)], {}, `${tag}_pow`), g.f32(-s / 2)], {}, `${tag}_slope`);
    } else {
      value = g.op("Mul", [g.op("Log", [d2], {}, `${tag}_log`), g.f32(-0.5)], {}, `${tag}_energy`);
      slope = g.op("Div", [g.f32(-0.5), d2], {}, `${tag}_slope`);
    }
    const zero = g.f32(0);
    value = g.op("Where", [self, zero, value], {}, `${tag}_energy_off_diagonal`);
    slope = g.op("Where", [self, zero, slope], {}, `${tag}_slope_off_diagonal`);
    const weighted = g.op("Mul", [g.op("Unsqueeze", [slope, g.i64([2])], {}, `${tag}_slope3`), chord], {}, `${tag}_weighted`);
    const grad = g.op("Mul", [floatReduce(g, "ReduceSum", weighted, [1], 0, `${tag}_pull`), g.f32(4)], {}, `${tag}_grad`);
    return { value, grad };
  };
  const near = terms(g.op("Sub", [a, b], {}, "differences"), "near");
  if (!halfSpace) return near;
  const far = terms(g.op("Add", [a, b], {}, "sums"), "far");
  return { value: g.op("Add", [near.value, far.value], {}, "energy_terms"), grad: g.op("Add", [near.grad, far.grad], {}, "grad") };
}

/** Sum in float64, rounded once. */
function wideSum(g: GraphBuilder, x: string): string {
  const total = reduceSum(g, g.op("Cast", [x], { to: DataType.DOUBLE }, "terms_f64"), null, 0, "energy_f64");
  return g.op("Cast", [total], { to: DataType.FLOAT }, "energy");
}

/**
 * Fused pairwise Riesz (`s > 0`) or log (`s = 0`) energy over ordered pairs `i != j`
 * (half-space: also `(u_i, -u_j)`), with its gradient `4 sum_j f'(D_ij^2) (u_i -+ u_j)`
 * formed from explicit differences, where the composition `4 (u_i sum_j f' - F' U)`
 * cancels large terms for near-duplicate rows. All pairs at once (`[n, n, d]`) for small
 * inputs, one row per `Scan` iteration (memory `O(n d)`) above the broadcast limit (WebGPU
 * forms: blocks of rows that fill the limit, see {@link rowBlocks}).
 */
export const pairEnergy: OpDef = {
  infer([unit]) {
    const [n, d] = dims2(unit!, "pairEnergy");
    return [
      { shape: [], kind: "float" },
      { shape: [n, d], kind: "float" },
    ];
  },
  lower(g, [unit], { s, halfSpace }) {
    const u = unit!.name;
    const [n, d] = unit!.shape as [number, number];
    const all = g.op("Unsqueeze", [u, g.i64([0])], {}, "all_rows");
    const count = g.op("Gather", [g.op("Shape", [u], {}, "shape"), g.i64([0], [])], { axis: 0 }, "count");
    const positions = g.op("Range", [g.i64([0], []), count, g.i64([1], [])], {}, "positions");
    // The terms of the rows `rows` ([r, d]) at positions `at` ([r]) against all rows.
    const rowsBlock = (b: GraphBuilder, rows: string, at: string): Block => {
      const each = b.op("Unsqueeze", [rows, b.i64([1])], {}, "each_row");
      const column = b.op("Unsqueeze", [at, b.i64([1])], {}, "row_positions");
      const self = b.op("Equal", [column, b.op("Unsqueeze", [positions, b.i64([0])], {}, "column_positions")], {}, "self");
      return block(b, each, all, self, s as number, halfSpace as boolean);
    };
    if (g.isStatic(n) && n * n * d <= g.broadcastLimit) {
      const out = rowsBlock(g, u, positions);
      return [wideSum(g, out.value), out.grad];
    }
    if (g.isStatic(n) && g.webgpu) {
      const size = Math.max(1, Math.floor(g.broadcastLimit / (n * d)));
      const outputs = [{ trailing: [], type: DataType.DOUBLE }, { trailing: [d], type: DataType.FLOAT }];
      const [energies, grad] = rowBlocks(g, { rows: u, n, d, size, positions, outputs }, (b, rows, at) => {
        const out = rowsBlock(b, rows, at as string);
        const wide = b.op("Cast", [out.value], { to: DataType.DOUBLE }, "terms_f64");
        return [reduceSum(b, wide, [1], 0, "row_energy_f64"), out.grad];
      });
      return [g.op("Cast", [reduceSum(g, energies!, null, 0, "energy_f64")], { to: DataType.FLOAT }, "energy"), grad!];
    }
    // One row per iteration against all rows (read from the outer graph).
    const body = g.sub();
    const row = body.fresh("row");
    const at = body.fresh("row_index");
    const rowsA = body.op("Unsqueeze", [row, body.i64([0, 1])], {}, "this_row");
    const self = body.op("Unsqueeze", [body.op("Equal", [positions, at], {}, "is_self"), body.i64([0])], {}, "self");
    const out = block(body, rowsA, all, self, s as number, halfSpace as boolean);
    const rowEnergy = body.op("Cast", [floatReduce(body, "ReduceSum", out.value, [1], 0, "row_energy")], { to: DataType.DOUBLE }, "row_energy_f64");
    const rowGrad = body.op("Squeeze", [out.grad, body.i64([0])], {}, "row_grad");
    body.inputs.push(body.valueInfo(row, "float", [d]), { name: at, type: { tensorType: { elemType: DataType.INT64, shape: { dim: [] } } } });
    body.outputs.push({ name: rowEnergy, type: { tensorType: { elemType: DataType.DOUBLE, shape: { dim: [{ dimValue: 1 }] } } } }, body.valueInfo(rowGrad, "float", [d]));
    const [energies, grad] = g.opN("Scan", [u, positions], ["row_energies", "grad"], { num_scan_inputs: 2, body: { graph: body.graph("pair_energy_row", "", false) } });
    const total = reduceSum(g, energies!, null, 0, "energy_f64");
    return [g.op("Cast", [total], { to: DataType.FLOAT }, "energy"), grad!];
  },
};
