import { release, type Backend, type DiagonalRule, type RowMax } from "@mmareg/core";
import { normalizeRows, normalizeRowsGrad } from "@mmareg/core/internal";

/**
 * A deliberately wrong backend: a wrapper that perturbs one op's output. The mutation test
 * runs the suite on each and requires every one to fail it, which proves the suite's
 * tolerances and cases can see errors of this size.
 */
export interface Mutant {
  /** Short id, for example `grad-scale`. */
  name: string;
  /** What is wrong, in words. */
  description: string;
  /** The op that must exist on the backend for the mutation to apply (fused ops are optional). */
  requires?: keyof Backend;
  /** Wrap a backend. */
  wrap<T>(b: Backend<T>): Backend<T>;
}

/** A view of `b` with some members replaced (the rest bound to `b`, as `withoutFused` does). */
function override<T>(b: Backend<T>, members: Partial<Backend<T>>): Backend<T> {
  return new Proxy(b, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && prop in members) return (members as Record<string, unknown>)[prop];
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

const SCALE = 1 + 1e-4;

/** `x` with row `row` of its first axis negated (computed with the backend's own ops). */
function flipRow<T>(b: Backend<T>, x: T, row: number): T {
  const n = b.shape(x)[0] ?? 1;
  const r = Math.min(row, n - 1);
  const signs = b.tensor(Array.from({ length: n }, (_, i) => (i === r ? -1 : 1)), [n]);
  const out = b.binary("mul", x, signs);
  release(b, signs);
  return out;
}

/**
 * The row max with row 0's index replaced by its runner-up: the chosen column of row 0 is
 * pushed down by 100 (for `negate`, a chosen diagonal is pushed down by raising `c_00`),
 * then the row max is taken again; every other row is unchanged, the values are the true
 * ones. Built from the backend's own ops, so it works on every backend, graph tracers too.
 */
function wrongIndex<T>(b: Backend<T>, c: T, rule: DiagonalRule, truth: RowMax<T>): RowMax<T> {
  const n = b.shape(c)[0] ?? 1;
  const eye = Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0));
  const identity = b.tensor(eye, [n, n]);
  const chosen = b.gatherRows(identity, truth.index); // one-hot rows of the chosen columns
  const row0 = b.tensor(Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0)), [n]);
  const p = b.binary("mul", chosen, row0); // only row 0's choice
  const pDiag = b.binary("mul", p, identity);
  // off the diagonal the candidate is c_ij: lower it; on it the candidate is -c_ii: raise c_ii
  const shift = b.binary("sub", b.binary("mul", pDiag, 200), b.binary("mul", p, 100));
  const c2 = b.binary("add", c, shift);
  const second = b.rowMax(c2, rule);
  release(b, identity, chosen, row0, p, pDiag, shift, c2, second.value);
  return { value: truth.value, index: second.index };
}

/** The fused nearest-neighbour search with row 0's runner-up as its index. */
function wrongNeighbour<T>(b: Backend<T>, unit: T, rule: DiagonalRule): RowMax<T> {
  const truth = b.nearestNeighbors!(unit, rule);
  const c = b.gram(unit);
  const out = wrongIndex(b, c, rule, truth);
  release(b, c);
  return out;
}

/**
 * The mutants of the mutation test: each perturbs one op by about what the issue asks the
 * suite to see (1e-4 relative, one wrong index, one sign).
 *
 * @example
 * ```ts
 * const wrong = MUTANTS.find((m) => m.name === "grad-scale")!.wrap(createCpuBackend());
 * ```
 */
export const MUTANTS: readonly Mutant[] = [
  {
    name: "grad-scale",
    description: "the loss gradient scaled by 1 + 1e-4 (normalizeRowsGrad's output)",
    wrap: (b) =>
      override(b, {
        normalizeRowsGrad: (g, unit, norms, eps) => {
          const out = normalizeRowsGrad(b, g, unit, norms, eps);
          return b.binary("mul", out, SCALE);
        },
      }),
  },
  {
    name: "rowMax-wrong-index",
    description: "rowMax returns row 0's runner-up instead of its maximum",
    wrap: (b) => override(b, { rowMax: (c, rule) => wrongIndex(b, c, rule, b.rowMax(c, rule)) }),
  },
  {
    name: "nearestNeighbors-wrong-index",
    description: "the fused nearest-neighbour search returns row 0's runner-up",
    requires: "nearestNeighbors",
    wrap: (b) => override(b, { nearestNeighbors: (unit, rule) => wrongNeighbour(b, unit, rule) }),
  },
  {
    name: "grad-row-sign",
    description: "row 1 of the loss gradient (normalizeRowsGrad's output) negated",
    wrap: (b) => override(b, { normalizeRowsGrad: (g, unit, norms, eps) => flipRow(b, normalizeRowsGrad(b, g, unit, norms, eps), 1) }),
  },
  {
    name: "scatterAddRows-row-sign",
    description: "row 1 of scatterAddRows' output negated",
    wrap: (b) => override(b, { scatterAddRows: (a, index, rows) => flipRow(b, b.scatterAddRows(a, index, rows), 1) }),
  },
  {
    name: "unit-row-sign",
    description: "row 2 of normalizeRows' unit rows negated (its norm kept)",
    wrap: (b) =>
      override(b, {
        normalizeRows: (a, eps) => {
          const r = normalizeRows(b, a, eps);
          return { unit: flipRow(b, r.unit, 2), norms: r.norms };
        },
      }),
  },
  {
    name: "pairAngles-theta-scale",
    description: "the fused pairAngles' angles scaled by 1 + 1e-4 (about 1000 float32 ulps)",
    requires: "pairAngles",
    wrap: (b) =>
      override(b, {
        // a fused whole-loss op would bypass pairAngles in the exact MMA loss: hidden here,
        // and mutated on its own below
        mmaExact: undefined,
        pairAngles: (unit, index) => {
          const r = b.pairAngles!(unit, index);
          return { theta: b.binary("mul", r.theta, SCALE), grad: r.grad };
        },
      }),
  },
  {
    name: "mmaExact-loss-scale",
    description: "the fused mmaExact's loss scaled by 1 + 1e-4 (about 1000 float32 ulps)",
    requires: "mmaExact",
    wrap: (b) =>
      override(b, {
        mmaExact: (w, index) => {
          const r = b.mmaExact!(w, index);
          return { loss: b.binary("mul", r.loss, SCALE), grad: r.grad, index: r.index };
        },
      }),
  },
  {
    name: "mmaExact-grad-row-sign",
    description: "row 1 of the fused mmaExact's gradient negated",
    requires: "mmaExact",
    wrap: (b) =>
      override(b, {
        mmaExact: (w, index) => {
          const r = b.mmaExact!(w, index);
          return { loss: r.loss, grad: flipRow(b, r.grad, 1), index: r.index };
        },
      }),
  },
  {
    name: "atan2-scale",
    description: "binary atan2 scaled by 1 + 1e-4",
    wrap: (b) =>
      override(b, {
        binary: (op, x, y) => {
          const out = b.binary(op, x, y);
          if (op !== "atan2") return out;
          return b.binary("mul", out, SCALE);
        },
      }),
  },
  {
    name: "acos-scale",
    description: "unary acos scaled by 1 + 1e-4 (reference-mode MMA's angle)",
    wrap: (b) =>
      override(b, {
        unary: (op, x) => {
          const out = b.unary(op, x);
          if (op !== "acos") return out;
          return b.binary("mul", out, SCALE);
        },
      }),
  },
];
