import { M as MMARegError, d as defineBackend, A as ASIN_COEFFS, a as ATAN_COEFFS } from "./app.js";
import * as tfDefault from "@tensorflow/tfjs";
import "vue/server-renderer";
import "vue";
import "./plugin-vue_export-helper.1tPrXgE0.js";
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var LOWEST_INDEX_ARGMAX = /* @__PURE__ */ new Set(["cpu", "wasm", "webgl"]);
function createContext(tf, options) {
  const gramTranspose = options.gramTranspose ?? "auto";
  const tieBreak = options.tieBreak ?? "auto";
  const blockElements = options.blockElements ?? 1 << 22;
  if (!["auto", "explicit", "flag"].includes(gramTranspose)) {
    throw new MMARegError("BAD_OPTION", `gramTranspose must be "auto", "explicit" or "flag", got ${JSON.stringify(gramTranspose)}`);
  }
  if (!["auto", "argmax", "masked"].includes(tieBreak)) {
    throw new MMARegError("BAD_OPTION", `tieBreak must be "auto", "argmax" or "masked", got ${JSON.stringify(tieBreak)}`);
  }
  if (!Number.isInteger(blockElements) || blockElements < 1) {
    throw new MMARegError("BAD_OPTION", `blockElements must be a positive integer, got ${String(blockElements)}`);
  }
  return {
    tf,
    name: () => `tfjs-${tf.getBackend() ?? "none"}`,
    // On wasm the transpose flag of matMul takes a slow path (about 9x slower than an
    // explicit transpose); everywhere else the flag is free and saves a copy.
    explicitTranspose: () => gramTranspose === "auto" ? tf.getBackend() === "wasm" : gramTranspose === "explicit",
    argMaxIsLowest: () => tieBreak === "auto" ? LOWEST_INDEX_ARGMAX.has(tf.getBackend()) : tieBreak === "argmax",
    blockElements
  };
}
function dims2(ctx, x, op) {
  if (x.rank !== 2) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 2-D tensor, got shape [${x.shape.join(", ")}]`, { backend: ctx.name() });
  }
  return x.shape;
}
function dims1(ctx, x, op) {
  if (x.rank !== 1) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 1-D tensor, got shape [${x.shape.join(", ")}]`, { backend: ctx.name() });
  }
  return x.shape[0];
}
var ops_exports = {};
__export(ops_exports, {
  addDiagonal: () => addDiagonal,
  binary: () => binary,
  fillDiagonal: () => fillDiagonal,
  gatherRows: () => gatherRows,
  gram: () => gram,
  matmul: () => matmul,
  nearestNeighbors: () => nearestNeighbors,
  normalizeRows: () => normalizeRows,
  normalizeRowsGrad: () => normalizeRowsGrad,
  pairAngles: () => pairAngles,
  rowDot: () => rowDot,
  rowMax: () => rowMax,
  rowSum: () => rowSum,
  scatterAddRows: () => scatterAddRows,
  selfMask: () => selfMask,
  sqDist: () => sqDist,
  sum: () => sum,
  unary: () => unary
});
function flatDiagonal(tf, rows, cols, offset) {
  const idx = new Int32Array(rows);
  for (let k = 0; k < rows; k++) idx[k] = k * cols + offset + k;
  return tf.tensor1d(idx, "int32");
}
function diagonalOf(tf, c, offset = 0) {
  const [rows, cols] = c.shape;
  return tf.tidy(() => tf.gather(tf.reshape(c, [rows * cols]), flatDiagonal(tf, rows, cols, offset)));
}
var SCATTER_WRITES = /* @__PURE__ */ new Set(["cpu", "wasm", "tensorflow"]);
function setDiagonal(tf, c, values, offset = 0) {
  const [rows, cols] = c.shape;
  return tf.tidy(() => {
    if (SCATTER_WRITES.has(tf.getBackend()) && tf.getKernel("TensorScatterUpdate", tf.getBackend()) !== void 0) {
      const idx = new Int32Array(2 * rows);
      for (let k = 0; k < rows; k++) {
        idx[2 * k] = k;
        idx[2 * k + 1] = offset + k;
      }
      const target = tf.getBackend() === "cpu" ? tf.add(c, 0) : c;
      return tf.tensorScatterUpdate(target, tf.tensor2d(idx, [rows, 2], "int32"), values);
    }
    const r = tf.reshape(tf.range(offset, offset + rows, 1, "int32"), [rows, 1]);
    const col = tf.reshape(tf.range(0, cols, 1, "int32"), [1, cols]);
    return tf.where(tf.equal(r, col), tf.tile(tf.reshape(values, [rows, 1]), [1, cols]), c);
  });
}
function addDiagonal(ctx, a, value) {
  dims2(ctx, a, "addDiagonal");
  const { tf } = ctx;
  return tf.tidy(() => setDiagonal(tf, a, tf.add(diagonalOf(tf, a), value)));
}
var ACCURATE_BUILTINS = /* @__PURE__ */ new Set(["cpu", "wasm", "tensorflow"]);
function accurateBuiltins(tf) {
  return ACCURATE_BUILTINS.has(tf.getBackend());
}
function horner(tf, coeffs, z) {
  let p = tf.scalar(coeffs[coeffs.length - 1]);
  for (let i = coeffs.length - 2; i >= 0; i--) p = tf.add(tf.mul(p, z), coeffs[i]);
  return p;
}
function acosTf(tf, x) {
  if (accurateBuiltins(tf)) return tf.acos(x);
  return tf.tidy(() => {
    const a = tf.abs(x);
    const large = tf.greater(a, 0.5);
    const z = tf.where(large, tf.mul(tf.sub(1, a), 0.5), tf.square(a));
    const s = tf.where(large, tf.sqrt(z), a);
    const asinS = tf.add(s, tf.mul(tf.mul(s, z), horner(tf, ASIN_COEFFS, z)));
    const negative = tf.less(x, 0);
    const twice = tf.mul(asinS, 2);
    const nearPoles = tf.where(negative, tf.sub(Math.PI, twice), twice);
    const nearZero = tf.where(negative, tf.add(Math.PI / 2, asinS), tf.sub(Math.PI / 2, asinS));
    return tf.where(large, nearPoles, nearZero);
  });
}
function atan2Tf(tf, y, x) {
  if (accurateBuiltins(tf)) return tf.atan2(y, x);
  return tf.tidy(() => {
    const ax = tf.abs(x);
    const ay = tf.abs(y);
    const t = tf.div(tf.minimum(ax, ay), tf.maximum(tf.maximum(ax, ay), 1e-30));
    const reduced = tf.greater(t, Math.SQRT2 - 1);
    const u = tf.where(reduced, tf.div(tf.sub(t, 1), tf.add(t, 1)), t);
    const w = tf.square(u);
    const base = tf.mul(tf.cast(reduced, "float32"), Math.PI / 4);
    let r = tf.add(tf.add(base, u), tf.mul(tf.mul(u, w), horner(tf, ATAN_COEFFS, w)));
    r = tf.where(tf.greater(ay, ax), tf.sub(Math.PI / 2, r), r);
    r = tf.where(tf.less(x, 0), tf.sub(Math.PI, r), r);
    return tf.where(tf.less(y, 0), tf.neg(r), r);
  });
}
var BINARY = {
  add: (tf, x, y) => tf.add(x, y),
  sub: (tf, x, y) => tf.sub(x, y),
  mul: (tf, x, y) => tf.mul(x, y),
  div: (tf, x, y) => tf.div(x, y),
  pow: (tf, x, y) => tf.pow(x, y),
  atan2: (tf, x, y) => atan2Tf(tf, x, typeof y === "number" ? tf.fill(x.shape, y) : y),
  max: (tf, x, y) => tf.maximum(x, y),
  min: (tf, x, y) => tf.minimum(x, y),
  // comparisons come back as bool: the contract wants 1 / 0 in the float type
  gt: (tf, x, y) => tf.cast(tf.greater(x, y), "float32"),
  ge: (tf, x, y) => tf.cast(tf.greaterEqual(x, y), "float32"),
  lt: (tf, x, y) => tf.cast(tf.less(x, y), "float32"),
  le: (tf, x, y) => tf.cast(tf.lessEqual(x, y), "float32"),
  eq: (tf, x, y) => tf.cast(tf.equal(x, y), "float32")
};
function binary(ctx, op, a, b) {
  const f = BINARY[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}`, { backend: ctx.name() });
  const { tf } = ctx;
  if (typeof b === "number" || b.rank === 0) return f(tf, a, b);
  if (a.rank === 2 && b.rank === 1 && b.shape[0] === a.shape[0]) {
    return tf.tidy(() => f(tf, a, tf.reshape(b, [a.shape[0], 1])));
  }
  if (b.size === a.size) {
    const same = b.rank === a.rank && b.shape.every((s, i) => s === a.shape[i]);
    return same ? f(tf, a, b) : tf.tidy(() => f(tf, a, tf.reshape(b, a.shape)));
  }
  throw new MMARegError("BAD_SHAPE", `binary ${op}: cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`, {
    backend: ctx.name()
  });
}
function fillDiagonal(ctx, a, value) {
  const [n] = dims2(ctx, a, "fillDiagonal");
  const { tf } = ctx;
  return tf.tidy(() => setDiagonal(tf, a, tf.fill([n], value)));
}
function gatherRowsFast(ctx, a, index) {
  const { tf } = ctx;
  if (tf.getBackend() === "wasm") return tf.tidy(() => tf.gatherND(a, tf.reshape(index, [index.shape[0], 1])));
  return tf.gather(a, index, 0);
}
function gatherRows(ctx, a, index) {
  dims2(ctx, a, "gatherRows");
  dims1(ctx, index, "gatherRows");
  return gatherRowsFast(ctx, a, index);
}
function gram(ctx, a) {
  dims2(ctx, a, "gram");
  const { tf } = ctx;
  return tf.tidy(() => ctx.explicitTranspose() ? tf.matMul(a, tf.transpose(a)) : tf.matMul(a, a, false, true));
}
function matmul(ctx, a, b) {
  const [, k] = dims2(ctx, a, "matmul");
  const [k2] = dims2(ctx, b, "matmul");
  if (k !== k2) throw new MMARegError("BAD_SHAPE", `matmul: inner sizes differ (${k} vs ${k2})`, { backend: ctx.name() });
  return ctx.tf.matMul(a, b);
}
function resolveTf(tf) {
  return tf ?? tfDefault;
}
function tidy(tf, fn) {
  return tf.tidy(fn);
}
function pairCosine(ctx, unit, index, fallback) {
  const { tf } = ctx;
  const n = unit.shape[0];
  return tf.tidy(() => {
    const other = gatherRowsFast(ctx, unit, index);
    const d2 = tf.sum(tf.square(tf.sub(unit, other)), 1);
    const s2 = tf.sum(tf.square(tf.add(unit, other)), 1);
    const refined = tf.where(tf.lessEqual(d2, s2), tf.sub(1, tf.mul(d2, 0.5)), tf.sub(tf.mul(s2, 0.5), 1));
    const isUnit = tf.cast(tf.less(tf.abs(tf.sub(tf.sum(tf.square(unit), 1), 1)), 1e-3), "float32");
    const offDiagonal = tf.cast(tf.notEqual(index, tf.range(0, n, 1, "int32")), "float32");
    const use = tf.greater(tf.mul(tf.mul(isUnit, tf.gather(isUnit, index)), offDiagonal), 0);
    return tf.where(use, refined, fallback);
  });
}
function maskDiagonal(ctx, c, rule, offset) {
  const { tf } = ctx;
  const rows = c.shape[0];
  return tf.tidy(() => setDiagonal(tf, c, rule === "exclude" ? tf.fill([rows], -Infinity) : tf.neg(diagonalOf(tf, c, offset)), offset));
}
function maxWithLowestIndex(ctx, masked) {
  const { tf } = ctx;
  const [rows, cols] = masked.shape;
  return tidy(tf, () => {
    const value = tf.max(masked, 1);
    if (ctx.argMaxIsLowest()) return { value, index: tf.argMax(masked, 1) };
    const hit = tf.equal(masked, tf.reshape(value, [rows, 1]));
    const cand = tf.where(hit, tf.tile(tf.reshape(tf.range(0, cols, 1, "int32"), [1, cols]), [rows, 1]), tf.fill([rows, cols], cols, "int32"));
    return { value, index: tf.minimum(tf.min(cand, 1), tf.scalar(cols - 1, "int32")) };
  });
}
function nearestNeighbors(ctx, unit, rule) {
  const [n, d] = dims2(ctx, unit, "nearestNeighbors");
  const { tf } = ctx;
  const rowsPerBlock = Math.max(1, Math.floor(ctx.blockElements / n));
  return tidy(tf, () => {
    const right = ctx.explicitTranspose() ? tf.transpose(unit) : null;
    const values = [];
    const indices = [];
    for (let i0 = 0; i0 < n; i0 += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, n - i0);
      const r = tidy(tf, () => {
        const left = rows === n ? unit : tf.slice(unit, [i0, 0], [rows, d]);
        const c = right ? tf.matMul(left, right) : tf.matMul(left, unit, false, true);
        const masked = maskDiagonal(ctx, c, rule, i0);
        c.dispose();
        return maxWithLowestIndex(ctx, masked);
      });
      values.push(r.value);
      indices.push(r.index);
    }
    const value = values.length === 1 ? values[0] : tf.concat(values);
    const index = indices.length === 1 ? indices[0] : tf.concat(indices);
    return { value: rule === "negate" ? pairCosine(ctx, unit, index, value) : value, index };
  });
}
function normalizeRows(ctx, a, eps) {
  const [n] = dims2(ctx, a, "normalizeRows");
  const { tf } = ctx;
  return tidy(tf, () => {
    const norms = tf.sqrt(tf.sum(tf.square(a), 1));
    const div = eps === null ? norms : tf.maximum(norms, eps);
    return { unit: tf.div(a, tf.reshape(div, [n, 1])), norms };
  });
}
function normalizeRowsGrad(ctx, g, unit, norms, eps) {
  const [n] = dims2(ctx, g, "normalizeRowsGrad");
  const { tf } = ctx;
  return tf.tidy(() => {
    let dot = tf.sum(tf.mul(g, unit), 1);
    if (eps !== null) dot = tf.mul(dot, tf.cast(tf.greaterEqual(norms, eps), "float32"));
    const div = eps === null ? norms : tf.maximum(norms, eps);
    const tangent = tf.sub(g, tf.mul(unit, tf.reshape(dot, [n, 1])));
    return tf.div(tangent, tf.reshape(div, [n, 1]));
  });
}
function rowDot(ctx, a, b) {
  const [n, d] = dims2(ctx, a, "rowDot");
  if (b.size !== n * d) throw new MMARegError("BAD_SHAPE", "rowDot: shapes differ", { backend: ctx.name() });
  const { tf } = ctx;
  return tf.tidy(() => tf.sum(tf.mul(a, b), 1));
}
function rowMax(ctx, c, rule) {
  dims2(ctx, c, "rowMax");
  return tidy(ctx.tf, () => maxWithLowestIndex(ctx, maskDiagonal(ctx, c, rule, 0)));
}
function rowSum(ctx, a) {
  dims2(ctx, a, "rowSum");
  return ctx.tf.sum(a, 1);
}
function scatterAddRows(ctx, a, index, rows) {
  const [k, d] = dims2(ctx, a, "scatterAddRows");
  if (dims1(ctx, index, "scatterAddRows") !== k) {
    throw new MMARegError("BAD_SHAPE", "scatterAddRows: index length differs", { backend: ctx.name() });
  }
  const { tf } = ctx;
  return tf.tidy(() => tf.scatterND(tf.reshape(index, [k, 1]), a, [rows, d]));
}
function selfMask(ctx, index) {
  const n = dims1(ctx, index, "selfMask");
  const { tf } = ctx;
  return tf.tidy(() => tf.cast(tf.equal(index, tf.range(0, n, 1, "int32")), "float32"));
}
function sqDist(ctx, a, b) {
  const [n, d] = dims2(ctx, a, "sqDist");
  const [m, d2] = dims2(ctx, b, "sqDist");
  if (d !== d2) throw new MMARegError("BAD_SHAPE", `sqDist: row lengths differ (${d} vs ${d2})`, { backend: ctx.name() });
  const { tf } = ctx;
  const rowsPerBlock = Math.max(1, Math.floor(ctx.blockElements / Math.max(1, m * d)));
  return tf.tidy(() => {
    const right = tf.reshape(b, [1, m, d]);
    const blocks = [];
    for (let i0 = 0; i0 < n; i0 += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, n - i0);
      blocks.push(
        tf.tidy(() => {
          const left = tf.reshape(rows === n ? a : tf.slice(a, [i0, 0], [rows, d]), [rows, 1, d]);
          return tf.sum(tf.square(tf.sub(left, right)), 2);
        })
      );
    }
    return blocks.length === 1 ? blocks[0] : tf.concat(blocks, 0);
  });
}
function sum(ctx, a) {
  const { tf } = ctx;
  return a.rank === 2 ? tf.tidy(() => tf.sum(tf.sum(a, 1))) : tf.sum(a);
}
var UNARY = {
  neg: (tf, x) => tf.neg(x),
  abs: (tf, x) => tf.abs(x),
  sqrt: (tf, x) => tf.sqrt(x),
  square: (tf, x) => tf.square(x),
  reciprocal: (tf, x) => tf.reciprocal(x),
  acos: (tf, x) => acosTf(tf, x),
  log: (tf, x) => tf.log(x),
  exp: (tf, x) => tf.exp(x)
};
function unary(ctx, op, a) {
  const f = UNARY[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: ctx.name() });
  return f(ctx.tf, a);
}
var TINY_SQUARED = 1e-36;
function pairAngles(ctx, unit, index) {
  const [n, d] = dims2(ctx, unit, "pairAngles");
  const { tf } = ctx;
  return tidy(tf, () => {
    const column = tf.reshape(index, [n, 1]);
    const other = tf.getBackend() === "wasm" ? tf.gatherND(unit, column) : gatherRowsFast(ctx, unit, index);
    const diff = tf.sub(unit, other);
    const a2 = tf.sum(tf.square(diff), 1, true);
    const b2 = tf.sum(tf.square(tf.add(unit, other)), 1, true);
    const theta = tf.reshape(tf.mul(atan2Tf(tf, tf.sqrt(a2), tf.sqrt(b2)), 2), [n]);
    const sine = tf.div(tf.mul(tf.sqrt(tf.mul(a2, b2)), 2), tf.add(a2, b2));
    const rho = tf.div(sine, tf.maximum(tf.square(sine), TINY_SQUARED));
    const hRho = tf.mul(tf.mul(a2, 0.5), rho);
    const dRho = tf.mul(diff, rho);
    const self = tf.sub(dRho, tf.mul(unit, hRho));
    const toOther = tf.add(dRho, tf.mul(other, hRho));
    const grad = tf.sub(self, tf.scatterND(column, toOther, [n, d]));
    return { theta, grad };
  });
}
function toBackendArray(values) {
  return values instanceof Float32Array ? values : Float64Array.from(values);
}
function createTfjsBackend(options = {}) {
  const tf = resolveTf(options.tf);
  const pinned = options.backend;
  const ctx = createContext(tf, options);
  const checkActive = () => {
    if (pinned !== void 0 && tf.getBackend() !== pinned) {
      throw new MMARegError(
        "BACKEND",
        `the active tfjs backend is "${tf.getBackend()}", not "${pinned}": await tf.setBackend("${pinned}") first, or use loadTfjsBackend({ backend: "${pinned}" })`,
        { backend: `tfjs-${pinned}` }
      );
    }
  };
  checkActive();
  const backend = defineBackend({
    name: ctx.name,
    dtype: "float32",
    context: ctx,
    ops: ops_exports,
    tensor(data, shape, kind) {
      checkActive();
      return kind === "index" ? tf.tensor(Int32Array.from(data), [...shape], "int32") : tf.tensor(Float32Array.from(data), [...shape], "float32");
    },
    shape: (x) => x.shape,
    read: async (x) => toBackendArray(await x.data()),
    readSync: (x) => toBackendArray(x.dataSync()),
    dispose: (x) => x.dispose(),
    scope: (fn) => tf.tidy(fn)
  });
  return Object.assign(backend, { tf });
}
async function loadTfjsBackend(options = {}) {
  const tf = resolveTf(options.tf);
  const name = options.backend;
  if (name !== void 0 && tf.getBackend() !== name) {
    if (!tf.findBackendFactory(name) && !tf.findBackend(name)) {
      throw new MMARegError(
        "BACKEND",
        `tfjs backend "${name}" is not registered: import its package first (for wasm: import "@tensorflow/tfjs-backend-wasm"); registered: ${Object.keys(tf.engine().registryFactory).join(", ")}`,
        { backend: `tfjs-${name}` }
      );
    }
    let ok = false;
    try {
      ok = await tf.setBackend(name);
    } catch (e) {
      throw new MMARegError("BACKEND", `tfjs backend "${name}" could not start: ${e.message}`, { backend: `tfjs-${name}` });
    }
    if (!ok) throw new MMARegError("BACKEND", `tfjs backend "${name}" could not start (tf.setBackend returned false)`, { backend: `tfjs-${name}` });
  }
  await tf.ready();
  return createTfjsBackend({ ...options, tf });
}
export {
  loadTfjsBackend
};
