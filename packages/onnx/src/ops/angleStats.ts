import { blockedPass, blockRowsFor } from "./blockedPass.js";
import { chosenCosine } from "./nearestNeighbors.js";
import { dims2, type OpDef } from "./opDef.js";

/**
 * Fused `angleStats(unit, threshold, absolute)`: each row's nearest other row (the
 * lowest-index argmax over `j != i` of the float32 cosines, its cosine recomputed in
 * float64 and rounded once, exactly as `nearestNeighbors(unit, "exclude")`) and the number
 * of rows `j != i` with `cos_ij > threshold` (`|cos_ij|` when `absolute`), as float32
 * counts. One `Loop` over blocks of rows (see {@link blockedPass}), so the graph never
 * holds more than a block of the cosines; a single block when `n^2` fits the budget.
 */
export const angleStats: OpDef = {
  infer([unit]) {
    const [n] = dims2(unit!, "angleStats");
    return [
      { shape: [n], kind: "float" },
      { shape: [n], kind: "index" },
      { shape: [n], kind: "float" },
    ];
  },
  lower(g, [unit], { threshold, absolute }, used) {
    const u = unit!.name;
    const n = unit!.shape[0] as number;
    const block = blockRowsFor(g, n) ?? g.i64([n]);
    const { index, above } = blockedPass(g, u, n, block, { threshold: threshold as number, absolute: absolute === true });
    return [used.has(0) ? chosenCosine(g, u, index, "exclude") : "", index, above as string];
  },
};
