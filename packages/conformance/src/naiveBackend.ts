import type { Backend, BinaryOp, DiagonalRule, NormalizedRows, PairKernel, RowMax, UnaryOp } from "@mmareg/core";

/** A tensor of the naive backend: float64 data and a shape. */
export interface NaiveTensor {
  data: Float64Array;
  shape: number[];
}

const t = (data: Float64Array, shape: number[]): NaiveTensor => ({ data, shape });
const rows = (a: NaiveTensor): [number, number] => [a.shape[0] ?? 1, a.shape.length === 2 ? (a.shape[1] as number) : 1];

const UNARY: Record<UnaryOp, (x: number) => number> = {
  neg: (x) => -x,
  abs: Math.abs,
  sqrt: Math.sqrt,
  square: (x) => x * x,
  reciprocal: (x) => 1 / x,
  acos: Math.acos,
  log: Math.log,
  exp: Math.exp,
};

const BINARY: Record<BinaryOp, (x: number, y: number) => number> = {
  add: (x, y) => x + y,
  sub: (x, y) => x - y,
  mul: (x, y) => x * y,
  div: (x, y) => x / y,
  pow: Math.pow,
  atan2: Math.atan2,
  max: Math.max,
  min: Math.min,
  gt: (x, y) => +(x > y),
  ge: (x, y) => +(x >= y),
  lt: (x, y) => +(x < y),
  le: (x, y) => +(x <= y),
  eq: (x, y) => +(x === y),
};

/** `|a_i + sign b_j|^2` for rows `i` of `a` and `j` of `b`. */
function dot(a: Float64Array, i: number, b: Float64Array, j: number, d: number, sign: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) {
    const v = a[i * d + k]! + sign * b[j * d + k]!;
    s += v * v;
  }
  return s;
}

function rowMaxOf(c: Float64Array, n: number, rule: DiagonalRule): { value: Float64Array; index: Float64Array } {
  const value = new Float64Array(n);
  const index = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = 0;
    let found = false;
    for (let j = 0; j < n; j++) {
      if (j === i && rule === "exclude") continue;
      const v = j === i ? -c[i * n + j]! : c[i * n + j]!;
      if (!found || v > best) {
        best = v;
        arg = j;
        found = true;
      }
    }
    value[i] = best;
    index[i] = arg;
  }
  return { value, index };
}

/**
 * A float64 {@link Backend} written as directly as the contract in `core/src/backend.ts`
 * reads: plain loops, no blocking, no fused tricks. It computes the expected values of the
 * per-op cases ({@link OP_CASES}), independently of every backend under test (the CPU
 * backend included).
 */
export function createNaiveBackend(): Backend<NaiveTensor> {
  const gram = (a: NaiveTensor, b: NaiveTensor): NaiveTensor => {
    const [n, d] = rows(a);
    const [m] = rows(b);
    const out = new Float64Array(n * m);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) for (let k = 0; k < d; k++) out[i * m + j]! += a.data[i * d + k]! * b.data[j * d + k]!;
    return t(out, [n, m]);
  };
  const backend: Backend<NaiveTensor> = {
    name: "naive-float64",
    dtype: "float64",
    tensor: (data, shape) => t(Float64Array.from(data), [...shape]),
    shape: (x) => x.shape,
    read: (x) => Promise.resolve(x.data.slice()),
    readSync: (x) => x.data.slice(),
    normalizeRows(a, eps): NormalizedRows<NaiveTensor> {
      const [n, d] = rows(a);
      const unit = new Float64Array(n * d);
      const norms = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const r = Math.sqrt(dot(a.data, i, a.data, i, d, 0)); // |a_i + 0 a_i|
        norms[i] = r;
        const div = eps === null ? r : Math.max(r, eps);
        for (let k = 0; k < d; k++) unit[i * d + k] = a.data[i * d + k]! / div;
      }
      return { unit: t(unit, [n, d]), norms: t(norms, [n]) };
    },
    normalizeRowsGrad(g, unit, norms, eps) {
      const [n, d] = rows(g);
      const out = new Float64Array(n * d);
      for (let i = 0; i < n; i++) {
        const r = norms.data[i]!;
        const keep = eps === null || r >= eps ? 1 : 0;
        const div = eps === null ? r : Math.max(r, eps);
        let gu = 0;
        for (let k = 0; k < d; k++) gu += g.data[i * d + k]! * unit.data[i * d + k]!;
        for (let k = 0; k < d; k++) out[i * d + k] = (g.data[i * d + k]! - keep * gu * unit.data[i * d + k]!) / div;
      }
      return t(out, [n, d]);
    },
    gram: (a) => gram(a, a),
    matmul(a, b) {
      const [n, k] = rows(a);
      const [, m] = rows(b);
      const out = new Float64Array(n * m);
      for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) for (let p = 0; p < k; p++) out[i * m + j]! += a.data[i * k + p]! * b.data[p * m + j]!;
      return t(out, [n, m]);
    },
    sqDist(a, b) {
      const [n, d] = rows(a);
      const [m] = rows(b);
      const out = new Float64Array(n * m);
      for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out[i * m + j] = dot(a.data, i, b.data, j, d, -1);
      return t(out, [n, m]);
    },
    rowDot(a, b) {
      const [n, d] = rows(a);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) out[i]! += a.data[i * d + k]! * b.data[i * d + k]!;
      return t(out, [n]);
    },
    rowMax(c, rule): RowMax<NaiveTensor> {
      const [n] = rows(c);
      const r = rowMaxOf(c.data, n, rule);
      return { value: t(r.value, [n]), index: t(r.index, [n]) };
    },
    gatherRows(a, index) {
      const [, d] = rows(a);
      const n = index.data.length;
      const out = new Float64Array(n * d);
      for (let i = 0; i < n; i++) out.set(a.data.subarray(index.data[i]! * d, index.data[i]! * d + d), i * d);
      return t(out, a.shape.length === 2 ? [n, d] : [n]);
    },
    scatterAddRows(a, index, count) {
      const [n, d] = rows(a);
      const out = new Float64Array(count * d);
      for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) out[index.data[i]! * d + k]! += a.data[i * d + k]!;
      return t(out, a.shape.length === 2 ? [count, d] : [count]);
    },
    selfMask: (index) => t(index.data.map((j, i) => +(j === i)), [index.data.length]),
    unary: (op, a) => t(a.data.map(UNARY[op]), a.shape),
    binary(op, a, b) {
      const f = BINARY[op];
      if (typeof b === "number") return t(a.data.map((x) => f(x, b)), a.shape);
      if (b.shape.length === 0) return t(a.data.map((x) => f(x, b.data[0]!)), a.shape);
      if (b.shape.length === 1 && a.shape.length === 2) {
        const [, d] = rows(a);
        return t(a.data.map((x, i) => f(x, b.data[Math.floor(i / d)]!)), a.shape);
      }
      return t(a.data.map((x, i) => f(x, b.data[i]!)), a.shape);
    },
    rowSum(a) {
      const [n, d] = rows(a);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) out[i]! += a.data[i * d + k]!;
      return t(out, [n]);
    },
    sum: (a) => t(Float64Array.of(a.data.reduce((s, x) => s + x, 0)), []),
    addDiagonal(a, v) {
      const [n] = rows(a);
      const out = a.data.slice();
      for (let i = 0; i < n; i++) out[i * n + i]! += v;
      return t(out, a.shape);
    },
    fillDiagonal(a, v) {
      const [n] = rows(a);
      const out = a.data.slice();
      for (let i = 0; i < n; i++) out[i * n + i] = v;
      return t(out, a.shape);
    },
    nearestNeighbors(unit, rule) {
      const [n] = rows(unit);
      const r = rowMaxOf(gram(unit, unit).data, n, rule);
      return { value: t(r.value, [n]), index: t(r.index, [n]) };
    },
    angleStats(unit, threshold, absolute) {
      // per row: the largest cos_ij over j != i (lowest j on ties) and #{j != i : cos_ij > threshold} (|cos_ij| when absolute)
      const [n] = rows(unit);
      const c = gram(unit, unit).data;
      const r = rowMaxOf(c, n, "exclude");
      const above = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const v = c[i * n + j]!;
          if (j !== i && (absolute ? Math.abs(v) : v) > threshold) above[i]!++;
        }
      }
      return { value: t(r.value, [n]), index: t(r.index, [n]), above: t(above, [n]) };
    },
    pairAngles(unit, index) {
      // theta_i = angle(u_i, u_j), j = index[i]; d theta_i / d u_i = -(unit tangent at u_i towards u_j)
      const [n, d] = rows(unit);
      const u = unit.data;
      const theta = new Float64Array(n);
      const grad = new Float64Array(n * d);
      for (let i = 0; i < n; i++) {
        const j = index.data[i]!;
        theta[i] = 2 * Math.atan2(Math.sqrt(dot(u, i, u, j, d, -1)), Math.sqrt(dot(u, i, u, j, d, 1)));
        for (const [p, q] of [[i, j], [j, i]] as const) {
          const c = 1 - dot(u, p, u, q, d, -1) / 2; // cos theta, exactly 1 for a duplicate
          const tan = new Float64Array(d);
          for (let k = 0; k < d; k++) tan[k] = u[q * d + k]! - c * u[p * d + k]!;
          const norm = Math.hypot(...tan);
          if (norm > 0) for (let k = 0; k < d; k++) grad[p * d + k]! -= tan[k]! / norm;
        }
      }
      return { theta: t(theta, [n]), grad: t(grad, [n, d]) };
    },
    pairEnergy(unit, kernel: PairKernel) {
      // sum over ordered pairs i != j of f(|u_i - u_j|) (+ f(|u_i + u_j|) for half-space),
      // f(D) = D^-s (s > 0) or -log D (s = 0); d f(|u_i -+ u_j|) / d u_i = f'(D) (u_i -+ u_j) / D
      const [n, d] = rows(unit);
      const u = unit.data;
      const s = kernel.s;
      const f = (D: number): number => (s > 0 ? D ** -s : -Math.log(D));
      const fp = (D: number): number => (s > 0 ? -s * D ** (-s - 1) : -1 / D);
      let energy = 0;
      const grad = new Float64Array(n * d);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (i === j) continue;
          for (const sign of kernel.halfSpace ? [-1, 1] : [-1]) {
            const D = Math.sqrt(dot(u, i, u, j, d, sign));
            energy += f(D);
            // both the (i, j) and the (j, i) term depend on u_i: count 2x
            for (let k = 0; k < d; k++) grad[i * d + k]! += (2 * fp(D) * (u[i * d + k]! + sign * u[j * d + k]!)) / D;
          }
        }
      }
      return { energy: t(Float64Array.of(energy), []), grad: t(grad, [n, d]) };
    },
  };
  return backend;
}
