import type { GraphBuilder, LoweredValue } from "../graph/graphBuilder.js";
import { binary } from "./binary.js";
import { nearestNeighbors } from "./nearestNeighbors.js";
import { normalizeRows } from "./normalizeRows.js";
import { dims1, dims2, shapeError, type OpDef } from "./opDef.js";
import { pairAngles, pairAnglesGrad } from "./pairAngles.js";
import { sum } from "./sum.js";

/** What reads the unit rows inside the fused loss: the angle ops (float32 unit rows suffice). */
const UNIT_READERS = ["nearestNeighbors", "pairAngles", "pairAnglesGrad"] as const;

/**
 * Fused `mmaExact(w, index)`: the whole exact-mode MMA loss, its gradient and the partner
 * index, written as exactly the nodes (and node names) that the traced composition
 * `normalizeRows`, `nearestNeighbors` (skipped when `index` is given), `pairAngles`, `sum`,
 * the scale `-1/n` and the fused `pairAnglesGrad` lower to, in that order. The graph is
 * the same; what the fusion saves is JavaScript per call: one traced node instead of about
 * ten, so a small loss spends less time tracing and keying the graph than running it.
 * Lowered without a scope of its own (see {@link OpDef.unscoped}): each part keeps the
 * scope name the composed trace gives it (`mma/normalizeRows/unit`, ...).
 */
export const mmaExact: OpDef = {
  unscoped: true,
  infer([w, index]) {
    const [n, d] = dims2(w!, "mmaExact");
    if (index !== undefined && dims1(index, "mmaExact") !== n) throw shapeError("mmaExact", "index length differs from the row count");
    return [
      { shape: [], kind: "float" },
      { shape: [n, d], kind: "float" },
      { shape: [n], kind: "index" },
    ];
  },
  lower(g, [w, given], _attrs, used) {
    const [n, d] = w!.shape as [number, number];
    const part = (op: string, fn: () => string[]): string[] => g.scope(op, fn);
    const rows = (name: string, shape: readonly number[], kind: "float" | "index" = "float"): LoweredValue => ({ name, shape, kind });
    const [unitName, normsName] = part("normalizeRows", () => normalizeRows.lower(g, [w!], { eps: null }, new Set([0, 1]), (i) => (i === 0 ? UNIT_READERS : ["binary"])));
    const unit = rows(unitName!, [n, d]);
    const index = given ?? rows(part("nearestNeighbors", () => nearestNeighbors.lower(g, [unit], { rule: "exclude" }, new Set([1]), () => ["pairAngles"]))[1]!, [n], "index");
    const [theta] = part("pairAngles", () => pairAngles.lower(g, [unit, index], {}, new Set([0]), () => ["sum"]));
    const total = part("sum", () => sum.lower(g, [rows(theta!, [n])], {}, new Set([0]), () => ["binary"]))[0]!;
    const loss = part("binary", () => binary.lower(g, [rows(total, [])], { op: "mul", scalar: -1 / n }, new Set([0]), () => ["output"]))[0]!;
    if (!used.has(1)) return [loss, "", index.name];
    // d(-mean theta)/dW: the scale -1/n goes into the norms, as the tracer's fused
    // normalizeRowsGrad(pairAngles.grad * c) does
    const norms = part("binary", () => binary.lower(g, [rows(normsName!, [n])], { op: "div", scalar: -1 / n }, new Set([0]), () => ["pairAnglesGrad"]))[0]!;
    const [grad] = part("pairAnglesGrad", () => pairAnglesGrad.lower(g, [unit, index, rows(norms, [n])], {}, new Set([0]), () => ["output"]));
    return [loss, grad!, index.name];
  },
};
