var __defProp = Object.defineProperty;
var __typeError = (msg) => {
  throw TypeError(msg);
};
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
var __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);
var __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj));
var __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);
var __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);
var _node, _output, _a;
import { M as MMARegError, d as defineBackend, A as ASIN_COEFFS, a as ATAN_COEFFS } from "./app.js";
import "vue/server-renderer";
import "vue";
import "./plugin-vue_export-helper.1tPrXgE0.js";
var DataType = {
  FLOAT: 1,
  INT64: 7,
  BOOL: 9,
  DOUBLE: 11
};
var OPSET = 13;
var IR_VERSION = 7;
function shapeError(op, message) {
  return new MMARegError("BAD_SHAPE", `${op}: ${message}`, { backend: "onnx" });
}
function dims2(t, op) {
  if (t.shape.length !== 2) throw shapeError(op, `expects a 2-D tensor, got shape [${t.shape.join(", ")}]`);
  return t.shape;
}
function dims1(t, op) {
  if (t.shape.length !== 1) throw shapeError(op, `expects a 1-D tensor, got shape [${t.shape.join(", ")}]`);
  return t.shape[0];
}
function square(t, op) {
  const [n, m] = dims2(t, op);
  if (n !== m) throw shapeError(op, `expects a square matrix, got [${n}, ${m}]`);
  return n;
}
function asFloat(g, v) {
  return v.kind === "float" ? v.name : g.op("Cast", [v.name], { to: DataType.FLOAT }, "as_float");
}
function asIndex(g, v) {
  return v.kind === "index" ? v.name : g.op("Cast", [v.name], { to: DataType.INT64 }, "as_index");
}
function diagonalMask(g, square2) {
  return g.op("Cast", [g.op("EyeLike", [square2], {}, "identity")], { to: DataType.BOOL }, "diagonal");
}
function reduceSum(g, x, axes, keepdims, local) {
  return g.op("ReduceSum", axes === null ? [x] : [x, g.i64(axes)], { keepdims }, local);
}
function column(g, x) {
  return g.op("Unsqueeze", [x, g.i64([1])], {}, "column");
}
function floatReduce(g, op, x, axes, keepdims, local) {
  const emit = (input, ax, name) => op === "ReduceSum" ? g.op(op, [input, g.i64(ax)], { keepdims }, name) : g.op(op, [input], { axes: [...ax], keepdims }, name);
  if (!g.webgpu) return emit(x, axes, local);
  const lifted = g.op("Unsqueeze", [x, g.i64([0])], {}, `${local}_lifted_input`);
  const reduced = emit(lifted, axes.map((a) => a + 1), `${local}_lifted`);
  return g.op("Squeeze", [reduced, g.i64([0])], {}, local);
}
function firstArgMax(g, x, rowMax2) {
  if (!g.webgpu) return g.op("ArgMax", [x], { axis: 1, keepdims: 0, select_last_index: 0 }, "argmax");
  return g.scope("argmax", () => {
    const max = rowMax2 === void 0 ? floatReduce(g, "ReduceMax", x, [1], 1, "max") : column(g, rowMax2);
    const width = g.op("Cast", [g.op("Gather", [g.op("Shape", [x], {}, "shape"), g.i64([1], [])], { axis: 0 }, "width")], { to: DataType.FLOAT }, "width_f32");
    const positions = g.op("Range", [g.f32(0), width, g.f32(1)], {}, "positions");
    const candidates = g.op("Where", [g.op("Equal", [x, max], {}, "is_max"), positions, width], {}, "candidates");
    const first = floatReduce(g, "ReduceMin", candidates, [1], 0, "first");
    const found = g.op("Where", [g.op("Equal", [first, width], {}, "none"), g.f32(0), first], {}, "first_or_zero");
    return g.op("Cast", [found], { to: DataType.INT64 }, "index");
  });
}
var addDiagonal = {
  infer([a]) {
    const n = square(a, "addDiagonal");
    return [{ shape: [n, n], kind: "float" }];
  },
  lower(g, [a], { value }) {
    const shifted = g.op("Add", [a.name, g.f32(value)], {}, "shifted");
    return [g.op("Where", [diagonalMask(g, a.name), shifted, a.name], {}, "result")];
  }
};
function horner(g, coeffs, z, tag) {
  let p = g.f32(coeffs[coeffs.length - 1]);
  for (let i = coeffs.length - 2; i >= 0; i--) p = g.op("Add", [g.op("Mul", [p, z], {}, `${tag}_times_z`), g.f32(coeffs[i])], {}, `${tag}_term`);
  return p;
}
function polyAcos(g, x) {
  return g.scope("acos", () => {
    const a = g.op("Abs", [x], {}, "abs");
    const large = g.op("Greater", [a, g.f32(0.5)], {}, "large");
    const z = g.op("Where", [large, g.op("Mul", [g.op("Sub", [g.f32(1), a], {}, "one_minus"), g.f32(0.5)], {}, "half_gap"), g.op("Mul", [a, a], {}, "square")], {}, "z");
    const s = g.op("Where", [large, g.op("Sqrt", [z], {}, "root"), a], {}, "s");
    const asinS = g.op("Add", [s, g.op("Mul", [g.op("Mul", [s, z], {}, "s_z"), horner(g, ASIN_COEFFS, z, "asin")], {}, "tail")], {}, "asin_s");
    const negative = g.op("Less", [x, g.f32(0)], {}, "negative");
    const twice = g.op("Mul", [asinS, g.f32(2)], {}, "twice");
    const nearPoles = g.op("Where", [negative, g.op("Sub", [g.f32(Math.PI), twice], {}, "pi_minus"), twice], {}, "near_poles");
    const nearZero = g.op("Where", [negative, g.op("Add", [g.f32(Math.PI / 2), asinS], {}, "half_pi_plus"), g.op("Sub", [g.f32(Math.PI / 2), asinS], {}, "half_pi_minus")], {}, "near_zero");
    return g.op("Where", [large, nearPoles, nearZero], {}, "value");
  });
}
function polyAtan(g, r) {
  return g.scope("atan", () => {
    const a = g.op("Abs", [r], {}, "abs");
    const reduced = g.op("Greater", [a, g.f32(Math.SQRT2 - 1)], {}, "reduced");
    const u = g.op("Where", [reduced, g.op("Div", [g.op("Sub", [a, g.f32(1)], {}, "a_minus_1"), g.op("Add", [a, g.f32(1)], {}, "a_plus_1")], {}, "moved"), a], {}, "u");
    const w = g.op("Mul", [u, u], {}, "w");
    const base = g.op("Where", [reduced, g.f32(Math.PI / 4), g.f32(0)], {}, "base");
    const tail = g.op("Mul", [g.op("Mul", [u, w], {}, "u_w"), horner(g, ATAN_COEFFS, w, "atan")], {}, "tail");
    const magnitude = g.op("Add", [g.op("Add", [base, u], {}, "base_u"), tail], {}, "magnitude");
    return g.op("Where", [g.op("Less", [r, g.f32(0)], {}, "negative"), g.op("Neg", [magnitude], {}, "negated"), magnitude], {}, "value");
  });
}
function atan2(g, y, x) {
  return g.scope("atan2", () => {
    const steep = g.op("Greater", [g.op("Abs", [y], {}, "abs_y"), g.op("Abs", [x], {}, "abs_x")], {}, "steep");
    const num = g.op("Where", [steep, x, y], {}, "numerator");
    const den = g.op("Where", [steep, y, x], {}, "denominator");
    const zero = g.f32(0);
    const safeDen = g.op("Where", [g.op("Equal", [den, zero], {}, "den_is_zero"), g.f32(1), den], {}, "safe_denominator");
    const ratio = g.op("Div", [num, safeDen], {}, "ratio");
    const t = g.webgpu ? polyAtan(g, ratio) : g.op("Atan", [ratio], {}, "atan_ratio");
    const ySign = g.op("Where", [g.op("Less", [y, zero], {}, "y_negative"), g.f32(-1), g.f32(1)], {}, "y_sign");
    const steepAngle = g.op("Sub", [g.op("Mul", [ySign, g.f32(Math.PI / 2)], {}, "half_pi"), t], {}, "steep_angle");
    const turn = g.op("Where", [g.op("Less", [x, zero], {}, "x_negative"), g.op("Mul", [ySign, g.f32(Math.PI)], {}, "pi"), zero], {}, "turn");
    const flatAngle = g.op("Add", [t, turn], {}, "flat_angle");
    return g.op("Where", [steep, steepAngle, flatAngle], {}, "angle");
  });
}
var ONNX_BINARY = {
  add: "Add",
  sub: "Sub",
  mul: "Mul",
  div: "Div",
  pow: "Pow",
  atan2: "",
  max: "Max",
  min: "Min",
  gt: "Greater",
  ge: "GreaterOrEqual",
  lt: "Less",
  le: "LessOrEqual",
  eq: "Equal"
};
var COMPARISONS = /* @__PURE__ */ new Set(["gt", "ge", "lt", "le", "eq"]);
var binary = {
  infer(inputs, { op }) {
    if (!Object.hasOwn(ONNX_BINARY, op)) {
      throw new MMARegError("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}`, { backend: "onnx" });
    }
    const [a, b] = inputs;
    if (b !== void 0) {
      const same = b.shape.length === a.shape.length && b.shape.every((s, i) => s === a.shape[i]);
      const rows = a.shape.length === 2 && b.shape.length === 1 && b.shape[0] === a.shape[0];
      if (!same && !rows && b.shape.length !== 0) {
        throw shapeError(`binary ${String(op)}`, `cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`);
      }
    }
    return [{ shape: a.shape, kind: "float" }];
  },
  lower(g, [a, b], { op, scalar }) {
    const x = asFloat(g, a);
    let y;
    if (b === void 0) y = g.f32(scalar);
    else if (b.shape.length === 1 && a.shape.length === 2) y = column(g, asFloat(g, b));
    else y = asFloat(g, b);
    if (op === "atan2") return [atan2(g, x, y)];
    const out = g.op(ONNX_BINARY[op], [x, y], {}, op);
    return [COMPARISONS.has(op) ? g.op("Cast", [out], { to: DataType.FLOAT }, `${String(op)}_float`) : out];
  }
};
var fillDiagonal = {
  infer([a]) {
    const n = square(a, "fillDiagonal");
    return [{ shape: [n, n], kind: "float" }];
  },
  lower(g, [a], { value }) {
    return [g.op("Where", [diagonalMask(g, a.name), g.f32(value), a.name], {}, "result")];
  }
};
var gatherRows = {
  infer([a, index]) {
    const [, d] = dims2(a, "gatherRows");
    return [{ shape: [dims1(index, "gatherRows"), d], kind: a.kind }];
  },
  lower(g, [a, index]) {
    return [g.op("Gather", [a.name, asIndex(g, index)], { axis: 0 }, "rows")];
  }
};
var gram = {
  infer([a]) {
    const [n] = dims2(a, "gram");
    return [{ shape: [n, n], kind: "float" }];
  },
  lower(g, [a]) {
    const w = asFloat(g, a);
    return [g.op("MatMul", [w, g.op("Transpose", [w], { perm: [1, 0] }, "transposed")], {}, "gram")];
  }
};
var matmul = {
  infer([a, b]) {
    const [n, k] = dims2(a, "matmul");
    const [k2, m] = dims2(b, "matmul");
    if (k !== k2) throw shapeError("matmul", `inner dimensions differ ([${n}, ${k}] x [${k2}, ${m}])`);
    return [{ shape: [n, m], kind: "float" }];
  },
  lower(g, [a, b]) {
    return [g.op("MatMul", [asFloat(g, a), asFloat(g, b)], {}, "product")];
  }
};
var nearestNeighbors = {
  infer([unit]) {
    const [n] = dims2(unit, "nearestNeighbors");
    return [
      { shape: [n], kind: "float" },
      { shape: [n], kind: "index" }
    ];
  },
  lower(g, [unit], { rule }, used) {
    const u = unit.name;
    const n = unit.shape[0];
    const c = g.op("MatMul", [u, g.op("Transpose", [u], { perm: [1, 0] }, "transposed")], {}, "gram");
    let index;
    if (rule === "exclude" && !g.webgpu && (!g.isStatic(n) || n >= 2)) {
      const [, top2] = g.opN("TopK", [c, g.i64([2])], ["top2_values", "top2"], { axis: 1, largest: 1, sorted: 1 });
      const first = g.op("Gather", [top2, g.i64([0], [])], { axis: 1 }, "first");
      const second = g.op("Gather", [top2, g.i64([1], [])], { axis: 1 }, "second");
      const count2 = g.op("Gather", [g.op("Shape", [u], {}, "unit_shape"), g.i64([0], [])], { axis: 0 }, "row_count");
      const rows = g.op("Range", [g.i64([0], []), count2, g.i64([1], [])], {}, "row_positions");
      index = g.op("Where", [g.op("Equal", [first, rows], {}, "first_is_self"), second, first], {}, "index");
      if (!used.has(0)) return ["", index];
    } else {
      const diag = diagonalMask(g, c);
      const masked = g.op("Where", [diag, rule === "exclude" ? g.f32(-Infinity) : g.op("Neg", [c], {}, "negated"), c], {}, "candidates");
      index = firstArgMax(g, masked);
    }
    const wide = g.op("Cast", [u], { to: DataType.DOUBLE }, "unit_f64");
    const partner = g.op("Gather", [wide, index], { axis: 0 }, "partner_f64");
    const dot64 = reduceSum(g, g.op("Mul", [wide, partner], {}, "products_f64"), [1], 0, "cosine_f64");
    const dot = g.op("Cast", [dot64], { to: DataType.FLOAT }, "cosine");
    const count = g.op("Squeeze", [g.op("Shape", [index], {}, "shape"), g.i64([0])], {}, "count");
    const positions = g.op("Range", [g.i64([0], []), count, g.i64([1], [])], {}, "positions");
    const isSelf = g.op("Equal", [index, positions], {}, "is_self");
    const selfValue = rule === "exclude" ? g.f32(-Infinity) : g.op("Neg", [dot], {}, "negated_self");
    return [g.op("Where", [isSelf, selfValue, dot], {}, "max"), index];
  }
};
var SAFE_SUMSQ = [1e-30, 1e30];
var ANGLE_READERS = /* @__PURE__ */ new Set(["nearestNeighbors", "pairAngles", "pairAnglesGrad"]);
function wideForm(g, x, eps) {
  const wide = g.op("Cast", [x], { to: DataType.DOUBLE }, "rows_f64");
  const norm = g.op("Sqrt", [g.op("ReduceSumSquare", [wide], { axes: [1], keepdims: 1 }, "sumsq_f64")], {}, "norm_f64");
  const divisor = eps === null ? norm : g.op("Max", [norm, g.f64(eps)], {}, "norm_clamped_f64");
  const unit = g.op("Cast", [g.op("Div", [wide, divisor], {}, "unit_f64")], { to: DataType.FLOAT }, "unit");
  const norms = g.op("Cast", [g.op("Squeeze", [norm, g.i64([1])], {}, "norms_f64")], { to: DataType.FLOAT }, "norms");
  return [unit, norms];
}
var normalizeRows = {
  infer([a]) {
    const [n, d] = dims2(a, "normalizeRows");
    return [
      { shape: [n, d], kind: "float" },
      { shape: [n], kind: "float" }
    ];
  },
  lower(g, [a], { eps }, _used, readers) {
    const x = asFloat(g, a);
    const e = eps === null ? null : eps;
    if (g.webgpu || e !== null || !readers(0).every((op) => ANGLE_READERS.has(op))) return wideForm(g, x, e);
    const [n, d] = a.shape;
    const sumsq = g.op("ReduceSumSquare", [x], { axes: [1], keepdims: 1 }, "sumsq");
    const low = g.op("Greater", [g.op("ReduceMin", [sumsq], { keepdims: 0 }, "sumsq_min"), g.f32(SAFE_SUMSQ[0])], {}, "above_underflow");
    const high = g.op("Less", [g.op("ReduceMax", [sumsq], { keepdims: 0 }, "sumsq_max"), g.f32(SAFE_SUMSQ[1])], {}, "below_overflow");
    const safe = g.op("And", [low, high], {}, "float32_safe");
    return g.ifElse(
      safe,
      [
        { local: "unit", kind: "float", shape: [n, d] },
        { local: "norms", kind: "float", shape: [n] }
      ],
      (b) => {
        const norm = b.op("Sqrt", [sumsq], {}, "norm");
        return [b.op("Div", [x, norm], {}, "unit"), b.op("Squeeze", [norm, b.i64([1])], {}, "norms")];
      },
      (b) => wideForm(b, x, e)
    );
  }
};
var normalizeRowsGrad = {
  infer([g, unit, norms]) {
    const [n, d] = dims2(g, "normalizeRowsGrad");
    const [n2, d2] = dims2(unit, "normalizeRowsGrad");
    if (n2 !== n || d2 !== d || dims1(norms, "normalizeRowsGrad") !== n) {
      throw shapeError("normalizeRowsGrad", `shapes [${g.shape.join(", ")}], [${unit.shape.join(", ")}], [${norms.shape.join(", ")}] do not match`);
    }
    return [{ shape: [n, d], kind: "float" }];
  },
  lower(b, [g, unit, norms], { eps }) {
    const wide = (x, local) => b.op("Cast", [x], { to: DataType.DOUBLE }, local);
    const g64 = wide(g.name, "g_f64");
    const u64 = wide(unit.name, "unit_f64");
    const r = column(b, wide(norms.name, "norms_f64"));
    let dot = reduceSum(b, b.op("Mul", [g64, u64], {}, "g_times_u"), [1], 1, "dot");
    if (eps !== null) {
      const pass = b.op("Cast", [b.op("GreaterOrEqual", [r, b.f64(eps)], {}, "above_eps")], { to: DataType.DOUBLE }, "pass");
      dot = b.op("Mul", [dot, pass], {}, "dot_masked");
    }
    const tangent = b.op("Sub", [g64, b.op("Mul", [dot, u64], {}, "radial")], {}, "tangent");
    const divisor = eps === null ? r : b.op("Max", [r, b.f64(eps)], {}, "norm_clamped");
    return [b.op("Cast", [b.op("Div", [tangent, divisor], {}, "grad_f64")], { to: DataType.FLOAT }, "grad")];
  }
};
var INT64_MAX = Number.MAX_SAFE_INTEGER;
var NEAR_PI_SQ_CHORD = 3.9;
function parts(g, unit, index) {
  return g.memo(`pairAngles|${unit.name}|${index}`, () => {
    const u = unit.name;
    const n = unit.shape[0];
    const partner = g.op("Gather", [u, index], { axis: 0 }, "partner");
    const diff = g.op("Sub", [u, partner], {}, "difference");
    const a2 = floatReduce(g, "ReduceSumSquare", diff, [1], 0, "sq_chord");
    const wide = g.op("Greater", [floatReduce(g, "ReduceMax", a2, [0], 0, "sq_chord_max"), g.f32(NEAR_PI_SQ_CHORD)], {}, "near_pi");
    const [s2] = g.ifElse(
      wide,
      [{ local: "sq_sum", kind: "float", shape: [n] }],
      (b) => [floatReduce(b, "ReduceSumSquare", b.op("Add", [u, partner], {}, "sum"), [1], 0, "sq_sum")],
      (b) => [b.op("Sub", [b.f32(4), a2], {}, "sq_sum")]
    );
    const chord = g.op("Sqrt", [a2], {}, "chord");
    const across = g.op("Sqrt", [s2], {}, "across");
    const theta = angle(g, chord, across);
    const sine = g.op("Mul", [g.op("Mul", [chord, across], {}, "chord_across"), g.f32(0.5)], {}, "sine");
    const inverseSine = g.op(
      "Where",
      [g.op("Greater", [sine, g.f32(0)], {}, "has_direction"), g.op("Reciprocal", [g.op("Max", [sine, g.f32(1e-30)], {}, "sine_safe")], {}, "inverse"), g.f32(0)],
      {},
      "inverse_sine"
    );
    return { diff, theta, inverseSine, halfSqChord: g.op("Mul", [a2, g.f32(0.5)], {}, "half_sq_chord") };
  });
}
function angle(g, chord, across) {
  return g.scope("angle", () => {
    const steep = g.op("Greater", [chord, across], {}, "steep");
    const num = g.op("Where", [steep, across, chord], {}, "numerator");
    const den = g.op("Max", [g.op("Where", [steep, chord, across], {}, "denominator"), g.f32(1e-30)], {}, "safe_denominator");
    const ratio = g.op("Div", [num, den], {}, "ratio");
    const t = g.webgpu ? polyAtan(g, ratio) : g.op("Atan", [ratio], {}, "atan");
    const twice = g.op("Mul", [t, g.f32(2)], {}, "twice");
    return g.op("Where", [steep, g.op("Sub", [g.f32(Math.PI), twice], {}, "pi_minus"), twice], {}, "theta");
  });
}
function sortedTargets(g, index) {
  return g.memo(`sortedTargets|${index}`, () => {
    const count = g.op("Shape", [index], {}, "count");
    const [sorted, order] = g.opN("TopK", [index, count], ["sorted_index", "order"], { axis: 0, largest: 0, sorted: 1 });
    const paddedOrder = g.op("Concat", [g.i64([0]), order], { axis: 0 }, "padded_order");
    const positions = g.op("Range", [g.i64([0], []), g.op("Squeeze", [count, g.i64([0])], {}, "n"), g.i64([1], [])], {}, "positions");
    const next = g.op("Concat", [g.op("Slice", [sorted, g.i64([1]), g.i64([INT64_MAX]), g.i64([0])], {}, "next_index"), g.i64([-1])], { axis: 0 }, "next_or_end");
    const runEnd = g.op("Not", [g.op("Equal", [sorted, next], {}, "same_as_next")], {}, "run_end");
    const targets = g.op("Compress", [sorted, runEnd], { axis: 0 }, "targets");
    const ends = g.op("Add", [g.op("Compress", [positions, runEnd], { axis: 0 }, "end_positions"), g.i64([1], [])], {}, "run_upper");
    const starts = g.op("Concat", [g.i64([0]), g.op("Slice", [ends, g.i64([0]), g.i64([-1]), g.i64([0])], {}, "previous_upper")], { axis: 0 }, "run_lower");
    const lengths = g.op("Sub", [ends, starts], {}, "run_lengths");
    const zeros = g.op("ConstantOfShape", [count], { value: { tensor: { dataType: 7, dims: [1], rawData: new Uint8Array(8) } } }, "zero_counts");
    const degree = g.op("ScatterND", [zeros, g.op("Unsqueeze", [targets, g.i64([1])], {}, "target_rows"), lengths], {}, "in_degree");
    const upper = g.op("CumSum", [degree, g.i64([0], [])], {}, "upper");
    return { order, paddedOrder, sorted, lower: g.op("Sub", [upper, degree], {}, "lower"), upper };
  });
}
function runSums(g, t, paddedPrefix, local) {
  const upper = g.op("Gather", [paddedPrefix, t.upper], { axis: 0 }, `${local}_upper`);
  const lower = g.op("Gather", [paddedPrefix, t.lower], { axis: 0 }, `${local}_lower`);
  return g.op("Sub", [upper, lower], {}, local);
}
function angleGrad(g, unit, index, scale) {
  const p = parts(g, unit, index);
  const t = sortedTargets(g, index);
  const s = p.inverseSine;
  const rowCoeff = g.op("Gather", [s, t.order], { axis: 0 }, "sorted_inverse_sine");
  const paddedCoeff = g.op("Concat", [g.f32Zeros([1]), rowCoeff], { axis: 0 }, "padded_coefficient");
  const sortedRows = g.op("Mul", [g.op("Gather", [p.diff, t.paddedOrder], { axis: 0 }, "sorted_differences"), column(g, paddedCoeff)], {}, "sorted_terms");
  const prefix = g.op("CumSum", [sortedRows, g.i64([0], [])], {}, "prefix");
  let incoming = runSums(g, t, prefix, "incoming");
  if (scale !== null) incoming = g.op("Mul", [incoming, column(g, scale)], {}, "scaled_incoming");
  const sh = g.op("Mul", [s, p.halfSqChord], {}, "radial");
  const sortedSh = g.op("Gather", [sh, t.order], { axis: 0 }, "sorted_radial");
  const shPrefix = g.op("CumSum", [g.op("Concat", [g.f32Zeros([1]), sortedSh], { axis: 0 }, "padded_radial"), g.i64([0], [])], {}, "radial_prefix");
  let unitCoeff = g.op("Add", [sh, runSums(g, t, shPrefix, "incoming_radial")], {}, "unit_coefficient");
  let ownCoeff = s;
  if (scale !== null) {
    unitCoeff = g.op("Mul", [unitCoeff, scale], {}, "scaled_unit_coefficient");
    ownCoeff = g.op("Mul", [s, scale], {}, "scaled_inverse_sine");
  }
  const own = g.op("Mul", [p.diff, column(g, ownCoeff)], {}, "own");
  const radial = g.op("Mul", [unit.name, column(g, unitCoeff)], {}, "radial_rows");
  return g.op("Sub", [g.op("Sub", [own, radial], {}, "own_tangent"), incoming], {}, "grad");
}
var pairAngles = {
  infer([unit, index]) {
    const [n, d] = dims2(unit, "pairAngles");
    if (dims1(index, "pairAngles") !== n) throw shapeError("pairAngles", "index length differs from the row count");
    return [
      { shape: [n], kind: "float" },
      { shape: [n, d], kind: "float" }
    ];
  },
  lower(g, [unit, index], _attrs, used) {
    const idx = asIndex(g, index);
    const theta = parts(g, unit, idx).theta;
    return [theta, used.has(1) ? angleGrad(g, unit, idx, null) : ""];
  }
};
var pairAnglesGrad = {
  infer([unit, index, norms]) {
    const [n, d] = dims2(unit, "pairAnglesGrad");
    if (dims1(index, "pairAnglesGrad") !== n || dims1(norms, "pairAnglesGrad") !== n) {
      throw shapeError("pairAnglesGrad", "index and norms must have one entry per row");
    }
    return [{ shape: [n, d], kind: "float" }];
  },
  lower(g, [unit, index, norms]) {
    const scale = g.op("Reciprocal", [norms.name], {}, "inverse_norms");
    return [angleGrad(g, unit, asIndex(g, index), scale)];
  }
};
function rowBlocks(g, spec, write) {
  const { rows, n, d, size, positions } = spec;
  const count = Math.floor(n / size);
  const full = count * size;
  const slice = (x, from, to, local) => from === 0 && to === n ? x : g.op("Slice", [x, g.i64([from]), g.i64([to]), g.i64([0])], {}, local);
  const blocks = g.op("Reshape", [slice(rows, 0, full, "head_rows"), g.i64([count, size, d])], {}, "row_blocks");
  const scanInputs = [blocks];
  if (positions !== void 0) scanInputs.push(g.op("Reshape", [slice(positions, 0, full, "head_positions"), g.i64([count, size])], {}, "position_blocks"));
  const body = g.sub();
  const blockRows = body.fresh("block_rows");
  const blockPositions = positions === void 0 ? void 0 : body.fresh("block_positions");
  const results = write(body, blockRows, blockPositions);
  const info = (name, type, dims) => ({ name, type: { tensorType: { elemType: type, shape: { dim: dims.map((v) => ({ dimValue: v })) } } } });
  body.inputs.push(info(blockRows, DataType.FLOAT, [size, d]));
  if (blockPositions !== void 0) body.inputs.push(info(blockPositions, DataType.INT64, [size]));
  results.forEach((r, i) => body.outputs.push(info(r, spec.outputs[i].type, [size, ...spec.outputs[i].trailing])));
  const stacked = g.opN("Scan", scanInputs, spec.outputs.map((_, i) => `block_results_${i}`), {
    num_scan_inputs: scanInputs.length,
    body: { graph: body.graph("row_block", "", false) }
  });
  const head = stacked.map((s, i) => g.op("Reshape", [s, g.i64([full, ...spec.outputs[i].trailing])], {}, `head_results_${i}`));
  if (full === n) return head;
  const tail = write(g, slice(rows, full, n, "tail_rows"), positions === void 0 ? void 0 : slice(positions, full, n, "tail_positions"));
  return head.map((h, i) => g.op("Concat", [h, tail[i]], { axis: 0 }, `results_${i}`));
}
function block(g, a, b, self, s, halfSpace) {
  const terms = (chord, tag) => {
    const d2 = floatReduce(g, "ReduceSumSquare", chord, [2], 0, `${tag}_sq_chord`);
    let value;
    let slope;
    if (s > 0) {
      value = g.op("Pow", [d2, g.f32(-s / 2)], {}, `${tag}_energy`);
      slope = g.op("Mul", [g.op("Pow", [d2, g.f32(-s / 2 - 1)], {}, `${tag}_pow`), g.f32(-s / 2)], {}, `${tag}_slope`);
    } else {
      value = g.op("Mul", [g.op("Log", [d2], {}, `${tag}_log`), g.f32(-0.5)], {}, `${tag}_energy`);
      slope = g.op("Div", [g.f32(-0.5), d2], {}, `${tag}_slope`);
    }
    const zero = g.f32(0);
    value = g.op("Where", [self, zero, value], {}, `${tag}_energy_off_diagonal`);
    slope = g.op("Where", [self, zero, slope], {}, `${tag}_slope_off_diagonal`);
    const weighted = g.op("Mul", [g.op("Unsqueeze", [slope, g.i64([2])], {}, `${tag}_slope3`), chord], {}, `${tag}_weighted`);
    const grad = g.op("Mul", [floatReduce(g, "ReduceSum", weighted, [1], 0, `${tag}_pull`), g.f32(4)], {}, `${tag}_grad`);
    return { value, grad };
  };
  const near = terms(g.op("Sub", [a, b], {}, "differences"), "near");
  if (!halfSpace) return near;
  const far = terms(g.op("Add", [a, b], {}, "sums"), "far");
  return { value: g.op("Add", [near.value, far.value], {}, "energy_terms"), grad: g.op("Add", [near.grad, far.grad], {}, "grad") };
}
function wideSum(g, x) {
  const total = reduceSum(g, g.op("Cast", [x], { to: DataType.DOUBLE }, "terms_f64"), null, 0, "energy_f64");
  return g.op("Cast", [total], { to: DataType.FLOAT }, "energy");
}
var pairEnergy = {
  infer([unit]) {
    const [n, d] = dims2(unit, "pairEnergy");
    return [
      { shape: [], kind: "float" },
      { shape: [n, d], kind: "float" }
    ];
  },
  lower(g, [unit], { s, halfSpace }) {
    const u = unit.name;
    const [n, d] = unit.shape;
    const all = g.op("Unsqueeze", [u, g.i64([0])], {}, "all_rows");
    const count = g.op("Gather", [g.op("Shape", [u], {}, "shape"), g.i64([0], [])], { axis: 0 }, "count");
    const positions = g.op("Range", [g.i64([0], []), count, g.i64([1], [])], {}, "positions");
    const rowsBlock = (b, rows, at2) => {
      const each = b.op("Unsqueeze", [rows, b.i64([1])], {}, "each_row");
      const column2 = b.op("Unsqueeze", [at2, b.i64([1])], {}, "row_positions");
      const self2 = b.op("Equal", [column2, b.op("Unsqueeze", [positions, b.i64([0])], {}, "column_positions")], {}, "self");
      return block(b, each, all, self2, s, halfSpace);
    };
    if (g.isStatic(n) && n * n * d <= g.broadcastLimit) {
      const out2 = rowsBlock(g, u, positions);
      return [wideSum(g, out2.value), out2.grad];
    }
    if (g.isStatic(n) && g.webgpu) {
      const size = Math.max(1, Math.floor(g.broadcastLimit / (n * d)));
      const outputs = [{ trailing: [], type: DataType.DOUBLE }, { trailing: [d], type: DataType.FLOAT }];
      const [energies2, grad2] = rowBlocks(g, { rows: u, n, d, size, positions, outputs }, (b, rows, at2) => {
        const out2 = rowsBlock(b, rows, at2);
        const wide = b.op("Cast", [out2.value], { to: DataType.DOUBLE }, "terms_f64");
        return [reduceSum(b, wide, [1], 0, "row_energy_f64"), out2.grad];
      });
      return [g.op("Cast", [reduceSum(g, energies2, null, 0, "energy_f64")], { to: DataType.FLOAT }, "energy"), grad2];
    }
    const body = g.sub();
    const row = body.fresh("row");
    const at = body.fresh("row_index");
    const rowsA = body.op("Unsqueeze", [row, body.i64([0, 1])], {}, "this_row");
    const self = body.op("Unsqueeze", [body.op("Equal", [positions, at], {}, "is_self"), body.i64([0])], {}, "self");
    const out = block(body, rowsA, all, self, s, halfSpace);
    const rowEnergy = body.op("Cast", [floatReduce(body, "ReduceSum", out.value, [1], 0, "row_energy")], { to: DataType.DOUBLE }, "row_energy_f64");
    const rowGrad = body.op("Squeeze", [out.grad, body.i64([0])], {}, "row_grad");
    body.inputs.push(body.valueInfo(row, "float", [d]), { name: at, type: { tensorType: { elemType: DataType.INT64, shape: { dim: [] } } } });
    body.outputs.push({ name: rowEnergy, type: { tensorType: { elemType: DataType.DOUBLE, shape: { dim: [{ dimValue: 1 }] } } } }, body.valueInfo(rowGrad, "float", [d]));
    const [energies, grad] = g.opN("Scan", [u, positions], ["row_energies", "grad"], { num_scan_inputs: 2, body: { graph: body.graph("pair_energy_row", "", false) } });
    const total = reduceSum(g, energies, null, 0, "energy_f64");
    return [g.op("Cast", [total], { to: DataType.FLOAT }, "energy"), grad];
  }
};
var rowDot = {
  infer([a, b]) {
    const [n, d] = dims2(a, "rowDot");
    const [n2, d2] = dims2(b, "rowDot");
    if (n !== n2 || d !== d2) throw shapeError("rowDot", `shapes [${n}, ${d}] and [${n2}, ${d2}] differ`);
    return [{ shape: [n], kind: "float" }];
  },
  lower(g, [a, b]) {
    if (a.name === b.name) return [floatReduce(g, "ReduceSumSquare", a.name, [1], 0, "sq_norm")];
    return [floatReduce(g, "ReduceSum", g.op("Mul", [a.name, b.name], {}, "products"), [1], 0, "dot")];
  }
};
var rowMax = {
  infer([c]) {
    const n = square(c, "rowMax");
    return [
      { shape: [n], kind: "float" },
      { shape: [n], kind: "index" }
    ];
  },
  lower(g, [c], { rule }) {
    const diag = diagonalMask(g, c.name);
    const replacement = rule === "exclude" ? g.f32(-Infinity) : g.op("Neg", [c.name], {}, "negated");
    const masked = g.op("Where", [diag, replacement, c.name], {}, "candidates");
    const max = floatReduce(g, "ReduceMax", masked, [1], 0, "max");
    return [max, firstArgMax(g, masked, max)];
  }
};
var rowSum = {
  infer([a]) {
    const [n] = dims2(a, "rowSum");
    return [{ shape: [n], kind: "float" }];
  },
  lower(g, [a]) {
    return [floatReduce(g, "ReduceSum", a.name, [1], 0, "row_sum")];
  }
};
var INT64_MAX2 = Number.MAX_SAFE_INTEGER;
var scatterAddRows = {
  infer([a, index], { rows }) {
    const [k, d] = dims2(a, "scatterAddRows");
    if (dims1(index, "scatterAddRows") !== k) throw shapeError("scatterAddRows", "index length differs from the row count");
    return [{ shape: [rows, d], kind: "float" }];
  },
  lower(g, [a, index], { rows }) {
    const d = a.shape[1];
    const idx = asIndex(g, index);
    const count = g.op("Shape", [idx], {}, "count");
    const [sorted, order] = g.opN("TopK", [idx, count], ["sorted_index", "order"], { axis: 0, largest: 0, sorted: 1 });
    const rowsF64 = g.op("Cast", [g.op("Gather", [a.name, order], { axis: 0 }, "sorted_rows")], { to: DataType.DOUBLE }, "sorted_rows_f64");
    const running = g.op("CumSum", [rowsF64, g.i64([0], [])], {}, "running_sum");
    const next = g.op("Concat", [g.op("Slice", [sorted, g.i64([1]), g.i64([INT64_MAX2]), g.i64([0])], {}, "next_index"), g.i64([-1])], { axis: 0 }, "next_or_end");
    const runEnd = g.op("Not", [g.op("Equal", [sorted, next], {}, "same_as_next")], {}, "run_end");
    const endSums = g.op("Compress", [running, runEnd], { axis: 0 }, "run_end_sums");
    const targets = g.op("Compress", [sorted, runEnd], { axis: 0 }, "targets");
    const before = g.op("Concat", [g.f64Zeros([1, d]), g.op("Slice", [endSums, g.i64([0]), g.i64([-1]), g.i64([0])], {}, "previous_ends")], { axis: 0 }, "run_start_sums");
    const totals = g.op("Sub", [endSums, before], {}, "run_totals");
    const zeros = g.op("ConstantOfShape", [g.op("Concat", [g.dim(rows), g.i64([d])], { axis: 0 }, "out_shape")], { value: { tensor: { dataType: DataType.DOUBLE, dims: [1], rawData: new Uint8Array(8) } } }, "zeros");
    const scattered = g.op("ScatterND", [zeros, g.op("Unsqueeze", [targets, g.i64([1])], {}, "target_rows"), totals], {}, "scattered");
    return [g.op("Cast", [scattered], { to: DataType.FLOAT }, "sum")];
  }
};
var selfMask = {
  infer([index]) {
    return [{ shape: [dims1(index, "selfMask")], kind: "float" }];
  },
  lower(g, [index]) {
    const idx = asIndex(g, index);
    const count = g.op("Squeeze", [g.op("Shape", [idx], {}, "shape"), g.i64([0])], {}, "count");
    const positions = g.op("Range", [g.i64([0], []), count, g.i64([1], [])], {}, "positions");
    return [g.op("Cast", [g.op("Equal", [idx, positions], {}, "is_self")], { to: DataType.FLOAT }, "mask")];
  }
};
function rawBytes(n, bytes, write) {
  const out = new Uint8Array(n * bytes);
  const view = new DataView(out.buffer);
  for (let i = 0; i < n; i++) write(view, i);
  return out;
}
function floatTensor(name, values, dims) {
  const rawData = rawBytes(values.length, 4, (v, i) => v.setFloat32(i * 4, values[i], true));
  return { name, dataType: DataType.FLOAT, dims: [...dims], rawData };
}
function doubleTensor(name, values, dims) {
  const rawData = rawBytes(values.length, 8, (v, i) => v.setFloat64(i * 8, values[i], true));
  return { name, dataType: DataType.DOUBLE, dims: [...dims], rawData };
}
function int64Tensor(name, values, dims) {
  const rawData = rawBytes(values.length, 8, (v, i) => v.setBigInt64(i * 8, BigInt(values[i]), true));
  return { name, dataType: DataType.INT64, dims: [...dims], rawData };
}
function elemType(kind) {
  return kind === "index" ? DataType.INT64 : DataType.FLOAT;
}
var FORMS = [
  ["n", (n) => n],
  ["1/n", (n) => 1 / n],
  ["1/(n(n-1))", (n) => 1 / (n * (n - 1))]
];
var FACTORS = [1, -1, 2, -2, 0.5, -0.5, 4, -4];
function matchRowsForm(value, sentinel) {
  for (const [form, f] of FORMS) {
    const base = f(sentinel);
    for (const factor of FACTORS) if (value === factor * base) return { form, factor };
  }
  return null;
}
var AT = { FLOAT: 1, INT: 2, TENSOR: 4, GRAPH: 5, INTS: 7 };
function attribute(name, v) {
  if (typeof v === "number") return { name, type: AT.INT, i: v };
  if (Array.isArray(v)) return { name, type: AT.INTS, ints: [...v] };
  const o = v;
  if (o.float !== void 0) return { name, type: AT.FLOAT, f: o.float };
  if (o.tensor !== void 0) return { name, type: AT.TENSOR, t: o.tensor };
  return { name, type: AT.GRAPH, g: o.graph ?? null };
}
var BROADCAST_LIMIT = 1 << 22;
var GraphBuilder = class _GraphBuilder {
  /**
   * @param prefix - the first component of every name, for example the loss name.
   * @param options - symbolic row count, WebGPU forms, broadcast limit.
   */
  constructor(prefix, options = {}, shared) {
    __publicField(this, "nodes", []);
    __publicField(this, "inputs", []);
    __publicField(this, "outputs", []);
    __publicField(this, "shared");
    __publicField(this, "scopes", []);
    var _a2;
    this.shared = shared ?? {
      used: /* @__PURE__ */ new Map(),
      memo: /* @__PURE__ */ new Map(),
      initializers: [],
      constants: /* @__PURE__ */ new Map(),
      prefix,
      symbolic: options.symbolic,
      webgpu: options.webgpu ?? false,
      broadcastLimit: options.broadcastLimit ?? BROADCAST_LIMIT
    };
    (_a2 = this.shared).root ?? (_a2.root = this);
  }
  /** The initializers (constants) of the root graph. */
  get initializers() {
    return this.shared.initializers;
  }
  /** The symbolic-row setting, if the row count is symbolic. */
  get symbolic() {
    return this.shared.symbolic;
  }
  /** True when writing the forms ONNX Runtime's WebGPU execution provider computes correctly. */
  get webgpu() {
    return this.shared.webgpu;
  }
  /** Largest `[n, m, d]` difference tensor built at once. */
  get broadcastLimit() {
    return this.shared.broadcastLimit;
  }
  /** A builder for a subgraph whose nodes may read this graph's values by name. */
  sub() {
    const b = new _GraphBuilder(this.shared.prefix, {}, this.shared);
    b.scopes.push(...this.scopes);
    return b;
  }
  /**
   * The value `make` returns, made once per `key` and graph: lowerings that share
   * intermediate results (the partner rows and chords of `pairAngles` and
   * `pairAnglesGrad`) write their nodes once.
   */
  memo(key, make) {
    if (this.shared.memo.has(key)) return this.shared.memo.get(key);
    const made = make();
    this.shared.memo.set(key, made);
    return made;
  }
  /**
   * An `If` node: `cond` (a bool scalar) picks which branch computes the outputs. Each
   * branch writes its nodes through a sub-builder (it may read this graph's values by name)
   * and returns one value per output; `outputs` gives each output's local name, kind and shape.
   */
  ifElse(cond, outputs, thenBranch, elseBranch) {
    const names = outputs.map((o) => this.fresh(o.local));
    const branch = (write, label) => {
      const b = this.sub();
      const values = write(b);
      values.forEach((v, i) => {
        const own = b.nodes.some((node) => {
          var _a2;
          return (_a2 = node.output) == null ? void 0 : _a2.includes(v);
        });
        const out = own ? v : b.op("Identity", [v], {}, `${label}_${outputs[i].local}`);
        b.outputs.push(b.valueInfo(out, outputs[i].kind, outputs[i].shape));
      });
      return b.graph(label, "", false);
    };
    const attrs = { then_branch: { graph: branch(thenBranch, "then") }, else_branch: { graph: branch(elseBranch, "else") } };
    this.nodes.push({ name: names[0], opType: "If", input: [cond], output: names, attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)) });
    return names;
  }
  /** A name not used before, under the current scope. */
  fresh(local) {
    const base = [this.shared.prefix, ...this.scopes, local].join("/");
    const k = this.shared.used.get(base) ?? 0;
    this.shared.used.set(base, k + 1);
    return k === 0 ? base : `${base}_${k}`;
  }
  /** Run `fn` with `name` (made unique) appended to the scope of every name it creates. */
  scope(name, fn) {
    const full = this.fresh(name);
    this.scopes.push(full.slice(full.lastIndexOf("/") + 1));
    try {
      return fn();
    } finally {
      this.scopes.pop();
    }
  }
  /** Append a node with one output named `local` (default: the op type, lower case). */
  op(opType, inputs, attrs = {}, local) {
    return this.opN(opType, inputs, [local ?? opType.toLowerCase()], attrs)[0];
  }
  /** Append a node with several outputs, named by `locals`. */
  opN(opType, inputs, locals, attrs = {}) {
    const output = locals.map((l) => this.fresh(l));
    this.nodes.push({
      name: output[0],
      opType,
      input: [...inputs],
      output,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v))
    });
    return output;
  }
  constant(key, make) {
    const have = this.shared.constants.get(key);
    if (have !== void 0) return have;
    const name = `${this.shared.prefix}/const/${key}`;
    this.shared.initializers.push(make(name));
    this.shared.constants.set(key, name);
    return name;
  }
  /**
   * A float scalar. With a symbolic row count, a value that is a function of the traced
   * row count (`-1/n`, `1/(n(n-1))`, ...) is computed from the runtime row count instead.
   */
  f32(value) {
    const sym = this.shared.symbolic;
    const form = sym ? matchRowsForm(value, sym.sentinel) : null;
    if (form) return this.rowsExpression(form);
    return this.constant(`f32_${String(value)}`, (name) => floatTensor(name, [value], []));
  }
  /** A double scalar (never symbolic: float64 constants are eps values, not row counts). */
  f64(value) {
    return this.constant(`f64_${String(value)}`, (name) => doubleTensor(name, [value], []));
  }
  /** An int64 constant (scalar when `dims` is `[]`). */
  i64(values, dims = [values.length]) {
    return this.constant(`i64_${values.join("_")}${dims.length === 0 ? "_scalar" : ""}`, (name) => int64Tensor(name, values, dims));
  }
  /** A float constant filled with zeros. */
  f32Zeros(dims) {
    const size = dims.reduce((p, s) => p * s, 1);
    return this.constant(`f32_zeros_${dims.join("x")}`, (name) => floatTensor(name, new Float32Array(size), dims));
  }
  /** A double constant filled with zeros. */
  f64Zeros(dims) {
    const size = dims.reduce((p, s) => p * s, 1);
    return this.constant(`f64_zeros_${dims.join("x")}`, (name) => doubleTensor(name, new Float64Array(size), dims));
  }
  /** True unless `dim` is the symbolic row count. */
  isStatic(dim) {
    var _a2;
    return ((_a2 = this.shared.symbolic) == null ? void 0 : _a2.sentinel) !== dim;
  }
  /** An int64 `[1]` tensor holding `dim` (the runtime row count when it is symbolic). */
  dim(dim) {
    return this.isStatic(dim) ? this.i64([dim]) : this.rowsDim();
  }
  /** A shape dimension for a value-info: a number, or the symbolic dimension's name. */
  dimProto(dim) {
    const sym = this.shared.symbolic;
    return sym && sym.sentinel === dim ? { dimParam: sym.param } : { dimValue: dim };
  }
  rowsDim() {
    const key = "rows/dim";
    const have = this.shared.constants.get(key);
    if (have !== void 0) return have;
    const sym = this.shared.symbolic;
    const shape = this.rootOp("Shape", [sym.input], "rows/shape");
    const name = this.rootOp("Gather", [shape, this.i64([0])], "rows/N", { axis: 0 });
    this.shared.constants.set(key, name);
    return name;
  }
  rowsExpression(form) {
    const key = `rows/${form.form}*${form.factor}`;
    const have = this.shared.constants.get(key);
    if (have !== void 0) return have;
    let n = this.shared.constants.get("rows/N_float");
    if (n === void 0) {
      const scalar = this.rootOp("Squeeze", [this.rowsDim(), this.i64([0])], "rows/N_scalar");
      n = this.rootOp("Cast", [scalar], "rows/N_float", { to: DataType.FLOAT });
      this.shared.constants.set("rows/N_float", n);
    }
    let v;
    if (form.form === "n") v = n;
    else if (form.form === "1/n") v = this.rootOp("Reciprocal", [n], "rows/inv_N");
    else v = this.rootOp("Reciprocal", [this.rootOp("Mul", [n, this.rootOp("Sub", [n, this.f32(1)], "rows/N_minus_1")], "rows/pairs")], "rows/inv_pairs");
    if (form.factor !== 1) v = this.rootOp("Mul", [v, this.f32(form.factor)], `rows/${form.factor}_times`);
    this.shared.constants.set(key, v);
    return v;
  }
  /** A node outside any scope (row-count expressions are shared by the whole graph). */
  rootOp(opType, inputs, local, attrs = {}) {
    const root = this.shared.root;
    const saved = root.scopes.splice(0);
    try {
      return root.op(opType, inputs, attrs, local);
    } finally {
      root.scopes.push(...saved);
    }
  }
  /** Declare a graph input. */
  addInput(name, kind, shape) {
    this.inputs.push(this.valueInfo(name, kind, shape));
  }
  /** Declare a graph output. */
  addOutput(name, kind, shape) {
    this.outputs.push(this.valueInfo(name, kind, shape));
  }
  /** A value-info (name, element type, shape) for a graph input or output. */
  valueInfo(name, kind, shape) {
    return { name, type: { tensorType: { elemType: elemType(kind), shape: { dim: shape.map((d) => this.dimProto(d)) } } } };
  }
  /** The finished graph (a subgraph builder's graph carries no initializers of its own). */
  graph(name, docString = "", root = true) {
    if (root && this.nodes.length === 0) throw new MMARegError("BACKEND", "internal: an ONNX graph without nodes");
    return {
      name,
      docString,
      node: this.nodes,
      input: this.inputs,
      output: this.outputs,
      initializer: root ? [...this.shared.initializers] : []
    };
  }
};
function block2(g, rows, others) {
  const diff = g.op("Sub", [g.op("Unsqueeze", [rows, g.i64([1])], {}, "a_rows"), g.op("Unsqueeze", [others, g.i64([0])], {}, "b_rows")], {}, "differences");
  return floatReduce(g, "ReduceSumSquare", diff, [2], 0, "sq_dist");
}
var sqDist = {
  infer([a, b]) {
    const [n, d] = dims2(a, "sqDist");
    const [m, d2] = dims2(b, "sqDist");
    if (d !== d2) throw shapeError("sqDist", `row lengths differ (${d} vs ${d2})`);
    return [{ shape: [n, m], kind: "float" }];
  },
  lower(g, [a, b]) {
    const x = asFloat(g, a);
    const y = asFloat(g, b);
    const [n, d] = a.shape;
    const m = b.shape[0];
    const fixed = g.isStatic(n) && g.isStatic(m);
    if (fixed && n * m * d <= g.broadcastLimit) return [block2(g, x, y)];
    if (fixed && g.webgpu) {
      const size = Math.max(1, Math.floor(g.broadcastLimit / (m * d)));
      return rowBlocks(g, { rows: x, n, d, size, outputs: [{ trailing: [m], type: DataType.FLOAT }] }, (body2, rows) => [block2(body2, rows, y)]);
    }
    const body = g.sub();
    const row = body.fresh("row");
    const dist = floatReduce(body, "ReduceSumSquare", body.op("Sub", [y, row], {}, "row_differences"), [1], 0, "row_sq_dist");
    body.inputs.push({ name: row, type: { tensorType: { elemType: DataType.FLOAT, shape: { dim: [{ dimValue: d }] } } } });
    body.outputs.push({ name: dist, type: { tensorType: { elemType: DataType.FLOAT, shape: { dim: [body.dimProto(m)] } } } });
    return [g.op("Scan", [x], { num_scan_inputs: 1, body: { graph: body.graph("sq_dist_row", "", false) } }, "sq_dist")];
  }
};
var sum = {
  infer() {
    return [{ shape: [], kind: "float" }];
  },
  lower(g, [a]) {
    const wide = g.op("Cast", [asFloat(g, a)], { to: DataType.DOUBLE }, "values_f64");
    return [g.op("Cast", [reduceSum(g, wide, null, 0, "sum_f64")], { to: DataType.FLOAT }, "sum")];
  }
};
var ONNX_UNARY = {
  neg: "Neg",
  abs: "Abs",
  sqrt: "Sqrt",
  square: null,
  // x * x: exact like the CPU backend's, where Pow(x, 2) need not be
  reciprocal: "Reciprocal",
  acos: "Acos",
  log: "Log",
  exp: "Exp"
};
var unary = {
  infer([a], { op }) {
    if (!Object.hasOwn(ONNX_UNARY, op)) {
      throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: "onnx" });
    }
    return [{ shape: a.shape, kind: "float" }];
  },
  lower(g, [a], { op }) {
    const x = asFloat(g, a);
    const onnxOp = ONNX_UNARY[op];
    if (op === "acos" && g.webgpu) return [polyAcos(g, x)];
    return [onnxOp === null ? g.op("Mul", [x, x], {}, "square") : g.op(onnxOp, [x], {}, op)];
  }
};
var OPS = {
  addDiagonal,
  binary,
  fillDiagonal,
  gatherRows,
  gram,
  matmul,
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
  unary
};
function attrText(attrs) {
  return Object.entries(attrs).map(([k, v]) => `${k}=${typeof v === "number" ? String(v) : JSON.stringify(v)}`).join(",");
}
function planTrace(outputs) {
  const ids = /* @__PURE__ */ new Map();
  const nodes = [];
  const leaves = [];
  const inputNames = /* @__PURE__ */ new Map();
  const parts2 = [];
  const counts = { float: 0, index: 0 };
  for (const out of outputs) {
    const stack = [[out.tensor.node, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, next] = top;
      if (ids.has(node)) {
        stack.pop();
        continue;
      }
      if (next < node.inputs.length) {
        top[1] = next + 1;
        const child = node.inputs[next].node;
        if (!ids.has(child)) stack.push([child, 0]);
        continue;
      }
      stack.pop();
      const id = nodes.length;
      ids.set(node, id);
      nodes.push(node);
      if (node.op === "data" || node.op === "placeholder") {
        const kind = node.data instanceof BigInt64Array ? "index" : "float";
        let name = node.label;
        if (name === void 0) {
          const k = counts[kind]++;
          name = `${kind === "float" ? "W" : "index"}${k === 0 ? "" : `_${k}`}`;
        }
        leaves.push(node);
        inputNames.set(node, name);
        parts2.push(`${id}=${node.op}:${name}`);
      } else {
        parts2.push(`${id}=${node.op}(${node.inputs.map((t) => `${ids.get(t.node)}.${t.output}`).join(",")}){${attrText(node.attrs)}}`);
      }
    }
  }
  const shapes = leaves.map((l) => `${inputNames.get(l)}:${leafShape(l).join("x")}`);
  const outs = outputs.map((o) => `${o.name}<-${ids.get(o.tensor.node)}.${o.tensor.output}`);
  return { nodes, leaves, inputNames, key: `${parts2.join(";")}|${shapes.join(";")}|${outs.join(";")}` };
}
function leafShape(node) {
  if (!node.shape) throw new MMARegError("BACKEND", "internal: a graph input without a shape", { backend: "onnx" });
  return node.shape;
}
function emitGraph(plan, outputs, options) {
  const g = new GraphBuilder(options.prefix, { symbolic: options.symbolic, webgpu: options.webgpu, broadcastLimit: options.broadcastLimit });
  const lowered = /* @__PURE__ */ new Map();
  const valueOf = (t) => {
    var _a2;
    const v = (_a2 = lowered.get(t.node)) == null ? void 0 : _a2[t.output];
    if (!v) throw new MMARegError("BACKEND", "internal: a node was lowered before its inputs", { backend: "onnx" });
    return v;
  };
  const used = /* @__PURE__ */ new Map();
  const readers = /* @__PURE__ */ new Map();
  const use = (t, reader) => {
    const set = used.get(t.node) ?? /* @__PURE__ */ new Set();
    set.add(t.output);
    used.set(t.node, set);
    const byOutput = readers.get(t.node) ?? /* @__PURE__ */ new Map();
    byOutput.set(t.output, [...byOutput.get(t.output) ?? [], reader]);
    readers.set(t.node, byOutput);
  };
  for (const node of plan.nodes) node.inputs.forEach((t) => use(t, node.op));
  outputs.forEach((o) => use(o.tensor, "output"));
  for (const node of plan.nodes) {
    if (node.op === "data" || node.op === "placeholder") {
      const name = plan.inputNames.get(node);
      const kind = node.data instanceof BigInt64Array ? "index" : "float";
      const shape = leafShape(node);
      g.addInput(name, kind, shape);
      lowered.set(node, [{ name, shape, kind }]);
      continue;
    }
    const def = OPS[node.op];
    if (!def) throw new MMARegError("BACKEND", `internal: no ONNX lowering for ${node.op}`, { backend: "onnx" });
    const inputs = node.inputs.map(valueOf);
    const specs = def.infer(node.inputs, node.attrs);
    const names = g.scope(node.op, () => def.lower(g, inputs, node.attrs, used.get(node) ?? /* @__PURE__ */ new Set(), (i) => {
      var _a2;
      return ((_a2 = readers.get(node)) == null ? void 0 : _a2.get(i)) ?? [];
    }));
    lowered.set(
      node,
      names.map((name, i) => ({ name, shape: specs[i].shape, kind: specs[i].kind }))
    );
  }
  for (const out of outputs) {
    const v = valueOf(out.tensor);
    g.nodes.push({ name: `${options.prefix}/output/${out.name}`, opType: "Identity", input: [v.name], output: [out.name] });
    g.addOutput(out.name, v.kind, v.shape);
  }
  return g.graph(options.graphName, options.docString ?? "");
}
var utf8 = new TextEncoder();
var Writer = class _Writer {
  constructor() {
    __publicField(this, "buf", new Uint8Array(256));
    __publicField(this, "pos", 0);
  }
  reserve(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  /** An unsigned varint of a non-negative safe integer. */
  uvarint(v) {
    this.reserve(10);
    while (v > 127) {
      this.buf[this.pos++] = v % 128 | 128;
      v = Math.floor(v / 128);
    }
    this.buf[this.pos++] = v;
  }
  /** A signed int64 as a varint (negative values take ten bytes, two's complement). */
  varint(v) {
    if (v >= 0) return this.uvarint(v);
    let lo = v % 4294967296 >>> 0;
    let hi = Math.floor(v / 4294967296) >>> 0;
    this.reserve(10);
    for (let i = 0; i < 9; i++) {
      this.buf[this.pos++] = lo & 127 | 128;
      lo = (lo >>> 7 | hi << 25) >>> 0;
      hi >>>= 7;
    }
    this.buf[this.pos++] = lo & 1;
  }
  tag(field, wire) {
    this.uvarint(field * 8 + wire);
  }
  int(field, v, always = false) {
    if (v === void 0 || v === null || v === 0 && !always) return;
    this.tag(field, 0);
    this.varint(v);
  }
  float(field, v) {
    if (v === void 0 || v === null) return;
    this.tag(field, 5);
    this.reserve(4);
    new DataView(this.buf.buffer).setFloat32(this.pos, v, true);
    this.pos += 4;
  }
  bytes(field, v, always = false) {
    if (!v || v.length === 0 && !always) return;
    this.tag(field, 2);
    this.uvarint(v.length);
    this.reserve(v.length);
    this.buf.set(v, this.pos);
    this.pos += v.length;
  }
  string(field, v) {
    if (v) this.bytes(field, utf8.encode(v));
  }
  /** A nested message, written by `write` into a fresh writer. */
  message(field, v, write) {
    if (v === void 0 || v === null) return;
    const inner = new _Writer();
    write(inner, v);
    this.tag(field, 2);
    const body = inner.finish();
    this.uvarint(body.length);
    this.reserve(body.length);
    this.buf.set(body, this.pos);
    this.pos += body.length;
  }
  /** Repeated integers, packed (proto3's default). */
  packed(field, vs) {
    if (!vs || vs.length === 0) return;
    const inner = new _Writer();
    for (const v of vs) inner.varint(v);
    this.bytes(field, inner.finish());
  }
  finish() {
    return this.buf.slice(0, this.pos);
  }
};
function writeTensor(w, t) {
  w.packed(1, t.dims);
  w.int(2, t.dataType);
  w.string(8, t.name);
  w.bytes(9, t.rawData);
}
function writeValueInfo(w, v) {
  var _a2;
  w.string(1, v.name);
  w.message(
    2,
    (_a2 = v.type) == null ? void 0 : _a2.tensorType,
    (tw, tensorType) => tw.message(1, tensorType, (ttw, tt) => {
      ttw.int(1, tt.elemType);
      ttw.message(2, tt.shape, (sw, shape) => {
        for (const d of shape.dim ?? []) {
          sw.message(1, d, (dw, dim) => {
            if (dim.dimParam) dw.string(2, dim.dimParam);
            else dw.int(1, dim.dimValue ?? 0, true);
          });
        }
      });
    })
  );
}
function writeAttribute(w, a) {
  w.string(1, a.name);
  if (a.type === 1) w.float(2, a.f ?? 0);
  w.int(3, a.i);
  w.message(5, a.t, writeTensor);
  w.message(6, a.g, writeGraph);
  w.packed(8, a.ints);
  w.int(20, a.type);
}
function writeNode(w, n) {
  for (const x of n.input ?? []) w.bytes(1, utf8.encode(x), true);
  for (const x of n.output ?? []) w.bytes(2, utf8.encode(x), true);
  w.string(3, n.name);
  w.string(4, n.opType);
  for (const a of n.attribute ?? []) w.message(5, a, writeAttribute);
}
function writeGraph(w, g) {
  for (const n of g.node ?? []) w.message(1, n, writeNode);
  w.string(2, g.name);
  for (const t of g.initializer ?? []) w.message(5, t, writeTensor);
  w.string(10, g.docString);
  for (const v of g.input ?? []) w.message(11, v, writeValueInfo);
  for (const v of g.output ?? []) w.message(12, v, writeValueInfo);
}
function encodeModelProto(m) {
  const w = new Writer();
  w.int(1, m.irVersion);
  w.string(2, m.producerName);
  w.string(6, m.docString);
  w.message(7, m.graph, writeGraph);
  for (const o of m.opsetImport ?? []) {
    w.message(8, o, (ow, op) => {
      ow.string(1, op.domain);
      ow.int(2, op.version);
    });
  }
  for (const p of m.metadataProps ?? []) {
    w.message(14, p, (pw, kv) => {
      pw.string(1, kv.key);
      pw.string(2, kv.value);
    });
  }
  return w.finish();
}
new TextDecoder("utf-8", { fatal: false });
function encodeModel(graph, meta = {}) {
  return encodeModelProto({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: "", version: OPSET }],
    producerName: "@mmareg/onnx",
    docString: meta.docString ?? "",
    graph,
    metadataProps: Object.entries(meta.metadata ?? {}).map(([key, value]) => ({ key, value }))
  });
}
var RUNTIME_PACKAGES = { web: "onnxruntime-web", node: "onnxruntime-node" };
function unwrap(mod) {
  const m = mod;
  return m.InferenceSession ? m : m.default;
}
async function importOrt(runtime = "web") {
  if (runtime === "web") return unwrap(await import("onnxruntime-web"));
  const specifier = RUNTIME_PACKAGES.node;
  return unwrap(await import(
    /* @vite-ignore */
    specifier
  ));
}
function isNodeRuntime(ort) {
  var _a2;
  return typeof ((_a2 = ort.env.versions) == null ? void 0 : _a2.node) === "string";
}
var SessionCache = class {
  /** @param capacity - the most sessions kept alive. */
  constructor(capacity) {
    __publicField(this, "capacity");
    __publicField(this, "entries", /* @__PURE__ */ new Map());
    __publicField(this, "created", 0);
    this.capacity = capacity;
  }
  /** The session for `key`, created with `make` on a miss. A failed creation is not cached. */
  get(key, make) {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    this.created++;
    this.entries.set(key, made);
    made.catch(() => this.entries.delete(key));
    while (this.entries.size > this.capacity) {
      const [oldest, session] = this.entries.entries().next().value;
      this.entries.delete(oldest);
      void session.then((s) => s.release()).catch(() => {
      });
    }
    return made;
  }
  /** Sessions alive now. */
  get size() {
    return this.entries.size;
  }
  /** Sessions created so far (cache misses). */
  get misses() {
    return this.created;
  }
  /** Release every session. */
  async clear() {
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map((p) => p.then((s) => s.release()).catch(() => {
    })));
  }
};
var TraceTensor = (_a = class {
  constructor(node, output, shape, kind) {
    __privateAdd(this, _node);
    __privateAdd(this, _output);
    /** Static shape (`[n, d]`, `[n]` or `[]`). */
    __publicField(this, "shape");
    __publicField(this, "kind");
    __privateSet(this, _node, node);
    __privateSet(this, _output, output);
    this.shape = shape;
    this.kind = kind;
  }
  /** The node this tensor is an output of (a `data` leaf once {@link TraceTensor.settle}d). */
  get node() {
    return __privateGet(this, _node);
  }
  /** Which output of the node. */
  get output() {
    return __privateGet(this, _output);
  }
  /**
   * Replace this tensor's history by its computed value: from now on it is a `data` leaf
   * (output 0) holding `data`, so graphs that use it feed it as an input instead of
   * recomputing it. Other outputs of the same node keep their history.
   */
  settle(data) {
    __privateSet(this, _node, { op: "data", inputs: [], attrs: {}, data, shape: this.shape });
    __privateSet(this, _output, 0);
  }
  /** True for a tensor uploaded with data or a placeholder (a graph input). */
  get isLeaf() {
    return this.node.op === "data" || this.node.op === "placeholder";
  }
}, _node = new WeakMap(), _output = new WeakMap(), _a);
function record(op, inputs, attrs = {}) {
  const def = OPS[op];
  if (!def) throw new MMARegError("BACKEND", `internal: no ONNX lowering for ${op}`, { backend: "onnx" });
  const specs = def.infer(inputs, attrs);
  const node = { op, inputs, attrs };
  return specs.map((s, i) => new TraceTensor(node, i, s.shape, s.kind));
}
function one(op, inputs, attrs) {
  return record(op, inputs, attrs)[0];
}
function createTracingBackend(options) {
  return defineBackend({
    name: options.name,
    dtype: "float32",
    ops: options.pairAngles === false ? TRACED_OPS : { ...TRACED_OPS, ...PAIR_ANGLES },
    tensor(data, shape, kind) {
      const values = kind === "index" ? BigInt64Array.from(Array.from(data, (v) => BigInt(v))) : Float32Array.from(data);
      return new TraceTensor({ op: "data", inputs: [], attrs: {}, data: values, shape: [...shape] }, 0, [...shape], kind);
    },
    shape: (x) => x.shape,
    read: (x) => options.read(x),
    ...options.close ? { close: options.close } : {}
  });
}
var TRACED_OPS = {
  normalizeRows(a, eps) {
    const [unit, norms] = record("normalizeRows", [a], { eps });
    return { unit, norms };
  },
  normalizeRowsGrad(g, unit, norms, eps) {
    const scaled = g.node;
    const c = scaled.op === "binary" && scaled.attrs.op === "mul" && typeof scaled.attrs.scalar === "number" ? scaled.attrs.scalar : null;
    const source = c !== null ? scaled.inputs[0] : g;
    const pa = source.node;
    if (eps === null && pa.op === "pairAngles" && source.output === 1 && pa.inputs[0] === unit) {
      const effective = c === null || c === 1 ? norms : one("binary", [norms], { op: "div", scalar: c });
      return one("pairAnglesGrad", [unit, pa.inputs[1], effective]);
    }
    return one("normalizeRowsGrad", [g, unit, norms], { eps });
  },
  gram: (a) => one("gram", [a]),
  matmul: (a, b) => one("matmul", [a, b]),
  sqDist: (a, b) => one("sqDist", [a, b]),
  rowDot: (a, b) => one("rowDot", [a, b]),
  rowMax(c, rule) {
    const [value, index] = record("rowMax", [c], { rule });
    return { value, index };
  },
  gatherRows: (a, index) => one("gatherRows", [a, index]),
  scatterAddRows: (a, index, rows) => one("scatterAddRows", [a, index], { rows }),
  selfMask: (index) => one("selfMask", [index]),
  unary: (op, a) => one("unary", [a], { op }),
  binary: (op, a, b) => typeof b === "number" ? one("binary", [a], { op, scalar: b }) : one("binary", [a, b], { op }),
  rowSum: (a) => one("rowSum", [a]),
  sum: (a) => one("sum", [a]),
  addDiagonal: (a, value) => one("addDiagonal", [a], { value }),
  fillDiagonal: (a, value) => one("fillDiagonal", [a], { value }),
  nearestNeighbors(unit, rule) {
    const [value, index] = record("nearestNeighbors", [unit], { rule });
    return { value, index };
  },
  pairEnergy(unit, kernel) {
    const [energy, grad] = record("pairEnergy", [unit], { s: kernel.s, halfSpace: kernel.halfSpace });
    return { energy, grad };
  }
};
var PAIR_ANGLES = {
  pairAngles(unit, index) {
    const [theta, grad] = record("pairAngles", [unit, index]);
    return { theta, grad };
  }
};
function leafArray(x) {
  const d = x.node.data;
  if (d instanceof BigInt64Array) return Float64Array.from(d, Number);
  if (d instanceof Float32Array) return d.slice();
  throw new MMARegError("BACKEND", "a placeholder has no data to read", { backend: "onnx" });
}
async function createOnnxBackend(options = {}) {
  const dtype = options.dtype ?? "float32";
  const requested = options.runtime ?? options.ort ?? "web";
  if (typeof requested === "string" && !Object.hasOwn(RUNTIME_PACKAGES, requested)) {
    throw new MMARegError("BAD_OPTION", `unknown runtime ${JSON.stringify(requested)}: use "web" (onnxruntime-web), "node" (onnxruntime-node) or pass the imported module`, { backend: "onnx" });
  }
  if (options.numThreads !== void 0 && !(Number.isInteger(options.numThreads) && options.numThreads >= 1)) {
    throw new MMARegError("BAD_OPTION", `numThreads must be a positive integer, got ${String(options.numThreads)}`, { backend: "onnx" });
  }
  if (dtype !== "float32") {
    throw new MMARegError("BAD_OPTION", `the ONNX backend computes in float32, got dtype ${JSON.stringify(dtype)}: use dtype "float32"`, { backend: "onnx" });
  }
  let ort;
  if (typeof requested === "string") {
    try {
      ort = await importOrt(requested);
    } catch (e) {
      const pkg = RUNTIME_PACKAGES[requested];
      throw new MMARegError(
        "BACKEND",
        `${pkg} could not be loaded (${e.message}): install it next to @mmareg/onnx (npm install ${pkg}); it is an optional peer dependency`,
        { backend: `onnx-${requested}` }
      );
    }
  } else ort = requested;
  const native = isNodeRuntime(ort);
  const eps = options.executionProviders ?? (native ? ["cpu"] : ["wasm"]);
  const name = options.name ?? (native && options.executionProviders === void 0 ? "onnx-node" : `onnx-${eps[0] ?? "wasm"}`);
  const webgpu = options.webgpuGraphs ?? eps.includes("webgpu");
  const emitOptions = { prefix: "g", graphName: name, webgpu };
  if (options.numThreads !== void 0 && !native && ort.env.wasm) ort.env.wasm.numThreads = options.numThreads;
  const cache = new SessionCache(options.maxSessions ?? 64);
  let runs = 0;
  let pending = [];
  let queue = Promise.resolve();
  const sessionOptions = {
    executionProviders: eps,
    graphOptimizationLevel: "all",
    logSeverityLevel: 3,
    ...native && options.numThreads !== void 0 ? { intraOpNumThreads: options.numThreads } : {},
    ...eps.includes("webgpu") ? { executionMode: "parallel" } : {}
  };
  const compile = (bytes) => ort.InferenceSession.create(bytes, sessionOptions).catch((e) => {
    throw new MMARegError("BACKEND", `ONNX Runtime could not compile the graph: ${e.message}`, { backend: name });
  });
  async function runBatch(batch) {
    const tensors = [...new Set(batch.map((p) => p.x))];
    const outputs = tensors.map((tensor, i) => ({ name: `out_${i}`, tensor }));
    const plan = planTrace(outputs);
    const key = `${webgpu ? "webgpu" : "default"}|${plan.key}`;
    const session = await cache.get(key, () => compile(encodeModel(emitGraph(plan, outputs, emitOptions))));
    const feeds = {};
    for (const leaf of plan.leaves) {
      const data = leaf.data;
      if (!data) throw new MMARegError("BACKEND", "a placeholder cannot be read: upload data with tensor()", { backend: name });
      const type = data instanceof BigInt64Array ? "int64" : "float32";
      feeds[plan.inputNames.get(leaf)] = new ort.Tensor(type, data, leaf.shape);
    }
    let result;
    try {
      result = await session.run(feeds);
      runs++;
    } catch (e) {
      throw new MMARegError("BACKEND", `ONNX Runtime failed to run the graph: ${e.message}`, { backend: name });
    }
    const values = /* @__PURE__ */ new Map();
    outputs.forEach((o) => {
      const data = result[o.name].data;
      values.set(o.tensor, data instanceof BigInt64Array ? Float64Array.from(data, Number) : data);
      o.tensor.settle(data.slice());
    });
    for (const p of batch) p.resolve(values.get(p.x));
  }
  function flush() {
    const batch = pending;
    pending = [];
    queue = queue.then(() => runBatch(batch)).catch((e) => batch.forEach((p) => p.reject(e)));
  }
  const tracer = createTracingBackend({
    name,
    close: () => cache.clear(),
    pairAngles: !webgpu,
    read(x) {
      if (x.isLeaf) {
        try {
          return Promise.resolve(leafArray(x));
        } catch (e) {
          return Promise.reject(e);
        }
      }
      return new Promise((resolve, reject) => {
        pending.push({ x, resolve, reject });
        if (pending.length === 1) queueMicrotask(flush);
      });
    }
  });
  return {
    ...tracer,
    async settle(xs) {
      await Promise.all(xs.filter((x) => !x.isLeaf).map((x) => tracer.read(x)));
    },
    modelFor(named) {
      const outputs = Object.entries(named).map(([n, tensor]) => ({ name: n, tensor }));
      return encodeModel(emitGraph(planTrace(outputs), outputs, emitOptions));
    },
    stats: () => ({ sessions: cache.size, created: cache.misses, runs }),
    close: async () => tracer.close()
  };
}
export {
  createOnnxBackend
};
