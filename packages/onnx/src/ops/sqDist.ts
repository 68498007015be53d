import { BROADCAST_LIMIT, type GraphBuilder } from "../graph/graphBuilder.js";
import { DataType } from "../proto.js";
import { asFloat, dims2, floatReduce, shapeError, type OpDef } from "./opDef.js";
import { rowBlocks } from "./rowBlocks.js";

/**
 * Above this many elements of the `[n, m, d]` difference tensor, `sqDist` iterates over
 * the rows of `a` (a `Scan`, memory `O(m d)`) instead of broadcasting all differences at
 * once (memory `O(n m d)`). A symbolic row count always takes the `Scan`.
 */
export const SQDIST_BROADCAST_LIMIT = BROADCAST_LIMIT;

/** `[r, m]` squared distances of the rows `rows` (`[r, d]`) to the rows `others` (`[m, d]`). */
function block(g: GraphBuilder, rows: string, others: string): string {
  const diff = g.op("Sub", [g.op("Unsqueeze", [rows, g.i64([1])], {}, "a_rows"), g.op("Unsqueeze", [others, g.i64([0])], {}, "b_rows")], {}, "differences");
  return floatReduce(g, "ReduceSumSquare", diff, [2], 0, "sq_dist");
}

/**
 * `[n, m]` squared distances `sum_k (a_ik - b_jk)^2` by explicit differences, accurate for
 * near-equal rows and exactly 0 for equal rows (the Gram identity `|a|^2 + |b|^2 - 2 a.b`
 * is neither). WebGPU forms: above the limit, blocks of rows per `Scan` iteration (see
 * {@link rowBlocks}).
 */
export const sqDist: OpDef = {
  infer([a, b]) {
    const [n, d] = dims2(a!, "sqDist");
    const [m, d2] = dims2(b!, "sqDist");
    if (d !== d2) throw shapeError("sqDist", `row lengths differ (${d} vs ${d2})`);
    return [{ shape: [n, m], kind: "float" }];
  },
  lower(g, [a, b]) {
    const x = asFloat(g, a!);
    const y = asFloat(g, b!);
    const [n, d] = a!.shape as [number, number];
    const m = b!.shape[0] as number;
    const fixed = g.isStatic(n) && g.isStatic(m);
    if (fixed && n * m * d <= g.broadcastLimit) return [block(g, x, y)];
    if (fixed && g.webgpu) {
      const size = Math.max(1, Math.floor(g.broadcastLimit / (m * d)));
      return rowBlocks(g, { rows: x, n, d, size, outputs: [{ trailing: [m], type: DataType.FLOAT }] }, (body, rows) => [block(body, rows, y)]);
    }
    // One row of `a` per iteration against all of `b` (read from the outer graph).
    const body = g.sub();
    const row = body.fresh("row");
    const dist = floatReduce(body, "ReduceSumSquare", body.op("Sub", [y, row], {}, "row_differences"), [1], 0, "row_sq_dist");
    body.inputs.push({ name: row, type: { tensorType: { elemType: DataType.FLOAT, shape: { dim: [{ dimValue: d }] } } } });
    body.outputs.push({ name: dist, type: { tensorType: { elemType: DataType.FLOAT, shape: { dim: [body.dimProto(m)] } } } });
    return [g.op("Scan", [x], { num_scan_inputs: 1, body: { graph: body.graph("sq_dist_row", "", false) } }, "sq_dist")];
  },
};
