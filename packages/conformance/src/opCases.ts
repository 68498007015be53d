import { lossForPairs, lossWithPairs, type Backend, type BinaryOp, type FusedOp, type UnaryOp } from "@mmareg/core";
import { addDiagonal, normalizeRows, normalizeRowsGrad, rowDot, selfMask } from "@mmareg/core/internal";
import { randomMatrix } from "./matrices.js";
import { createNaiveBackend } from "./naiveBackend.js";

/** Any backend, its tensor type erased. */
export type AnyBackend = Backend<unknown>;

/**
 * One per-op case: an op (or a few calls of it) applied to fixed JS inputs. `run` returns
 * the op's named outputs; the suite runs it on the backend under test and on a naive
 * float64 implementation of the contract, and compares each output.
 */
export interface OpCase {
  /** Names the op and the variant, for example `binary div row broadcast`. */
  name: string;
  /** The optional fused op the case needs (skipped when the backend lacks it). Composable ops (`normalizeRows`, `rowDot`, ...) run through core's helpers: the backend's own op when it has one, core's composition otherwise. */
  requires?: FusedOp;
  /** Outputs that must match exactly (indices, 0/1 comparisons). */
  exact?: readonly string[];
  /** Apply the op; returns its outputs by name. */
  run(b: AnyBackend): Record<string, unknown>;
}

const A = randomMatrix(6, 4, 71).data;
const B = randomMatrix(6, 4, 72).data;
const V = randomMatrix(6, 1, 73).data;
const SQ = randomMatrix(5, 5, 74).data;
const POS = A.map((x) => Math.abs(x) + 0.1);

const m = (b: AnyBackend, data: ArrayLike<number>, shape: readonly number[] = [6, 4]): unknown => b.tensor(data, shape);
const unitA = (b: AnyBackend): unknown => normalizeRows(b, m(b, A), null).unit;
const UNARY: UnaryOp[] = ["neg", "abs", "sqrt", "square", "reciprocal", "log", "exp"];
const BINARY: BinaryOp[] = ["add", "sub", "mul", "div", "atan2", "max", "min", "gt", "ge", "lt", "le", "eq"];
const COMPARISONS: readonly BinaryOp[] = ["gt", "ge", "lt", "le", "eq"];
const rowMaxOut = (r: { value: unknown; index: unknown }): Record<string, unknown> => ({ value: r.value, index: r.index });

/**
 * The per-op cases of the suite's `ops` group: every op of the {@link Backend} contract,
 * every variant (broadcast forms and scalars, both diagonal rules with ties, repeated
 * indices, the eps rule), and the fused ops. Between them they also compile every kernel of
 * the gpu.js backend (its minified-bundle test checks that).
 */
export const OP_CASES: readonly OpCase[] = [
  { name: "tensor/read round trip of a matrix, a vector and a scalar", run: (b) => ({ matrix: m(b, A), vector: m(b, V, [6]), scalar: b.tensor([-2.5], []) }) },
  { name: "tensor/read round trip of an index vector", exact: ["index"], run: (b) => ({ index: b.tensor([3, 0, 0, 5], [4], "index") }) },
  ...UNARY.map((op): OpCase => ({ name: `unary ${op}`, run: (b) => ({ out: b.unary(op, m(b, POS)) }) })),
  { name: "unary acos", run: (b) => ({ out: b.unary("acos", m(b, V.map((x) => Math.tanh(x)), [6])) }) },
  { name: "unary exp of a scalar", run: (b) => ({ out: b.unary("exp", b.tensor([-1.25], [])) }) },
  ...BINARY.flatMap((op): OpCase[] => {
    const exact = COMPARISONS.includes(op) ? ["out"] : [];
    return [
      { name: `binary ${op} same shape`, exact, run: (b) => ({ out: b.binary(op, m(b, A), m(b, B)) }) },
      { name: `binary ${op} row broadcast`, exact, run: (b) => ({ out: b.binary(op, m(b, A), m(b, V, [6])) }) },
      { name: `binary ${op} scalar tensor`, exact, run: (b) => ({ out: b.binary(op, m(b, A), b.tensor([0.25], [])) }) },
      { name: `binary ${op} number`, exact, run: (b) => ({ out: b.binary(op, m(b, V, [6]), -0.5) }) },
    ];
  }),
  { name: "binary pow number", run: (b) => ({ out: b.binary("pow", m(b, POS), -1.5) }) },
  { name: "binary pow same shape", run: (b) => ({ out: b.binary("pow", m(b, POS), m(b, B)) }) },
  { name: "binary eq with exact ties", exact: ["out"], run: (b) => ({ out: b.binary("eq", b.tensor([1, 2, 3], [3]), b.tensor([1, 5, 3], [3])) }) },
  { name: "binary on scalars", run: (b) => ({ out: b.binary("mul", b.tensor([3], []), b.tensor([-2], [])) }) },
  { name: "binary of a vector and a scalar tensor", run: (b) => ({ out: b.binary("sub", m(b, V, [6]), b.tensor([0.25], [])) }) },
  { name: "normalizeRows exact", run: (b) => ({ ...normalizeRows(b, m(b, A), null) }) },
  { name: "normalizeRows eps with a zero row", run: (b) => ({ ...normalizeRows(b, b.tensor([0, 0, 3, 4], [2, 2]), 1e-12) }) },
  { name: "normalizeRowsGrad", run: (b) => ({ out: normalizeRowsGrad(b, m(b, B), unitA(b), b.tensor(POS.slice(0, 6), [6]), null) }) },
  { name: "normalizeRowsGrad eps mask", run: (b) => ({ out: normalizeRowsGrad(b, m(b, B), m(b, A), b.tensor([1, 1e-13, 2, 3, 1e-20, 1], [6]), 1e-12) }) },
  { name: "gram", run: (b) => ({ out: b.gram(m(b, A)) }) },
  { name: "matmul", run: (b) => ({ out: b.matmul(m(b, A), b.tensor(SQ.slice(0, 12), [4, 3])) }) },
  { name: "sqDist", run: (b) => ({ out: b.sqDist(m(b, A), b.tensor(B.slice(0, 12), [3, 4])) }) },
  { name: "rowDot", run: (b) => ({ out: rowDot(b, m(b, A), m(b, B)) }) },
  { name: "rowMax exclude", exact: ["index"], run: (b) => rowMaxOut(b.rowMax(m(b, SQ, [5, 5]), "exclude")) },
  { name: "rowMax negate", exact: ["index"], run: (b) => rowMaxOut(b.rowMax(m(b, SQ.map((x) => -Math.abs(x)), [5, 5]), "negate")) },
  { name: "rowMax exclude: ties go to the lowest index", exact: ["value", "index"], run: (b) => rowMaxOut(b.rowMax(b.tensor([0, 2, 2, 2, 0, 2, 1, 1, 0], [3, 3]), "exclude")) },
  {
    name: "rowMax negate: ties go to the lowest index, the negated diagonal competes",
    exact: ["value", "index"],
    run: (b) => rowMaxOut(b.rowMax(b.tensor([1, 3, 3, 3, -3, 3, 0, 0, 0, -2, 5, 1, -7, 2, 2, -7], [4, 4]), "negate")),
  },
  { name: "rowMax exclude on 1 x 1", exact: ["value", "index"], run: (b) => rowMaxOut(b.rowMax(b.tensor([5], [1, 1]), "exclude")) },
  { name: "gatherRows with repeated rows", run: (b) => ({ out: b.gatherRows(m(b, A), b.tensor([5, 0, 0, 3], [4], "index")) }) },
  { name: "scatterAddRows with repeated indices and empty rows", run: (b) => ({ out: b.scatterAddRows(m(b, A), b.tensor([2, 0, 2, 1, 6, 0], [6], "index"), 7) }) },
  { name: "selfMask", exact: ["out"], run: (b) => ({ out: selfMask(b, b.tensor([0, 0, 2, 1], [4], "index")) }) },
  { name: "rowSum", run: (b) => ({ out: b.rowSum(m(b, A)) }) },
  { name: "sum of a matrix, a vector, a scalar", run: (b) => ({ matrix: b.sum(m(b, A)), vector: b.sum(m(b, V, [6])), scalar: b.sum(b.tensor([4], [])) }) },
  { name: "addDiagonal", run: (b) => ({ out: addDiagonal(b, m(b, SQ, [5, 5]), -1) }) },
  { name: "fillDiagonal", run: (b) => ({ out: b.fillDiagonal(m(b, SQ, [5, 5]), 0) }) },
  { name: "nearestNeighbors exclude", requires: "nearestNeighbors", exact: ["index"], run: (b) => rowMaxOut(b.nearestNeighbors!(unitA(b), "exclude")) },
  {
    name: "nearestNeighbors exclude: ties go to the lowest index",
    requires: "nearestNeighbors",
    exact: ["value", "index"],
    run: (b) => rowMaxOut(b.nearestNeighbors!(b.tensor([1, 0, 0, 1, -1, 0], [3, 2]), "exclude")),
  },
  {
    name: "nearestNeighbors negate with a zero row",
    requires: "nearestNeighbors",
    exact: ["index"],
    run: (b) => rowMaxOut(b.nearestNeighbors!(b.tensor([0, 0, 0.6, 0.8, 1, 0], [3, 2]), "negate")),
  },
  { name: "angleStats |cos| > 0.3", requires: "angleStats", exact: ["index", "above"], run: (b) => ({ ...b.angleStats!(unitA(b), 0.3, true) }) },
  { name: "angleStats cos > -0.2 (signed)", requires: "angleStats", exact: ["index", "above"], run: (b) => ({ ...b.angleStats!(unitA(b), -0.2, false) }) },
  {
    name: "angleStats: a cosine equal to the threshold is not above it, signed and absolute",
    requires: "angleStats",
    exact: ["index", "above", "aboveAbs"],
    // row 0 is e0, so its cosines are the other rows' first entries exactly (0.5, -0.5, 0.75) in any dtype
    run: (b) => {
      const r = 0.8660254037844386;
      const x = [1, 0, 0, 0.5, r, 0, -0.5, 0, r, 0.75, 0, -0.6614378277661477];
      const signed = b.angleStats!(b.tensor(x, [4, 3]), 0.5, false);
      const absolute = b.angleStats!(b.tensor(x, [4, 3]), 0.5, true);
      return { value: signed.value, index: signed.index, above: signed.above, aboveAbs: absolute.above };
    },
  },
  {
    name: "angleStats: exact duplicates tie to the lowest index, n = 2",
    requires: "angleStats",
    exact: ["index", "above", "index2", "above2"],
    run: (b) => {
      const dup = b.angleStats!(b.tensor([0, 1, 0.6, 0.8, 0, 1, 0.6, 0.8, -1, 0], [5, 2]), 0.9, true);
      // a cosine of exactly 0 in every dtype and with or without fused multiply-add (every
      // product is exact): equal to the threshold, so not above it
      const two = b.angleStats!(b.tensor([0.5, 0.5, 0.5, 0.5, 0.5, -0.5, 0.5, -0.5], [2, 4]), 0, false);
      return { value: dup.value, index: dup.index, above: dup.above, value2: two.value, index2: two.index, above2: two.above };
    },
  },
  { name: "pairAngles", requires: "pairAngles", run: (b) => ({ ...b.pairAngles!(unitA(b), b.tensor([1, 0, 0, 5, 5, 3], [6], "index")) }) },
  {
    name: "mmaExact searched and given partners",
    requires: "mmaExact",
    exact: ["index", "givenIndex"],
    run: (b) => {
      // the naive reference has no mmaExact: there it is core's composition (the same contract)
      const given = b.tensor([1, 0, 0, 5, 5, 3], [6], "index");
      const s = b.mmaExact ? b.mmaExact(m(b, A), null) : lossWithPairs(b, m(b, A), { loss: "mma" });
      const g = b.mmaExact ? b.mmaExact(m(b, A), given) : { ...lossForPairs(b, m(b, A), given, { loss: "mma" }), index: given };
      return { loss: s.loss, grad: s.grad, index: s.index, givenLoss: g.loss, givenGrad: g.grad, givenIndex: g.index };
    },
  },
  { name: "pairEnergy riesz s=2", requires: "pairEnergy", run: (b) => ({ ...b.pairEnergy!(unitA(b), { s: 2, halfSpace: false }) }) },
  { name: "pairEnergy riesz s=1 half-space", requires: "pairEnergy", run: (b) => ({ ...b.pairEnergy!(unitA(b), { s: 1, halfSpace: true }) }) },
  { name: "pairEnergy log half-space", requires: "pairEnergy", run: (b) => ({ ...b.pairEnergy!(unitA(b), { s: 0, halfSpace: true }) }) },
];

/**
 * Read a case's outputs back as float64 arrays, by name.
 *
 * @example
 * ```ts
 * const got = await readOpOutputs(b, OP_CASES[0].run(b));
 * ```
 */
export async function readOpOutputs(b: AnyBackend, outputs: Record<string, unknown>): Promise<Record<string, Float64Array>> {
  const names = Object.keys(outputs);
  const arrays = await Promise.all(names.map(async (k) => Float64Array.from(await b.read(outputs[k]))));
  return Object.fromEntries(names.map((k, i) => [k, arrays[i] as Float64Array]));
}

let naive: AnyBackend | undefined;

/**
 * The expected outputs of a case: the case run on a naive float64 implementation of the
 * contract (plain loops, written from `backend.ts`), independent of every backend.
 *
 * @example
 * ```ts
 * const want = await expectedOpOutputs(OP_CASES[0]);
 * ```
 */
export async function expectedOpOutputs(c: OpCase): Promise<Record<string, Float64Array>> {
  naive ??= createNaiveBackend() as AnyBackend;
  return readOpOutputs(naive, c.run(naive));
}
