import { DataType } from "../proto.js";
import { asIndex, dims1, dims2, shapeError, type OpDef } from "./opDef.js";

const INT64_MAX = Number.MAX_SAFE_INTEGER; // "to the end" for Slice

/**
 * `[rows, d]` zeros with `a[i]` added into row `index[i]`, in O(k d + k log k) with
 * opset-13 ops.
 *
 * Opset 13 has no scatter that adds duplicates (`ScatterElements` / `ScatterND` gained
 * `reduction` in opset 16), and the one-hot product `onehot(index)ᵀ a` would cost
 * O(rows k d), as much as the forward Gram product. Instead: sort the indices (`TopK`),
 * take the running sum of the rows in that order (`CumSum`, in float64 so the differences
 * below lose nothing), keep the running sum at the last position of each run of equal
 * indices (`Compress`), difference consecutive kept sums to get each run's total, and
 * write the totals, whose targets are now unique, with `ScatterND`.
 */
export const scatterAddRows: OpDef = {
  infer([a, index], { rows }) {
    const [k, d] = dims2(a!, "scatterAddRows");
    if (dims1(index!, "scatterAddRows") !== k) throw shapeError("scatterAddRows", "index length differs from the row count");
    return [{ shape: [rows as number, d], kind: "float" }];
  },
  lower(g, [a, index], { rows }) {
    const d = a!.shape[1] as number;
    const idx = asIndex(g, index!);
    const count = g.op("Shape", [idx], {}, "count");
    const [sorted, order] = g.opN("TopK", [idx, count], ["sorted_index", "order"], { axis: 0, largest: 0, sorted: 1 });
    const rowsF64 = g.op("Cast", [g.op("Gather", [a!.name, order!], { axis: 0 }, "sorted_rows")], { to: DataType.DOUBLE }, "sorted_rows_f64");
    const running = g.op("CumSum", [rowsF64, g.i64([0], [])], {}, "running_sum");
    const next = g.op("Concat", [g.op("Slice", [sorted!, g.i64([1]), g.i64([INT64_MAX]), g.i64([0])], {}, "next_index"), g.i64([-1])], { axis: 0 }, "next_or_end");
    const runEnd = g.op("Not", [g.op("Equal", [sorted!, next], {}, "same_as_next")], {}, "run_end");
    const endSums = g.op("Compress", [running, runEnd], { axis: 0 }, "run_end_sums");
    const targets = g.op("Compress", [sorted!, runEnd], { axis: 0 }, "targets");
    const before = g.op("Concat", [g.f64Zeros([1, d]), g.op("Slice", [endSums, g.i64([0]), g.i64([-1]), g.i64([0])], {}, "previous_ends")], { axis: 0 }, "run_start_sums");
    const totals = g.op("Sub", [endSums, before], {}, "run_totals");
    const zeros = g.op("ConstantOfShape", [g.op("Concat", [g.dim(rows as number), g.i64([d])], { axis: 0 }, "out_shape")], { value: { tensor: { dataType: DataType.DOUBLE, dims: [1], rawData: new Uint8Array(8) } } }, "zeros");
    const scattered = g.op("ScatterND", [zeros, g.op("Unsqueeze", [targets, g.i64([1])], {}, "target_rows"), totals], {}, "scattered");
    return [g.op("Cast", [scattered], { to: DataType.FLOAT }, "sum")];
  },
};
