import { randomMatrix } from "@mmareg/conformance";
import type { Backend, BinaryOp, UnaryOp } from "@mmareg/core";

/** Any backend, its tensor type erased. */
export type AnyBackend = Backend<unknown>;
/** An op applied to a backend, from the same JS inputs on both sides. */
export type Case = [label: string, run: (b: AnyBackend) => unknown];

const A = randomMatrix(6, 4, 71).data;
const B = randomMatrix(6, 4, 72).data;
const V = randomMatrix(6, 1, 73).data;
const SQ = randomMatrix(5, 5, 74).data;
const POS = A.map((x) => Math.abs(x) + 0.1);

const m = (b: AnyBackend, data: Float64Array, shape = [6, 4]) => b.tensor(data, shape);
const UNARY: UnaryOp[] = ["neg", "abs", "sqrt", "square", "reciprocal", "log", "exp"];
const BINARY: BinaryOp[] = ["add", "sub", "mul", "div", "atan2", "max", "min", "gt", "ge", "lt", "le", "eq"];

/**
 * One call of every op (every variant, broadcast and diagonal rule), from the same JS
 * inputs on any backend: between them they compile every kernel and helper of the
 * gpu.js backend. Shared by ops.test.ts and minifiedBundle.test.ts.
 */
export const CASES: Case[] = [
  ...UNARY.map((op): Case => [`unary ${op}`, (b) => b.unary(op, m(b, POS))]),
  ["unary acos", (b) => b.unary("acos", m(b, V.map((x) => Math.tanh(x)), [6]))],
  ...BINARY.flatMap((op): Case[] => [
    [`binary ${op} same shape`, (b) => b.binary(op, m(b, A), m(b, B))],
    [`binary ${op} row broadcast`, (b) => b.binary(op, m(b, A), m(b, V, [6]))],
    [`binary ${op} scalar tensor`, (b) => b.binary(op, m(b, A), b.tensor([0.25], []))],
    [`binary ${op} number`, (b) => b.binary(op, m(b, V, [6]), -0.5)],
  ]),
  ["binary pow", (b) => b.binary("pow", m(b, POS), -1.5)],
  ["binary eq with exact ties", (b) => b.binary("eq", b.tensor([1, 2, 3], [3]), b.tensor([1, 5, 3], [3]))],
  ["binary on scalars", (b) => b.binary("mul", b.tensor([3], []), b.tensor([-2], []))],
  ["binary of a vector and a scalar tensor", (b) => b.binary("sub", m(b, V, [6]), b.tensor([0.25], []))],
  ["normalizeRows exact", (b) => Object.values(b.normalizeRows!(m(b, A), null))],
  ["normalizeRows eps with a zero row", (b) => Object.values(b.normalizeRows!(b.tensor([0, 0, 3, 4], [2, 2]), 1e-12))],
  ["normalizeRowsGrad", (b) => b.normalizeRowsGrad!(m(b, B), b.normalizeRows!(m(b, A), null).unit, b.tensor(POS.slice(0, 6), [6]), null)],
  ["normalizeRowsGrad eps mask", (b) => b.normalizeRowsGrad!(m(b, B), m(b, A), b.tensor([1, 1e-13, 2, 3, 1e-20, 1], [6]), 1e-12)],
  ["gram", (b) => b.gram(m(b, A))],
  ["matmul", (b) => b.matmul(m(b, A), b.tensor(SQ.slice(0, 12), [4, 3]))],
  ["sqDist", (b) => b.sqDist(m(b, A), b.tensor(B.slice(0, 12), [3, 4]))],
  ["rowDot", (b) => b.rowDot!(m(b, A), m(b, B))],
  ["rowMax exclude", (b) => Object.values(b.rowMax(m(b, SQ, [5, 5]), "exclude"))],
  ["rowMax negate", (b) => Object.values(b.rowMax(m(b, SQ.map((x) => -Math.abs(x)), [5, 5]), "negate"))],
  ["rowMax ties go to the lowest index", (b) => Object.values(b.rowMax(b.tensor([0, 2, 2, 2, 0, 2, 1, 1, 0], [3, 3]), "exclude"))],
  ["rowMax exclude on 1 x 1", (b) => Object.values(b.rowMax(b.tensor([5], [1, 1]), "exclude"))],
  ["nearestNeighbors exclude", (b) => Object.values(b.nearestNeighbors!(b.normalizeRows!(m(b, A), null).unit, "exclude"))],
  ["nearestNeighbors negate with a zero row", (b) => Object.values(b.nearestNeighbors!(b.tensor([0, 0, 0.6, 0.8, 1, 0], [3, 2]), "negate"))],
  ["gatherRows", (b) => b.gatherRows(m(b, A), b.tensor([5, 0, 0, 3], [4], "index"))],
  ["scatterAddRows", (b) => b.scatterAddRows(m(b, A), b.tensor([2, 0, 2, 2, 6, 0], [6], "index"), 7)],
  ["selfMask", (b) => b.selfMask!(b.tensor([0, 0, 2, 1], [4], "index"))],
  ["rowSum", (b) => b.rowSum(m(b, A))],
  ["sum of a matrix, a vector, a scalar", (b) => [b.sum(m(b, A)), b.sum(m(b, V, [6])), b.sum(b.tensor([4], []))]],
  ["addDiagonal", (b) => b.addDiagonal!(m(b, SQ, [5, 5]), -1)],
  ["fillDiagonal", (b) => b.fillDiagonal(m(b, SQ, [5, 5]), 0)],
  ["pairAngles", (b) => Object.values(b.pairAngles!(b.normalizeRows!(m(b, A), null).unit, b.tensor([1, 0, 0, 5, 5, 3], [6], "index")))],
  ["pairEnergy riesz", (b) => Object.values(b.pairEnergy!(b.normalizeRows!(m(b, A), null).unit, { s: 2, halfSpace: false }))],
  ["pairEnergy log half-space", (b) => Object.values(b.pairEnergy!(b.normalizeRows!(m(b, A), null).unit, { s: 0, halfSpace: true }))],
];

/** Read an op's output (a tensor or a list of them) back as float64 arrays. */
export async function readAll(b: AnyBackend, out: unknown): Promise<Float64Array[]> {
  const list = Array.isArray(out) ? out : [out];
  return Promise.all(list.map(async (t) => Float64Array.from(await b.read(t))));
}
