/**
 * The CPU backend's op table: one file per op of the `Backend` contract, named exactly
 * as the contract names it.
 */
export { addDiagonal } from "./addDiagonal.js";
export { angleStats } from "./angleStats.js";
export { binary } from "./binary.js";
export { fillDiagonal } from "./fillDiagonal.js";
export { gatherRows } from "./gatherRows.js";
export { gram } from "./gram.js";
export { matmul } from "./matmul.js";
export { mmaExact } from "./mmaExact.js";
export { nearestNeighbors } from "./nearestNeighbors.js";
export { normalizeRows } from "./normalizeRows.js";
export { normalizeRowsGrad } from "./normalizeRowsGrad.js";
export { pairAngles } from "./pairAngles.js";
export { pairEnergy } from "./pairEnergy.js";
export { rowDot } from "./rowDot.js";
export { rowMax } from "./rowMax.js";
export { rowSum } from "./rowSum.js";
export { scatterAddRows } from "./scatterAddRows.js";
export { selfMask } from "./selfMask.js";
export { sqDist } from "./sqDist.js";
export { sum } from "./sum.js";
export { unary } from "./unary.js";
