/**
 * The ONNX backend's op table: one file per op of the `Backend` contract, named exactly as
 * the contract names it, each with its shape rule and its lowering to opset-13 nodes.
 */
import { addDiagonal } from "./addDiagonal.js";
import { angleStats } from "./angleStats.js";
import { binary } from "./binary.js";
import { fillDiagonal } from "./fillDiagonal.js";
import { gatherRows } from "./gatherRows.js";
import { gram } from "./gram.js";
import { matmul } from "./matmul.js";
import { mmaExact } from "./mmaExact.js";
import { nearestNeighbors } from "./nearestNeighbors.js";
import { normalizeRows } from "./normalizeRows.js";
import { normalizeRowsGrad } from "./normalizeRowsGrad.js";
import type { OpDef } from "./opDef.js";
import { pairAngles, pairAnglesGrad } from "./pairAngles.js";
import { pairEnergy } from "./pairEnergy.js";
import { rowDot } from "./rowDot.js";
import { rowMax } from "./rowMax.js";
import { rowSum } from "./rowSum.js";
import { scatterAddRows } from "./scatterAddRows.js";
import { selfMask } from "./selfMask.js";
import { sqDist } from "./sqDist.js";
import { sum } from "./sum.js";
import { unary } from "./unary.js";

export type { Attrs, OpDef } from "./opDef.js";
export { SQDIST_BROADCAST_LIMIT } from "./sqDist.js";

/** Every traced op by its contract name. */
export const OPS: Readonly<Record<string, OpDef>> = {
  addDiagonal,
  angleStats,
  binary,
  fillDiagonal,
  gatherRows,
  gram,
  matmul,
  mmaExact,
  nearestNeighbors,
  normalizeRows,
  normalizeRowsGrad,
  pairAngles,
  pairAnglesGrad,
  pairEnergy,
  rowDot,
  rowMax,
  rowSum,
  scatterAddRows,
  selfMask,
  sqDist,
  sum,
  unary,
};
